/**
 * Every message between the extension's parts, declared once.
 *
 * Direction is part of the name of each map: content scripts are
 * unprivileged (they run beside page code), so the background only answers
 * them with page-independent data and checks `sender.tab` on every call.
 * Nothing here is ever sent outside the browser.
 */
import type { Analysis, Citation, DocumentInput, EvidenceLevel, FoundClaim } from '../engine/types';
import type { GuessRecord, PageGuesses } from '../shared/guess';

/** A found claim as the page reports it: engine output plus its place in page order. */
export interface PageClaim extends FoundClaim {
  /** Position in document order, stable while the page is annotated. */
  index: number;
  /**
   * The reader dismissed it on this page. The popup writes dismissals to
   * storage (`dismissedItem` in src/settings/dismissed.ts, `local:dismissed`);
   * the content script watches that item and sets this flag.
   */
  dismissed: boolean;
  /** Educator mode: the level the reader guessed before the reveal (correct when it equals `evidence`). */
  guess?: EvidenceLevel;
  /** Read-only debug view: the page text the claim's highlight covers right now. */
  highlighted?: string;
  /**
   * With `getReport({ offsets: true })` (exports): where the claim is in the
   * page's text as the CLI reads it; null when it could not be placed.
   */
  page?: { start: number; end: number } | null;
}

export type PageState =
  /** Scanning has not finished yet. */
  | 'scanning'
  /** Annotated (possibly with zero claims). */
  | 'ready'
  /** Turned off for this site or everywhere. */
  | 'paused';

/** What the content script knows about its page. */
export interface PageReport {
  url: string;
  title: string;
  state: PageState;
  /** Sentences the engine looked at. */
  sentences: number;
  words: number;
  claims: PageClaim[];
  database: { version: string; date: string; claims: number };
}

export type LevelCounts = Record<EvidenceLevel | 'unmatched', number>;

/** Messages the content script sends to the background. */
export interface ContentToBackground {
  /** The page's claims changed: update the toolbar badge. */
  reportCounts(data: { counts: LevelCounts; paused: boolean }): void;
  /**
   * Run the engine on documents built from the page's gated blocks and their
   * context (one Analysis per document, same order), with what the card shows
   * of each entry the findings name, so the card has everything when it opens
   * and never asks again. The engine and its database live in the background.
   */
  analyzeDocuments(data: { docs: DocumentInput[] }): AnalyzedBatch;
  /** Version, date and size of the claims database (public: content scripts and the popup ask). */
  getDatabase(): DatabaseInfo;
  /** Opens the disclaimer (a page may not navigate to extension pages itself). */
  openDisclaimer(): void;
  /** Educator mode: keep a guess on this page for the browser session (src/settings/guesses.ts). */
  recordGuess(data: { claim: Pick<FoundClaim, 'claimId' | 'text'>; record: Omit<GuessRecord, 'at'> }): void;
  /** Educator mode: this page's guesses so far this session, by claim key. */
  pageGuesses(): PageGuesses;
  /** Educator mode: forget this page's guesses (the popup's "Reset score"). */
  forgetGuesses(): void;
}

/** The reply to `analyzeDocuments`. */
export interface AnalyzedBatch {
  analyses: Analysis[];
  /** Every entry named by a finding's `claimId` in `analyses`, once each. */
  entries: EntryDetails[];
}

/** The parts of a database entry the evidence card shows beyond the finding (its statement is in `match`). */
export interface EntryDetails {
  id: string;
  summary: string;
  citations: Citation[];
  reviewed: string;
}

export type DatabaseInfo = PageReport['database'];

/** Messages the popup (or a test) sends to a tab's content script. */
export interface PopupToContent {
  /** Is the content script alive in this tab? */
  ping(): { ok: true; url: string };
  /** The page's report for the popup; `offsets` adds page-level offsets (a walk of the page: for exports). */
  getReport(data?: { offsets?: boolean }): PageReport;
  /** Scroll to claim `index`, draw its focus ring and open its card. */
  focusClaim(data: { index: number }): boolean;
  /** Educator mode: forget the reader's guesses on this page (the popup's "reset score"). */
  resetGuesses(): void;
}

/** Messages the popup sends to the background (extension pages only: the background checks the sender). */
export interface PopupToBackground {
  /**
   * The citations of these database entries, for an export. The popup
   * asks for the few its page names instead of bundling the database.
   */
  entryCitations(data: { ids: string[] }): { id: string; citations: Citation[] }[];
}

/** Messages a tab's content script sends to an open popup (nobody answers when none is open). */
export interface ContentToPopup {
  /** The page's report changed (claims found, scan done, dismissed, guessed, paused): ask for it again. */
  reportChanged(): void;
}

/** Messages the background sends to a tab's content script (extension commands). */
export interface BackgroundToContent {
  runCommand(data: { command: 'next-claim' | 'previous-claim' | 'toggle-highlights' }): void;
}

/** The union every messenger is typed with. */
export type ProtocolMap = ContentToBackground &
  PopupToContent &
  BackgroundToContent &
  PopupToBackground &
  ContentToPopup;
