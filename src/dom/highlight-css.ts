/**
 * The `::highlight()` styles. Each level differs by decoration style as well
 * as hue, so the marks never rely on colour alone; translucent backgrounds
 * and mid-tone decorations stay readable on light and dark pages, and
 * forced-colors mode gets system colours. `!important` because page CSS may
 * target our highlight names too.
 */
import type { EvidenceLevel } from '../engine/types';
import type { HighlightStyle } from '../settings/settings';

export type HighlightGroup = EvidenceLevel | 'unmatched' | 'neutral' | 'focus';

export const GROUPS: readonly HighlightGroup[] = [
  'strong',
  'moderate',
  'limited',
  'unsupported',
  'contradicted',
  'unmatched',
  'neutral',
  'focus',
];

export const highlightName = (group: HighlightGroup): string => `gutcheck-${group}`;

const LOOK: Record<Exclude<HighlightGroup, 'focus'>, { bg: string; line: string; kind: string }> = {
  strong: { bg: 'rgb(46 160 67 / 0.28)', line: '#2ea043', kind: 'solid' },
  moderate: { bg: 'rgb(31 136 229 / 0.26)', line: '#1f88e5', kind: 'double' },
  limited: { bg: 'rgb(230 170 0 / 0.32)', line: '#c99400', kind: 'dashed' },
  unsupported: { bg: 'rgb(240 110 20 / 0.30)', line: '#ef6c00', kind: 'dotted' },
  contradicted: { bg: 'rgb(220 40 40 / 0.30)', line: '#e5393a', kind: 'wavy' },
  unmatched: { bg: 'rgb(128 128 128 / 0.24)', line: '#8a8a8a', kind: 'dotted' },
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
