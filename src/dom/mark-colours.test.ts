/**
 * The page's marks stay apart for readers with red-green colour blindness
 * and stay visible on light and dark pages. Colour blindness is simulated
 * with Machado, Oliveira & Fernandes (2009) at full severity, applied in
 * linear sRGB; differences are CIE76 ΔE in CIELAB.
 */
import { describe, expect, it } from 'vitest';

import { LEVEL, LEVEL_KEYS } from '../shared/evidence-levels';

type Rgb = [number, number, number];
type Matrix = [Rgb, Rgb, Rgb];

const VISION: Record<string, Matrix> = {
  typical: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};

const linear = (hex: string): Rgb =>
  [1, 3, 5].map(i => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;

const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

function lab(rgb: Rgb): Rgb {
  const [r, g, b] = rgb.map(v => Math.min(1, Math.max(0, v))) as Rgb;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const seen = (hex: string, m: Matrix): Rgb => {
  const c = linear(hex);
  return m.map(row => row[0] * c[0] + row[1] * c[1] + row[2] * c[2]) as Rgb;
};

/** The closest pair of mark lines as one kind of vision sees them. */
function closestPair(m: Matrix): { pair: string; delta: number } {
  let best = { pair: '', delta: Infinity };
  for (const [i, a] of LEVEL_KEYS.entries()) {
    for (const b of LEVEL_KEYS.slice(i + 1)) {
      const [la, lb] = [lab(seen(LEVEL[a].mark.line, m)), lab(seen(LEVEL[b].mark.line, m))];
      const delta = Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
      if (delta < best.delta) best = { pair: `${a}/${b}`, delta };
    }
  }
  return best;
}

describe('mark colours', () => {
  it('are far apart for typical vision (ΔE ≥ 25 for every pair)', () => {
    expect(closestPair(VISION.typical!).delta).toBeGreaterThanOrEqual(25);
  });

  // Before: limited, unsupported and contradicted all turned olive (deuteranopia ΔE 1.9).
  it.each(['protanopia', 'deuteranopia'])('stay apart under %s (ΔE ≥ 10 for every pair)', vision => {
    expect(closestPair(VISION[vision]!).delta).toBeGreaterThanOrEqual(10);
  });

  it.each(LEVEL_KEYS)('%s: its line has 3:1 contrast on white and on a near-black page', key => {
    const y = luminance(linear(LEVEL[key].mark.line));
    const dark = luminance(linear('#1b1f24'));
    expect(1.05 / (y + 0.05)).toBeGreaterThanOrEqual(3);
    expect((y + 0.05) / (dark + 0.05)).toBeGreaterThanOrEqual(3);
  });

  it('every mark has a look of its own (style and weight), unmatched claims too', () => {
    const looks = LEVEL_KEYS.map(k => `${LEVEL[k].mark.lines} ${LEVEL[k].mark.style} ${LEVEL[k].mark.weight}`);
    expect(new Set(looks).size).toBe(LEVEL_KEYS.length);
  });
});
