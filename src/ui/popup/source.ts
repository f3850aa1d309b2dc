/**
 * What the popup needs from the outside world, as one interface: the page's
 * report (from its content script), settings, dismissals and downloads. The
 * real implementation is `connector.ts`; `mock.ts` lets components render in
 * unit tests and previews without an extension (after Dark Reader's
 * `src/ui/connect/{connector,mock}.ts`).
 */
import type { Citation, FoundClaim } from '../../engine/types';
import type { DatabaseInfo, PageReport } from '../../messaging/protocol';
import type { DismissedMap } from '../../settings/dismissed';
import type { Settings } from '../../settings/settings';
import type { Shortcut } from '../shared/shortcuts';

/** The page could not be read: no content script answers there (browser pages, stores, PDFs). */
export class UnreachablePageError extends Error {
  constructor() {
    super('Gut Check cannot read this page.');
    this.name = 'UnreachablePageError';
  }
}

export interface PageSummarySource {
  /**
   * The page's report; rejects with `UnreachablePageError` when no content
   * script answers. `offsets` adds page-level offsets (for exports).
   */
  getReport(options?: { offsets?: boolean }): Promise<PageReport>;
  /** Calls `cb` when the page says its report changed; returns an unsubscribe function. */
  watchReport(cb: () => void): () => void;
  /** The claims database's version, date and size (from the background, before any page answers). */
  databaseInfo(): Promise<DatabaseInfo>;
  /** Citations of these database entries, for exports (asked of the background, not bundled). */
  entryCitations(ids: string[]): Promise<{ id: string; citations: Citation[] }[]>;
  /** Scroll the page to claim `index` and open its card. */
  focusClaim(index: number): Promise<boolean>;
  /**
   * The keyboard path into the page: remember claim `index` for this tab
   * and close the popup, so focus lands in the claim's card on the page
   * (opening the popup again comes back to that claim; see `lastVisited`).
   * Stays open when the popup is shown in a tab.
   */
  toPage(index: number): void;
  /** The claim the reader last went to from the popup in this tab, if any. */
  lastVisited(): Promise<number | undefined>;
  /** Educator mode: clear the page's guesses. */
  resetGuesses(): Promise<void>;
  getSettings(): Promise<Settings>;
  setSettings(settings: Settings): Promise<void>;
  /** Calls `cb` whenever settings change elsewhere; returns an unsubscribe function. */
  watchSettings(cb: (settings: Settings) => void): () => void;
  getDismissed(): Promise<DismissedMap>;
  setDismissed(url: string, claim: Pick<FoundClaim, 'claimId' | 'text'>, dismissed: boolean): Promise<DismissedMap>;
  /** Save `content` as a file in the reader's downloads. */
  download(file: { filename: string; mime: string; content: string }): Promise<void>;
  /** The extension's version, for exported reports. */
  version(): string;
  openOptions(): void;
  openGuide(): void;
  /** The keyboard commands and the keys the browser bound to them (empty string: none). */
  shortcuts(): Promise<Shortcut[]>;
  openShortcutSettings(): void;
}
