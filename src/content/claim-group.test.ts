import { describe, expect, it } from 'vitest';

import { DEFAULT_SETTINGS } from '../settings/model';
import type { EvidenceLevel } from '../shared/evidence-levels';
import { highlightGroup } from './claim-group';

const found = (evidence: EvidenceLevel | null, confidence = 0.9) => ({
  evidence,
  confidence,
  match: evidence ? { via: 'entry' as const } : null,
});

describe('highlightGroup', () => {
  it('paints a level in its own group and an unmatched claim as unmatched', () => {
    const s = { ...DEFAULT_SETTINGS, unmatched: true };
    expect(highlightGroup(found('limited'), s)).toBe('limited');
    expect(highlightGroup(found(null), s)).toBe('unmatched');
  });
  it('paints a grade below the confidence at which grades are usually right as ungraded, never in its level', () => {
    expect(highlightGroup(found('strong', 0.79), { ...DEFAULT_SETTINGS, unmatched: true })).toBe('unmatched');
    // Readers do not see ungraded claims by default, so it is not painted at all.
    expect(highlightGroup(found('strong', 0.79), DEFAULT_SETTINGS)).toBeNull();
    expect(highlightGroup(found('strong', 0.8), DEFAULT_SETTINGS)).toBe('strong');
  });
  it('leaves out levels the reader turned off', () => {
    const s = { ...DEFAULT_SETTINGS, levels: { ...DEFAULT_SETTINGS.levels, strong: false }, unmatched: false };
    expect(highlightGroup(found('strong'), s)).toBeNull();
    expect(highlightGroup(found(null), s)).toBeNull();
  });
  it('paints every shown claim neutral in educator mode', () => {
    const s = { ...DEFAULT_SETTINGS, unmatched: true, educator: true };
    expect(highlightGroup(found('contradicted'), s)).toBe('neutral');
    expect(highlightGroup(found(null), s)).toBe('neutral');
  });
});
