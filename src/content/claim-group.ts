/**
 * Which highlight a claim gets under the reader's settings (pure: no DOM).
 * One rule for painting, for keyboard navigation and for the card, so a
 * claim the reader cannot see is never one they can step to.
 */
import type { HighlightGroup } from '../dom/highlight-css';
import type { EvidenceLevel } from '../engine/types';
import type { Settings } from '../settings/model';

export function highlightGroup(
  evidence: EvidenceLevel | null,
  settings: Pick<Settings, 'levels' | 'unmatched' | 'educator'>,
): HighlightGroup | null {
  if (evidence ? !settings.levels[evidence] : !settings.unmatched) return null;
  if (settings.educator) return 'neutral';
  return evidence ?? 'unmatched';
}
