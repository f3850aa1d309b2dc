import { describe, expect, it } from 'vitest';

import { DEFAULT_SETTINGS } from '../settings/model';
import { highlightGroup } from './claim-group';

describe('highlightGroup', () => {
  it('paints a level in its own group and an unmatched claim as unmatched', () => {
    const s = { ...DEFAULT_SETTINGS, unmatched: true };
    expect(highlightGroup('limited', s)).toBe('limited');
    expect(highlightGroup(null, s)).toBe('unmatched');
  });
  it('leaves out levels the reader turned off', () => {
    const s = { ...DEFAULT_SETTINGS, levels: { ...DEFAULT_SETTINGS.levels, strong: false }, unmatched: false };
    expect(highlightGroup('strong', s)).toBeNull();
    expect(highlightGroup(null, s)).toBeNull();
  });
  it('paints every shown claim neutral in educator mode', () => {
    const s = { ...DEFAULT_SETTINGS, unmatched: true, educator: true };
    expect(highlightGroup('contradicted', s)).toBe('neutral');
    expect(highlightGroup(null, s)).toBe('neutral');
  });
});
