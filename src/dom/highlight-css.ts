/**
 * The `::highlight()` styles. Each level has a line style of its own
 * and weight (src/shared/evidence-levels.ts), so marks never rely on colour
 * alone; in forced-colours mode they keep them, so the levels stay apart in
 * high contrast too. Translucent backgrounds (the "background"
 * style) and mid-tone lines stay readable on light and dark pages.
 * `!important`, and names a page cannot guess (highlightNames), because page
 * CSS may target our highlights.
 */
import type { HighlightStyle } from '../settings/model';
import { LEVEL, LEVEL_KEYS, type LevelKey } from '../shared/evidence-levels';

export type HighlightGroup = LevelKey | 'neutral' | 'focus';

export const GROUPS: readonly HighlightGroup[] = [...LEVEL_KEYS, 'neutral', 'focus'];

/** Each group's highlight name in the page's `CSS.highlights`. */
export type HighlightNames = Readonly<Record<HighlightGroup, string>>;

/**
 * Names a page cannot guess: `gutcheck-<64 random bits>-<group>`, new for
 * every Highlighter (so for every page load and every resume). A fixed name
 * let any page find our highlights with `CSS.highlights.get()` and restyle
 * them from its own CSS. A page can still list the registry: the
 * Highlighter's `sweep()` is what keeps its ranges out of ours.
 */
export function highlightNames(): HighlightNames {
  const nonce = crypto.randomUUID().replace(/-/g, '').slice(0, 16);
  return Object.fromEntries(GROUPS.map(g => [g, `gutcheck-${nonce}-${g}`])) as Record<HighlightGroup, string>;
}

type Mark = (typeof LEVEL)[LevelKey]['mark'];

/** Educator mode's one look for every claim: no level to read before the guess. */
const NEUTRAL: Mark = {
  background: 'rgb(128 90 213 / 0.22)',
  line: '#8a63d2',
  style: 'solid',
  weight: 'thick',
  lines: 'underline',
};

const MARKS: Record<Exclude<HighlightGroup, 'focus'>, Mark> = {
  ...(Object.fromEntries(LEVEL_KEYS.map(k => [k, LEVEL[k].mark])) as Record<LevelKey, Mark>),
  neutral: NEUTRAL,
};

/** Line thickness by weight: thick enough to tell dotted from dashed at a glance, thin clearly thinner. */
const THICKNESS: Record<HighlightStyle | 'forced', Record<Mark['weight'], string>> = {
  underline: { thick: '3px', thin: '1.5px' },
  background: { thick: '2px', thin: '1px' },
  // Forced colours paint the line in the highlight's own system colour, so a line thicker
  // than the gap below the text merges into the highlight's box and disappears.
  forced: { thick: '2px', thin: '1px' },
};

/** The stylesheet text for one highlight style and one set of names. */
export function highlightCss(style: HighlightStyle, names: HighlightNames): string {
  const rules: string[] = [];
  const forced: string[] = [];
  for (const [group, mark] of Object.entries(MARKS)) {
    const name = `::highlight(${names[group as HighlightGroup]})`;
    const thickness = THICKNESS[style][mark.weight];
    const background = style === 'background' ? `background-color: ${mark.background} !important; ` : '';
    rules.push(
      `${name} { ${background}text-decoration: ${mark.lines} ${mark.style} ${mark.line} ${thickness} !important; }`,
    );
    // Forced colours paint every highlight in the system's Highlight colours whatever we
    // ask (and draw no overline), so the underline's style and weight alone tell the marks
    // apart there (tests/e2e/page-marks.spec.ts compares them on screen).
    forced.push(
      `${name} { text-decoration: underline ${mark.style} CanvasText ${THICKNESS.forced[mark.weight]} !important; }`,
    );
  }
  const focus = `::highlight(${names.focus})`;
  rules.push(
    `${focus} { background-color: #1d4ed8 !important; color: #fff !important; text-decoration: underline solid #fff 2px !important; }`,
  );
  forced.push(`${focus} { background-color: Highlight !important; color: HighlightText !important; }`);
  rules.push(`@media (forced-colors: active) {\n${forced.join('\n')}\n}`);
  return rules.join('\n');
}

/** How a mark looks as an inline style (the legend draws the same lines as the page). */
export function markStyle(group: Exclude<HighlightGroup, 'focus'>, style: HighlightStyle): Record<string, string> {
  const mark = MARKS[group];
  return {
    textDecoration: `${mark.lines} ${mark.style} ${mark.line} ${THICKNESS[style][mark.weight]}`,
    ...(style === 'background' ? { backgroundColor: mark.background } : {}),
  };
}
