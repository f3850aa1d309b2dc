/**
 * Runs the engine over .txt files and prints the audit JSON the scorer reads:
 * `{ "documents": [ { "source", "claims": FoundClaim[] } ] }`.
 * A stand-in for `npm run audit` while the real CLI is being built.
 *
 *   npx tsx scripts/engine-audit.ts page1.txt page2.txt
 */
import { readFileSync } from 'node:fs';

import { createEngine } from '../src/engine';
import { loadIndex } from './bench/load-index';

const paths = process.argv.slice(2);
if (!paths.length) {
  console.error('usage: tsx scripts/engine-audit.ts FILE.txt...');
  process.exit(2);
}
const engine = createEngine(loadIndex());
const documents = paths.map(source => ({ source, claims: engine.analyze(readFileSync(source, 'utf8')).claims }));
console.log(JSON.stringify({ documents }, null, 2));
