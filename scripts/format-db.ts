/**
 * `npm run db:format`: rewrites every claims-db YAML file in canonical layout.
 * `--check` only reports files that differ (with the first differing line).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { firstDifference, formatDbFile } from '../src/db/format';
import { readDbFiles, ROOT } from '../src/db/load-files';

const check = process.argv.includes('--check');
let bad = 0;
for (const file of readDbFiles()) {
  const formatted = formatDbFile(file.text);
  const diff = firstDifference(file.text, formatted);
  if (!diff) continue;
  if (check) {
    bad++;
    console.error(`${file.path}:${diff.line}:${diff.column}: not in canonical format (run npm run db:format)`);
  } else {
    writeFileSync(join(ROOT, file.path), formatted);
    console.error(`formatted ${file.path}`);
  }
}
process.exit(bad ? 1 : 0);
