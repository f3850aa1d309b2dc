/** Words as a reader counts them: runs of letters or digits, with inner apostrophes and hyphens ("don't", "gut-brain"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** How many words `text` holds: one count for the page (popup) and the CLI report alike. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
