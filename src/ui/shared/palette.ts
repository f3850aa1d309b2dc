/**
 * One colour per evidence level, shared by the badge, popup and options.
 * Each `solid` carries white text at WCAG AA contrast (≥ 4.5:1), so badges
 * and bars stay readable; the level word always appears beside the colour,
 * never colour alone.
 */
import type { LevelKey } from '../../report/levels';

export const LEVEL_COLOURS: Record<LevelKey, { solid: string; icon: string }> = {
  strong: { solid: '#1b6e3a', icon: '✔' },
  moderate: { solid: '#1f5f8b', icon: '▲' },
  limited: { solid: '#7a5b00', icon: '◆' },
  unsupported: { solid: '#b03a00', icon: '?' },
  contradicted: { solid: '#b3141f', icon: '✖' },
  unmatched: { solid: '#56595e', icon: '○' },
};

/** Human words for each key, as the UI shows them. */
export const LEVEL_WORDS: Record<LevelKey, string> = {
  strong: 'Strong',
  moderate: 'Moderate',
  limited: 'Limited',
  unsupported: 'Unsupported',
  contradicted: 'Contradicted',
  unmatched: 'Not in database',
};
