/** What the card needs to render one claim (plain data, no DOM). */
import type { EvidenceLevel } from '../../engine/types';
import type { EntryDetails, PageClaim } from '../../messaging/protocol';

export type CardClaim = Pick<
  PageClaim,
  'text' | 'claimId' | 'statement' | 'evidence' | 'verdict' | 'negated' | 'hedged' | 'guess'
>;

export interface CardProps {
  claim: CardClaim;
  /** undefined while loading; null when the database has no details. */
  entry: EntryDetails | null | undefined;
  /** Date of the claims database (YYYY-MM-DD), once known. */
  databaseDate?: string;
  /** Educator mode: ask for a guess before showing the verdict. */
  educator: boolean;
  /** Pinned cards are dialogs that stay until dismissed. */
  pinned: boolean;
  scheme: 'system' | 'light' | 'dark';
  onClose(): void;
  onGuess(level: EvidenceLevel): void;
  onDisclaimer(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

export { citationUrl } from '../../report/citations';
