/** Educator mode: the reader guesses the level before the verdict is revealed. */
import { EVIDENCE_LEVELS, LEVEL, type EvidenceLevel } from '../../shared/evidence-levels';
import { guessOutcome } from './guess-outcome';

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

/** After the guess: was it right? Focusable, so focus can land here after a keyboard guess. */
export function GuessResult({
  guess,
  actual,
  onNext,
}: {
  guess: EvidenceLevel;
  actual: EvidenceLevel;
  onNext?: () => void;
}) {
  return (
    <div class="result-row">
      <p class={guess === actual ? 'result right' : 'result wrong'} tabIndex={-1}>
        {guessOutcome(guess, actual)}
      </p>
      {onNext ? (
        <button type="button" class="next-claim" onClick={onNext}>
          Next claim<span aria-hidden="true"> →</span>
        </button>
      ) : null}
    </div>
  );
}
