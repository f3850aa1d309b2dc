/**
 * Which highlight a claim gets under the reader's settings (pure: no DOM).
 * One rule for painting, for keyboard navigation and for the card, so a
 * claim the reader cannot see is never one they can step to. A claim whose
 * grade is too unsure to show (src/shared/grading.ts) is painted as one the
 * database does not grade: never in a level's colour.
 */
import type { HighlightGroup } from '../dom/highlight-css';
import type { Settings } from '../settings/model';
import { shownLevel, type Gradable } from '../shared/grading';

export function highlightGroup(
  found: Gradable,
  settings: Pick<Settings, 'levels' | 'unmatched' | 'educator'>,
): HighlightGroup | null {
  const level = shownLevel(found);
  if (level ? !settings.levels[level] : !settings.unmatched) return null;
  if (settings.educator) return 'neutral';
  return level ?? 'unmatched';
}
