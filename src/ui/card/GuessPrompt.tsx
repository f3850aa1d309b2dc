/** Educator mode: the reader guesses the level before the verdict is revealed. */
import type { EvidenceLevel } from '../../engine/types';
import { LEVELS } from '../../report/levels';
import { LEVEL_COLOURS, LEVEL_WORDS } from '../shared/palette';

export function GuessPrompt({ id, onGuess }: { id: string; onGuess(level: EvidenceLevel): void }) {
  return (
    <div class="guess">
      <h2 id={id}>How strong do you think the evidence is?</h2>
      <div class="choices" role="group" aria-labelledby={id}>
        {LEVELS.map(level => (
          <button type="button" key={level} class="choice" onClick={() => onGuess(level)}>
            <span aria-hidden="true">{LEVEL_COLOURS[level].icon}</span> {LEVEL_WORDS[level]}
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
        ? `You guessed ${LEVEL_WORDS[guess]}: right.`
        : `You guessed ${LEVEL_WORDS[guess]}; the evidence is ${LEVEL_WORDS[actual]}.`}
    </p>
  );
}
