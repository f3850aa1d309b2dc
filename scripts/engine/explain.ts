/**
 * `npm run engine:explain -- "sentence" …`: how the engine reads each sentence given, for people
 * writing claims-db entries and vocabulary. For every clause: the structured claim (subject,
 * relation, object, negation, hedge), the closest entry with its level and match score, the
 * calibrated confidence, and whether the clause is reported as a claim and graded.
 */
import { createEngine, DEFAULT_MODEL } from '../../src/engine';
import type { Mention } from '../../src/engine/lexicon';
import { loadIndex } from './setup';

const sentences = process.argv.slice(2);
if (!sentences.length) {
  console.error('usage: npm run engine:explain -- "a sentence" ["another" …]');
  process.exit(2);
}

const engine = createEngine(loadIndex(), DEFAULT_MODEL);
const concepts = (mentions: readonly Mention[]) => mentions.map(m => m.concept).join(', ') || '—';

for (const text of sentences) {
  const result = engine.analyze(text, { trace: true });
  console.log(`\n${text}`);
  for (const r of result.trace ?? []) {
    const p = r.parse;
    const claim = result.claims.find(c => c.start <= r.start && c.end >= r.end - 1);
    const reported = claim ? (claim.evidence ? `graded ${claim.evidence}` : 'not in our database yet') : 'not a claim';
    console.log(`  clause   "${r.text}"`);
    console.log(
      `  reads    ${concepts(r.subject)} —${p.relation ?? '?'}→ ${concepts(p.object)}` +
        `${p.negation ? `  (negated: ${p.negation})` : ''}${p.hedged ? '  (hedged)' : ''}`,
    );
    console.log(
      `  closest  ${r.match ? `${r.match.entry.id} (${r.closestEvidence}, score ${r.match.score.toFixed(2)})` : 'none'}`,
    );
    console.log(
      `  result   claim ${r.claimProbability.toFixed(2)} (threshold ${DEFAULT_MODEL.claimThreshold}), ` +
        `confidence ${r.confidence.toFixed(2)} (grades at ${DEFAULT_MODEL.gradeThreshold}): ${reported}`,
    );
  }
}
