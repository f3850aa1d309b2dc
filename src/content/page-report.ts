/** The page's report for the popup: the claims in page order with the reader's flags. */
import type { Claim } from '../dom/annotator';
import type { DatabaseInfo, PageReport, PageState } from '../messaging/protocol';

export function pageReport(page: {
  url: string;
  title: string;
  state: PageState;
  sentences: number;
  words: number;
  claims: readonly Claim[];
  /** Page-level offsets, one per claim (exports ask for them). */
  offsets?: readonly ({ start: number; end: number } | null)[] | null;
  database: DatabaseInfo | undefined;
}): PageReport {
  return {
    url: page.url,
    title: page.title,
    state: page.state,
    sentences: page.sentences,
    words: page.words,
    claims: page.claims.map((c, index) => ({
      ...c.found,
      index,
      dismissed: c.dismissed,
      ...(c.guess ? { guess: c.guess } : {}),
      highlighted: c.range.toString(),
      ...(page.offsets ? { page: page.offsets[index] ?? null } : {}),
    })),
    database: page.database ?? { version: '', date: '', claims: 0 },
  };
}
