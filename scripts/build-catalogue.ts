/** `npm run db:catalogue`: regenerates claims-db/CATALOGUE.md from the data files. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';

import { renderCatalogue } from '../src/db/catalogue';
import { compileFromDisk, DB_DIR, readDbFiles } from '../src/db/load-files';

export function topicTitles(): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const f of readDbFiles()) {
    const data = parse(f.text) as { topic?: string; title?: string } | null;
    if (data?.topic && data.title) titles[data.topic] = data.title;
  }
  return titles;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { index } = compileFromDisk();
  writeFileSync(join(DB_DIR, 'CATALOGUE.md'), renderCatalogue(index, topicTitles()));
  console.error(`wrote claims-db/CATALOGUE.md (${index.claims.length} claims)`);
}
