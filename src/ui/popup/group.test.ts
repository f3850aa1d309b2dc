import { describe, expect, it } from 'vitest';

import { filterGroups, groupClaims, nextFocus, WORST_FIRST } from './group';
import { getMockReport } from './mock';

const report = getMockReport();

describe('groupClaims', () => {
  it('groups worst first, unmatched last, skipping empty levels', () => {
    expect(WORST_FIRST).toEqual(['contradicted', 'unsupported', 'limited', 'moderate', 'strong', 'unmatched']);
    const { groups, dismissed } = groupClaims(report.claims, report.url, {});
    expect(groups.map(g => g.level)).toEqual(['contradicted', 'unsupported', 'strong', 'unmatched']);
    expect(groups.map(g => g.claims.map(c => c.index))).toEqual([[2], [0], [1], [3]]);
    expect(dismissed).toEqual([]);
  });

  it('sets apart claims dismissed in storage, whatever the (possibly stale) report flag says', () => {
    const claims = report.claims.map(c => (c.index === 1 ? { ...c, dismissed: true } : c));
    const stored = {
      [report.url]: { claims: ['mock-colon-cleanse', 'text:Kombucha resets your microbiome'], at: Date.now() },
    };
    const { groups, dismissed } = groupClaims(claims, report.url, stored);
    expect(groups.map(g => g.level)).toEqual(['unsupported', 'strong']);
    expect(dismissed.map(c => c.index)).toEqual([2, 3]);
  });

  it('keeps page order within a group', () => {
    const claims = [3, 1, 2].map(i => ({ ...report.claims[0]!, index: i }));
    expect(groupClaims(claims, report.url, {}).groups[0]!.claims.map(c => c.index)).toEqual([1, 2, 3]);
  });
});

describe('filterGroups', () => {
  const { groups } = groupClaims(report.claims, report.url, {});
  it('keeps every group when no level is chosen', () => {
    expect(filterGroups(groups, new Set()).map(g => g.level)).toEqual(groups.map(g => g.level));
  });
  it('keeps only the chosen levels, in list order', () => {
    expect(filterGroups(groups, new Set(['strong', 'contradicted'])).map(g => g.level)).toEqual([
      'contradicted',
      'strong',
    ]);
  });
});

describe('nextFocus', () => {
  const list = report.claims;
  it('is the next claim, else the one before, else none', () => {
    expect(nextFocus(list, list[1]!)?.index).toBe(2);
    expect(nextFocus(list, list[3]!)?.index).toBe(2);
    expect(nextFocus([list[0]!], list[0]!)).toBeUndefined();
    expect(nextFocus(list.slice(1), list[0]!)).toBeUndefined();
  });
});
