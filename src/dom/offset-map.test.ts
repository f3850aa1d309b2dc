import { describe, expect, it } from 'vitest';

import { OffsetMap } from './offset-map';

/** Stand-ins for text nodes: the map only reads `length` (and `ownerDocument` for ranges). */
const text = (length: number) => ({ length }) as unknown as Text;

describe('OffsetMap', () => {
  // "ab" "cde" \n "fghi": separators belong to no segment.
  const a = text(2);
  const b = text(3);
  const c = text(4);
  const map = new OffsetMap();
  map.add(a, 0);
  map.add(b, 2);
  map.add(c, 6);

  const rows: [string, number, number, Text[]][] = [
    ['inside one node', 0, 2, [a]],
    ['across two adjacent nodes', 1, 4, [a, b]],
    ['across the block separator', 4, 8, [b, c]],
    ['starting on the separator', 5, 7, [b, c]],
    ['the last node', 6, 10, [c]],
    ['all', 0, 10, [a, b, c]],
    ['an empty span still names its node', 3, 3, [b]],
  ];
  it.each(rows)('nodes: %s', (where, start, end, expected) => {
    expect(map.nodes(start, end), `offset-map › ${where}`).toEqual(expected);
  });

  it('range: empty spans and empty maps map to nothing', () => {
    expect(map.range(3, 3), 'offset-map › empty span').toBeNull();
    expect(map.range(4, 2), 'offset-map › reversed span').toBeNull();
    expect(new OffsetMap().range(0, 1), 'offset-map › empty map').toBeNull();
  });

  it('range: boundary offsets land in the right nodes, clamped to their length', () => {
    const calls: [string, Text, number][] = [];
    const doc = {
      createRange: () => ({
        setStart: (n: Text, o: number) => calls.push(['start', n, o]),
        setEnd: (n: Text, o: number) => calls.push(['end', n, o]),
      }),
    };
    for (const n of [a, b, c]) Object.assign(n, { ownerDocument: doc });
    map.range(3, 8);
    // The separator at 5 is past the end of b (length 3): the start clamps inside b.
    map.range(5, 7);
    expect(calls, 'offset-map › range ends').toEqual([
      ['start', b, 1],
      ['end', c, 2],
      ['start', b, 3],
      ['end', c, 1],
    ]);
  });
});
