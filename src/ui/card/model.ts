/** What the card needs to render one claim (plain data, no DOM). */
import type { EntryDetails, PageClaim } from '../../messaging/protocol';
import type { HighlightStyle } from '../../settings/model';
import type { EvidenceLevel } from '../../shared/evidence-levels';

export type CardClaim = Pick<
  PageClaim,
  | 'text'
  | 'claimId'
  | 'statement'
  | 'evidence'
  | 'verdict'
  | 'negated'
  | 'hedged'
  | 'guess'
  | 'match'
  | 'confidence'
  | 'overstated'
  | 'overstatedBy'
>;

/** Moving between the claims of the page from the card ("← Previous · Next →"). */
export interface CardNav {
  /** 1-based place of this claim among the claims the reader can see. */
  position: number;
  total: number;
  onPrevious(): void;
  onNext(): void;
}

export interface CardProps {
  claim: CardClaim;
  /** The entry's summary and citations; null when the database has no details. */
  entry: EntryDetails | null;
  /** Date of the claims database (YYYY-MM-DD), once known. */
  databaseDate?: string;
  /** Educator mode: ask for a guess before showing the verdict. */
  educator: boolean;
  /** Pinned cards are dialogs that stay until dismissed. */
  pinned: boolean;
  /** The card's colours: the reader's choice, or (for "system") the page's own darkness. */
  scheme: 'light' | 'dark';
  /** The reader's highlight style, so the legend draws the marks as the page does. */
  highlightStyle: HighlightStyle;
  /** The research (summary, citations) is shown; the first view is the compact preview. */
  expanded: boolean;
  /** The legend replaces the claim's details. */
  legend: boolean;
  nav: CardNav | null;
  /** Read out by screen readers when it changes (a guess's result, the claim moved to). */
  announcement: string;
  onExpand(expanded: boolean): void;
  onLegend(open: boolean): void;
  onClose(): void;
  onGuess(level: EvidenceLevel): void;
  onDisclaimer(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

export { citationUrl } from '../../report/citations';
