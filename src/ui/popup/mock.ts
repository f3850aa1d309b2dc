/** A `PageSummarySource` with canned data, for unit tests and previews (no extension needed). */
import type { PageClaim, PageReport } from '../../messaging/protocol';
import { withDismissed, type DismissedMap } from '../../settings/dismissed';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/settings';
import type { Shortcut } from '../shared/shortcuts';
import { UnreachablePageError, type PageSummarySource } from './source';

const claim = (index: number, over: Partial<PageClaim>): PageClaim => ({
  text: '',
  start: index * 100,
  end: index * 100 + 20,
  sentence: '',
  claimId: null,
  statement: null,
  evidence: null,
  verdict: null,
  confidence: 0.8,
  block: 0,
  match: null,
  overstated: false,
  overstatedBy: null,
  structure: null,
  negated: false,
  hedged: false,
  index,
  dismissed: false,
  // A graded claim names the entry that graded it, as the engine's do.
  ...(over.claimId ? { match: { id: over.claimId, statement: `${over.text ?? ''}.`, via: 'entry' as const } } : {}),
  ...over,
});

/** A small page with one claim at most levels and one unmatched claim. */
export function getMockReport(over: Partial<PageReport> = {}): PageReport {
  return {
    url: 'https://blog.example/gut',
    title: 'Ten gut myths',
    state: 'ready',
    sentences: 42,
    words: 800,
    database: { version: '0.1.0', date: '2026-11-26', claims: 3 },
    claims: [
      claim(0, {
        text: 'Probiotics heal leaky gut',
        claimId: 'mock-probiotics-leaky-gut',
        evidence: 'unsupported',
        verdict: 'No trial shows probiotics repair a leaky gut.',
      }),
      claim(1, {
        text: 'Fibre eases constipation',
        claimId: 'mock-fibre-constipation',
        evidence: 'strong',
        verdict: 'Reviews of trials agree fibre helps.',
      }),
      claim(2, {
        text: 'Colon cleanses remove toxins',
        claimId: 'mock-colon-cleanse',
        evidence: 'contradicted',
        verdict: 'Cleanses remove no toxins and can harm.',
      }),
      claim(3, { text: 'Kombucha resets your microbiome' }),
    ],
    ...over,
  };
}

export interface MockOptions {
  report?: PageReport;
  /** Make `getReport` reject: `unreachable` or an error message. */
  fail?: 'unreachable' | string;
  settings?: Settings;
  /** The claim the reader last went to from the popup. */
  visited?: number;
  shortcuts?: Shortcut[];
}

/** The manifest's commands, all bound. */
export const MOCK_SHORTCUTS: Shortcut[] = [
  { name: 'next-claim', description: 'Go to the next claim on the page', shortcut: 'Alt+Shift+J' },
  { name: 'previous-claim', description: 'Go to the previous claim on the page', shortcut: 'Alt+Shift+K' },
  {
    name: 'toggle-highlights',
    description: 'Turn Gut Check highlights on or off for this page',
    shortcut: 'Alt+Shift+G',
  },
];

/** The mock records what the popup asked for, so tests can assert on it. */
export interface MockSource extends PageSummarySource {
  calls: {
    focus: number[];
    toPage: number[];
    downloads: { filename: string; mime: string; content: string }[];
    resets: number;
    shortcutSettings: number;
    entries: string[][];
  };
  /** Replaces the page's report and tells the popup, as the content script does. */
  setReport(next: PageReport): void;
  settings: Settings;
  dismissed: DismissedMap;
}

export function createMockSource(options: MockOptions = {}): MockSource {
  const watchers = new Set<(s: Settings) => void>();
  let report = options.report ?? getMockReport();
  let visited = options.visited;
  const reportWatchers = new Set<() => void>();
  const source: MockSource = {
    calls: { focus: [], toPage: [], downloads: [], resets: 0, shortcutSettings: 0, entries: [] },
    setReport: next => {
      report = next;
      reportWatchers.forEach(cb => cb());
    },
    settings: options.settings ?? DEFAULT_SETTINGS,
    dismissed: {},
    getReport: async ask => {
      if (options.fail === 'unreachable') throw new UnreachablePageError();
      if (options.fail) throw new Error(options.fail);
      // Page offsets as the content script gives them: here, 1000 past the claim's own.
      if (ask?.offsets)
        return {
          ...report,
          claims: report.claims.map(c => ({ ...c, page: { start: c.start + 1000, end: c.end + 1000 } })),
        };
      return report;
    },
    watchReport: cb => {
      reportWatchers.add(cb);
      return () => reportWatchers.delete(cb);
    },
    databaseInfo: async () => ({ version: '0.1.0', date: '2026-11-26', claims: 3 }),
    entryCitations: async ids => {
      source.calls.entries.push(ids);
      return ids.map(id => ({
        id,
        citations: [{ title: `A paper for ${id}`, year: 2020, journal: 'Gut', pmid: '42', kind: 'review' }],
      }));
    },
    focusClaim: async index => {
      source.calls.focus.push(index);
      return true;
    },
    toPage: index => {
      source.calls.toPage.push(index);
      visited = index;
    },
    lastVisited: async () => visited,
    resetGuesses: async () => {
      source.calls.resets += 1;
      report = { ...report, claims: report.claims.map(({ guess: _guess, ...c }) => c) };
    },
    getSettings: async () => source.settings,
    setSettings: async settings => {
      source.settings = settings;
      watchers.forEach(cb => cb(settings));
    },
    watchSettings: cb => {
      watchers.add(cb);
      return () => watchers.delete(cb);
    },
    getDismissed: async () => source.dismissed,
    setDismissed: async (url, c, dismissed) => {
      source.dismissed = withDismissed(source.dismissed, url, c, dismissed);
      return source.dismissed;
    },
    download: async file => {
      source.calls.downloads.push(file);
    },
    version: () => '0.0.0-mock',
    openOptions: () => undefined,
    openGuide: () => undefined,
    shortcuts: async () => options.shortcuts ?? MOCK_SHORTCUTS,
    openShortcutSettings: () => {
      source.calls.shortcutSettings += 1;
    },
  };
  return source;
}
