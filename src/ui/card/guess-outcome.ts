/** Educator mode: the sentence that tells the reader how their guess went (shown, and announced). */
import { LEVEL, type EvidenceLevel } from '../../shared/evidence-levels';

export function guessOutcome(guess: EvidenceLevel, actual: EvidenceLevel): string {
  return guess === actual
    ? `You guessed ${LEVEL[guess].word}: right.`
    : `You guessed ${LEVEL[guess].word}; the evidence is ${LEVEL[actual].word}.`;
}
