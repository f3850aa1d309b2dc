/**
 * `npm run engine:ablate`: each named rule (src/engine/claim-rules.ts), the
 * word features, and each parse feature of the claim classifier switched off
 * in turn, with its effect on the cross-validated score (score:cv's folds,
 * everything refitted on the training folds). Positive Δ: the score drops
 * without it, so it earns its place; a rule near zero serves nobody.
 *
 *   npm run engine:ablate              rules, words and parse features
 *   npm run engine:ablate -- --rules   the named rules and the word features only
 */
import { join } from 'node:path';

import { DEFAULT_MODEL } from '../../src/engine';
import { GATES, RULES } from '../../src/engine/claim-rules';
import { loadPages } from './corpus';
import { crossValidate } from './cross-validate';
import { traces } from './fit';
import { corpusOrExit, loadIndex, ownPages } from './setup';

const dir = corpusOrExit();
const pages = loadPages(join(dir, 'dev'));
const index = loadIndex();
const extra = ownPages();
const rulesOnly = process.argv.includes('--rules');

const base = crossValidate(index, pages, extra).pooled;
const rows: { name: string; f1: number; exact: number; precision: number; recall: number }[] = [];
const delta = (name: string, f: typeof base) =>
  rows.push({
    name,
    f1: base.f1 - f.f1,
    exact: base.exact - f.exact,
    precision: base.precision - f.precision,
    recall: base.recall - f.recall,
  });

for (const rule of [...Object.keys(RULES), ...Object.keys(GATES), 'words']) {
  delta(`rule ${rule}`, crossValidate(index, pages, extra, { disabledRules: new Set([rule]) }).pooled);
  process.stderr.write('.');
}
if (!rulesOnly) {
  // Parse features: every core feature name the classifier reads (not words, not rules).
  const sample = traces(index, pages.slice(0, 1), DEFAULT_MODEL)[0]?.trace[0]?.claimFeatures ?? {};
  for (const f of Object.keys(sample).filter(f => !f.startsWith('w:') && !f.startsWith('rule_'))) {
    delta(`feature ${f}`, crossValidate(index, pages, extra, { dropFeatures: new Set([f]) }).pooled);
    process.stderr.write('.');
  }
}
process.stderr.write('\n');

rows.sort((a, b) => b.f1 + b.exact - (a.f1 + a.exact));
const pts = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}`;
console.log(
  `Baseline (cross-validated, ${pages.length} pages): F1 ${base.f1.toFixed(3)}, evidence exact ${base.exact.toFixed(3)}\n`,
);
console.log('Points lost when switched off (positive: it helps):\n');
console.log('| switched off | ΔF1 | Δexact | Δprecision | Δrecall |');
console.log('|---|---|---|---|---|');
for (const r of rows)
  console.log(`| ${r.name} | ${pts(r.f1)} | ${pts(r.exact)} | ${pts(r.precision)} | ${pts(r.recall)} |`);
