import { describe, expect, it } from 'vitest';

import { groupClaims } from './group';
import { getMockReport } from './mock';

const report = getMockReport();

describe('groupClaims', () => {
  it('groups strongest first, unmatched last, skipping empty levels', () => {
    const { groups, dismissed } = groupClaims(report.claims, report.url, {});
    expect(groups.map(g => g.level)).toEqual(['strong', 'unsupported', 'contradicted', 'unmatched']);
    expect(groups.map(g => g.claims.map(c => c.index))).toEqual([[1], [0], [2], [3]]);
    expect(dismissed).toEqual([]);
  });

  it('sets apart claims dismissed in storage, whatever the (possibly stale) report flag says', () => {
    const claims = report.claims.map(c => (c.index === 1 ? { ...c, dismissed: true } : c));
    const stored = { [report.url]: ['mock-colon-cleanse', 'text:Kombucha resets your microbiome'] };
    const { groups, dismissed } = groupClaims(claims, report.url, stored);
    expect(groups.map(g => g.level)).toEqual(['strong', 'unsupported']);
    expect(dismissed.map(c => c.index)).toEqual([2, 3]);
  });

  it('keeps page order within a group', () => {
    const claims = [3, 1, 2].map(i => ({ ...report.claims[0]!, index: i }));
    expect(groupClaims(claims, report.url, {}).groups[0]!.claims.map(c => c.index)).toEqual([1, 2, 3]);
  });
});
