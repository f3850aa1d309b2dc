/**
 * Is the page dark where a claim sits? With the "system" colour scheme the
 * card takes the page's own darkness, so it is never a bright white panel on
 * a dark page. Reads the first mostly opaque background up from the claim,
 * else the text colour (light text means a dark page).
 */

type Rgba = [number, number, number, number];

/** Parses a computed colour: `rgb(…)`/`rgba(…)` as browsers compute legacy colours, or `color(srgb …)`. */
export function parseColour(value: string): Rgba | null {
  const rgb = /^rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\)$/.exec(value.trim());
  if (rgb) {
    const alpha = rgb[4] == null ? 1 : rgb[4].endsWith('%') ? parseFloat(rgb[4]) / 100 : Number(rgb[4]);
    return [Number(rgb[1]) / 255, Number(rgb[2]) / 255, Number(rgb[3]) / 255, alpha];
  }
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+%?))?\)$/.exec(value.trim());
  if (srgb) {
    const alpha = srgb[4] == null ? 1 : srgb[4].endsWith('%') ? parseFloat(srgb[4]) / 100 : Number(srgb[4]);
    return [Number(srgb[1]), Number(srgb[2]), Number(srgb[3]), alpha];
  }
  return null;
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
export function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Darker than mid-grey: white text would read better on it than black. */
const DARK = 0.18;

/** The page's tone at `el`, or null when nothing can be read (the caller falls back to the system's). */
export function pageTone(el: Element | null): 'light' | 'dark' | null {
  const view = el?.ownerDocument.defaultView;
  if (!el || !view) return null;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const bg = parseColour(view.getComputedStyle(node).backgroundColor);
    if (bg && bg[3] >= 0.5) return luminance(bg) < DARK ? 'dark' : 'light';
  }
  const text = parseColour(view.getComputedStyle(el).color);
  if (text) return luminance(text) > 0.5 ? 'dark' : 'light';
  return null;
}
