/**
 * The CLI grades with the database as it is on disk: when a claims-db file is
 * newer than the last build's stamp (a `git pull` without `npm run db:build`),
 * the compiled index is not trusted.
 */
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { isStale } from '../../src/db/freshness';

function tree(stampAge: number | null, yamlAges: number[]): { stamp: string; db: string } {
  const root = mkdtempSync(join(tmpdir(), 'gutcheck-stale-'));
  const db = join(root, 'claims-db');
  mkdirSync(db);
  const stamp = join(root, 'claims-db.built');
  const now = Date.now() / 1000;
  if (stampAge !== null) {
    writeFileSync(stamp, 'built\n');
    utimesSync(stamp, now - stampAge, now - stampAge);
  }
  yamlAges.forEach((age, i) => {
    const f = join(db, `topic-${i}.yaml`);
    writeFileSync(f, 'claims: []\n');
    utimesSync(f, now - age, now - age);
  });
  // Not YAML: never counts, however new.
  writeFileSync(join(db, 'README.md'), '# notes\n');
  return { stamp, db };
}

describe('the compiled claims index is stale when the database changed after the build', () => {
  it('is fresh when every YAML file is older than the stamp', () => {
    const { stamp, db } = tree(10, [100, 50, 20]);
    expect(isStale(stamp, db)).toBe(false);
  });

  it('is stale when one YAML file changed after the build', () => {
    const { stamp, db } = tree(100, [500, 5, 300]);
    expect(isStale(stamp, db)).toBe(true);
  });

  it('is stale when there is no stamp (never built, or built before stamps existed)', () => {
    const { stamp, db } = tree(null, [5]);
    expect(isStale(stamp, db)).toBe(true);
  });
});
