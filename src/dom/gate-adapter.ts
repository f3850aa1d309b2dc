/**
 * The one place the content script meets the engine's cheap gate. The gate
 * (src/engine/gate.ts) needs only gate.json, a few kB, so it is safe to run
 * eagerly on every page; the full engine stays in the background.
 */
import { compileGate, type Gate } from '../engine/gate';
import gateIndex from '../generated/gate.json';

let gate: Gate | undefined;

/** Compiles the gate now (callers time it as a task of its own). */
export function prepareGate(): void {
  gate ??= compileGate(gateIndex);
}

export function gateReady(): boolean {
  return !!gate;
}

/** Does this text mention gut-health vocabulary at all? Compiled on first use. */
export function passesGate(text: string): boolean {
  gate ??= compileGate(gateIndex);
  return gate.test(text);
}
