/**
 * Educator mode: one reader's guess on one claim, as the session keeps it
 * (src/settings/guesses.ts), the content script records it (through the
 * background) and the popup exports it.
 */
import type { EvidenceLevel } from './evidence-levels';

export interface GuessRecord {
  /** The level the reader guessed. */
  guess: EvidenceLevel;
  /** The claim's real level. */
  evidence: EvidenceLevel;
  /** The claim as the page words it. */
  text: string;
  /** When the guess was made (ISO 8601). */
  at: string;
}

/** One page's guesses, by claim key (`claimKey` in src/settings/dismissed.ts). */
export type PageGuesses = Record<string, GuessRecord>;
