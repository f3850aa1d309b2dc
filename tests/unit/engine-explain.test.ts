/**
 * `npm run engine:explain` end to end, as a subprocess: it prints each clause's structured claim,
 * its closest entry with the level, and whether it is reported and graded.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { describe, expect, it, vi } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

// Starts Node, tsx and the engine: seconds on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

describe('engine:explain', () => {
  it('prints the reading, the closest entry and the verdict of each sentence', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/engine/explain.ts'), 'NSAIDs such as ibuprofen damage the gut lining.'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('nsaids —causes→ gut-barrier');
    expect(run.stdout).toContain('closest  nsaids-damage-gut-lining (strong');
    expect(run.stdout).toMatch(/: graded strong/);
  });

  it('says how to use it when given no sentence', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/engine/explain.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run engine:explain');
  });
});
