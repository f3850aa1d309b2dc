/** Educator mode: the reader's guesses on this page, right out of total, and a reset. */
import type { Score } from './score';

export function EducatorScore({ score, onReset }: { score: Score; onReset: () => void }) {
  return (
    <section class="educator" aria-labelledby="educator-title">
      <h2 id="educator-title">Your score</h2>
      <p class="score" data-right={score.right} data-total={score.total}>
        {score.total
          ? `${score.right} of ${score.total} guesses right`
          : 'No guesses yet: click a highlight on the page.'}
      </p>
      <button type="button" onClick={onReset} disabled={!score.total}>
        Reset score
      </button>
    </section>
  );
}
