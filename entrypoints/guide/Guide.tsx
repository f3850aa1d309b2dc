/** "How to judge a health claim": questions to ask, and the evidence scale with examples from the database. */
import type { ClaimsIndex } from '@/src/engine/types';
import { EVIDENCE_LEVELS, LEVEL } from '@/src/shared/evidence-levels';
import { CitationList } from '@/src/ui/shared/CitationList';
import { Disclaimer } from '@/src/ui/shared/Disclaimer';
import { Legend } from '@/src/ui/shared/Legend';
import { LevelBadge } from '@/src/ui/shared/LevelBadge';

const QUESTIONS: [string, string][] = [
  ['Was it studied in people?', 'Results in mice or in a dish often fail to hold in humans.'],
  ['How many people, and for how long?', 'A two-week pilot with twenty people is a hint, not an answer.'],
  ['Was there a comparison group?', 'Without a placebo or control, people often feel better anyway.'],
  ['Cause, or just a link?', '“Linked to” and “associated with” do not mean “causes”.'],
  [
    'Does the claim outrun the study?',
    'Words like cure, heal, detox, reset and boost usually promise more than any trial showed.',
  ],
  ['Who benefits?', 'A claim next to a product or a test for sale deserves a second look.'],
  ['What do reviews and guidelines say?', 'One study can be wrong; the weight of many studies is what counts.'],
];

export function Guide({ database }: { database: ClaimsIndex }) {
  return (
    <main class="page">
      <h1>How to judge a health claim</h1>
      <Disclaimer />
      <section aria-labelledby="questions">
        <h2 id="questions">Questions to ask</h2>
        <dl class="questions">
          {QUESTIONS.map(([q, a]) => (
            <div key={q}>
              <dt>{q}</dt>
              <dd>{a}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="legend">
        <h2 id="legend">What the marks mean</h2>
        <Legend style="underline" />
      </section>
      <section aria-labelledby="scale">
        <h2 id="scale">The evidence scale</h2>
        <p>
          Gut Check marks each claim with one of five levels. Examples come from its claims database (version{' '}
          {database.version}, {database.date}).
        </p>
        {EVIDENCE_LEVELS.map(level => {
          const example = database.claims.find(c => c.evidence === level);
          return (
            <article key={level} class="level-card" data-level={level}>
              <h3>
                <LevelBadge level={level} />
              </h3>
              <p>{LEVEL[level].meaning}</p>
              <p class="gc-muted">Typical basis: {LEVEL[level].basis}</p>
              {example && (
                <div class="example">
                  <p>
                    <strong>Example:</strong> “{example.statement}”
                  </p>
                  <p>{example.verdict}</p>
                  <CitationList citations={example.citations} />
                </div>
              )}
            </article>
          );
        })}
      </section>
      <section aria-labelledby="caveats">
        <h2 id="caveats">What the marks cannot tell you</h2>
        <p>
          A mark rates the claim as written, not the page or its author. Gut Check reads sentences, so it can miss a
          claim or match the wrong one; each card names the claim it matched and says how sure the match is. When it is
          not sure enough, the card shows only the closest claim in the database, with no level. Claims not in the
          database are marked as such rather than guessed.
        </p>
      </section>
    </main>
  );
}
