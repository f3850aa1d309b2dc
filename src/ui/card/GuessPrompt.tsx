/** Educator mode: the reader guesses the level before the verdict is revealed. */
import { EVIDENCE_LEVELS, LEVEL, type EvidenceLevel } from '../../shared/evidence-levels';

export function GuessPrompt({ id, onGuess }: { id: string; onGuess(level: EvidenceLevel): void }) {
  return (
    <div class="guess">
      <h2 id={id}>How strong do you think the evidence is?</h2>
      <div class="choices" role="group" aria-labelledby={id}>
        {EVIDENCE_LEVELS.map(level => (
          <button type="button" key={level} class="choice" onClick={() => onGuess(level)}>
            <span aria-hidden="true">{LEVEL[level].icon}</span> {LEVEL[level].word}
          </button>
        ))}
      </div>
    </div>
  );
}

/** After the guess: was it right? */
export function GuessResult({ guess, actual }: { guess: EvidenceLevel; actual: EvidenceLevel }) {
  return (
    <p class={guess === actual ? 'result right' : 'result wrong'}>
      {guess === actual
        ? `You guessed ${LEVEL[guess].word}: right.`
        : `You guessed ${LEVEL[guess].word}; the evidence is ${LEVEL[actual].word}.`}
    </p>
  );
}
