/**
 * The evidence scale is defined once (src/shared/evidence-levels.ts): the
 * contract in docs/evidence-scale.md is generated from it, its colours carry
 * white text, levels differ by more than hue, and no other module lists the
 * levels or their words again.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

import * as schema from '../../claims-db/schema';
import { EVIDENCE_SCALE_PATH, renderEvidenceScale } from '../../scripts/build-evidence-scale';
import { firstDifference } from '../../src/db/format';
import { EVIDENCE_LEVELS, LEVEL, LEVEL_KEYS } from '../../src/shared/evidence-levels';

const ROOT = join(import.meta.dirname, '..', '..');

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}
const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('the evidence scale', () => {
  it('docs/evidence-scale.md is generated from the module and up to date', () => {
    const doc = readFileSync(EVIDENCE_SCALE_PATH, 'utf8');
    const diff = firstDifference(doc, renderEvidenceScale());
    expect(diff, `docs/evidence-scale.md differs at ${diff?.line}:${diff?.column}; run npm run docs:scale`).toBeNull();
    for (const level of EVIDENCE_LEVELS) expect(doc).toContain(`| \`${level}\` |`);
  });

  it('has five levels, strongest first, and unmatched after them', () => {
    expect(EVIDENCE_LEVELS).toEqual(['strong', 'moderate', 'limited', 'unsupported', 'contradicted']);
    expect(LEVEL_KEYS).toEqual([...EVIDENCE_LEVELS, 'unmatched']);
  });

  it('agrees with the claims-db schema (until the schema imports it)', () => {
    expect([...schema.EVIDENCE_LEVELS]).toEqual([...EVIDENCE_LEVELS]);
  });

  it.each(LEVEL_KEYS)('%s: its colour carries white text at WCAG AA (4.5:1)', key => {
    expect(contrastWithWhite(LEVEL[key].colour)).toBeGreaterThanOrEqual(4.5);
  });

  it('levels differ by icon and by line style and weight, not only by colour', () => {
    expect(new Set(LEVEL_KEYS.map(k => LEVEL[k].icon)).size).toBe(LEVEL_KEYS.length);
    expect(new Set(LEVEL_KEYS.map(k => `${LEVEL[k].mark.style} ${LEVEL[k].mark.weight}`)).size).toBe(LEVEL_KEYS.length);
    expect(new Set(LEVEL_KEYS.map(k => LEVEL[k].word)).size).toBe(LEVEL_KEYS.length);
  });

  it('no other source file lists the levels or their words again', () => {
    const allowed = new Set(['src/shared/evidence-levels.ts', 'claims-db/schema.ts']);
    const order = /['"]strong['"],\s*['"]moderate['"],\s*['"]limited['"]/;
    const words = /['"](Moderate|Unsupported|Contradicted|Not graded)['"]/;
    const offenders = ['src', 'entrypoints', 'scripts', 'claims-db']
      .flatMap(d => sourceFiles(join(ROOT, d)))
      .map(p => relative(ROOT, p))
      .filter(p => !allowed.has(p) && !p.endsWith('.test.ts') && !p.endsWith('.test.tsx'))
      .filter(p => {
        const text = readFileSync(join(ROOT, p), 'utf8');
        return order.test(text) || words.test(text);
      });
    expect(offenders, 'define levels only in src/shared/evidence-levels.ts').toEqual([]);
  });
});
