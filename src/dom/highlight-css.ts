/**
 * The `::highlight()` styles. Each level differs by decoration style as well
 * as hue, so the marks never rely on colour alone; translucent backgrounds
 * and mid-tone decorations stay readable on light and dark pages, and
 * forced-colors mode gets system colours. `!important` because page CSS may
 * target our highlight names too.
 */
import type { HighlightStyle } from '../settings/settings';
import { LEVEL, LEVEL_KEYS, type LevelKey } from '../shared/evidence-levels';

export type HighlightGroup = LevelKey | 'neutral' | 'focus';

export const GROUPS: readonly HighlightGroup[] = [...LEVEL_KEYS, 'neutral', 'focus'];

export const highlightName = (group: HighlightGroup): string => `gutcheck-${group}`;

/** Level marks come from the scale (src/shared/evidence-levels.ts); `neutral` is educator mode's one look for all. */
const LOOK: Record<Exclude<HighlightGroup, 'focus'>, { bg: string; line: string; kind: string }> = {
  ...(Object.fromEntries(
    LEVEL_KEYS.map(k => [k, { bg: LEVEL[k].mark.background, line: LEVEL[k].mark.line, kind: LEVEL[k].mark.style }]),
  ) as Record<LevelKey, { bg: string; line: string; kind: string }>),
  neutral: { bg: 'rgb(128 90 213 / 0.24)', line: '#8a63d2', kind: 'solid' },
};

/** The stylesheet text for one highlight style. */
export function highlightCss(style: HighlightStyle): string {
  const rules: string[] = [];
  for (const [group, { bg, line, kind }] of Object.entries(LOOK)) {
    const name = highlightName(group as HighlightGroup);
    const decoration = `text-decoration: underline ${kind} ${line} ${style === 'underline' ? '3px' : '1.5px'} !important;`;
    const background = style === 'background' ? `background-color: ${bg} !important;` : '';
    rules.push(`::highlight(${name}) { ${background} ${decoration} }`);
  }
  const focus = highlightName('focus');
  rules.push(
    `::highlight(${focus}) { background-color: #1d4ed8 !important; color: #fff !important; text-decoration: underline solid #fff 2px !important; }`,
  );
  const all = GROUPS.filter(g => g !== 'focus')
    .map(g => `::highlight(${highlightName(g)})`)
    .join(', ');
  rules.push(
    `@media (forced-colors: active) { ${all} { background-color: Mark !important; color: MarkText !important; text-decoration: underline solid MarkText 2px !important; } ::highlight(${focus}) { background-color: Highlight !important; color: HighlightText !important; } }`,
  );
  return rules.join('\n');
}
