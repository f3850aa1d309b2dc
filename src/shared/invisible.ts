/**
 * Characters that hide words from a scan without changing what a reader
 * sees: soft hyphens and zero-width characters inside words
 * ("pro\u00ADbiotics", "le\u200Baky gut"; issue 15 item 4). Pages use them
 * for hyphenation and line breaking, and they can be used to slip a claim
 * past a scan. The engine's normalisation (src/engine/normalize.ts) removes
 * this set for analysis and maps offsets back.
 */
// An alternation, not a class: a joiner inside a character class reads as a joined sequence.
export const INVISIBLE = /\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF|\u180E/g;

/** `text` without them (for yes/no questions such as the gate; offsets change). */
export function withoutInvisible(text: string): string {
  return text.includes('\u00AD') || /[\u200B-\u200D\u2060\uFEFF\u180E]/.test(text) ? text.replace(INVISIBLE, '') : text;
}
