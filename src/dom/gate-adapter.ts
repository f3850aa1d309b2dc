/**
 * The one place the content script meets the engine's vocabulary gate. It
 * runs only the key-word scanner (src/engine/key-words.ts) over key words
 * computed at build time (gate.json, a few kB): no tokenising, no term trie,
 * one regex of the key words (~1 ms to build). A block that passes may still hold no
 * claim (or only "a gut feeling"); the engine in the background decides.
 */
import { KeyScanner } from '../engine/key-words';
import gateIndex from '../generated/gate.json';
import { withoutInvisible } from '../shared/invisible';

let scanner: KeyScanner | undefined;

/** Builds the scanner now (callers time it as a task of its own). */
export function prepareGate(): void {
  scanner ??= new KeyScanner(gateIndex);
}

export function gateReady(): boolean {
  return !!scanner;
}

/**
 * Does this text mention gut-health vocabulary at all? Built on first use.
 * Soft hyphens and zero-width characters inside words are ignored, as the
 * engine ignores them: "pro\u00ADbiotics" is still probiotics.
 */
export function passesGate(text: string): boolean {
  scanner ??= new KeyScanner(gateIndex);
  return scanner.test(withoutInvisible(text));
}
