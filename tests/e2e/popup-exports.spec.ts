import { CSV_COLUMNS } from '../../src/report/format-csv';
import type { AuditReport } from '../../src/report/types';
import { expect, expectEventually, test } from './fixtures';
import { openPopupFor, recordedDownloads } from './popup-page';

test.describe('popup exports', () => {
  test('each format holds the page’s audit and is saved through the downloads API', async ({
    context,
    extensionId,
    fixtureServer,
    tabIdOf,
    sendToTab,
    serviceWorker,
    problems,
    externalRequests,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/popup-claims.html`);
    const popup = await openPopupFor(context, extensionId, await tabIdOf(page), { recordDownloads: true });
    await expect(popup.locator('.claim').first()).toBeVisible();
    const report = await sendToTab(page, 'getReport');
    const matched = report.claims.filter(c => c.claimId);

    for (const name of ['JSON', 'CSV', 'Markdown', 'ClaimReview']) {
      await popup.getByRole('button', { name: `Export this page’s audit as ${name}`, exact: true }).click();
      await expect(popup.locator('.export-status')).toContainText('Saved gut-check-127.0.0.1-');
    }
    await expectEventually(async () => (await recordedDownloads(popup)).every(d => d.content), 5000);
    const files = await recordedDownloads(popup);
    expect(files.map(f => f.filename.replace(/\d{4}-\d\d-\d\d/, 'DATE'))).toEqual([
      'gut-check-127.0.0.1-DATE.json',
      'gut-check-127.0.0.1-DATE.csv',
      'gut-check-127.0.0.1-DATE.md',
      'gut-check-127.0.0.1-DATE.claimreview.jsonld',
    ]);
    const [json, csv, md, ld] = files.map(f => f.content) as [string, string, string, string];

    // JSON: the CLI's schema, one document for this page, citations from the database.
    const audit = JSON.parse(json) as AuditReport;
    expect(audit.tool.name).toBe('Gut Check');
    expect(audit.database.version).toBe(report.database.version);
    expect(audit.database.claims).toBe(report.database.claims);
    expect(audit.errors).toEqual([]);
    expect(audit.documents).toHaveLength(1);
    const doc = audit.documents[0]!;
    expect(doc.source).toBe(page.url());
    expect(doc.title).toBe('Popup fixture: gut claims');
    expect(doc.claims.map(c => c.text)).toEqual(report.claims.map(c => c.text));
    expect(doc.claims.filter(c => c.claimId).every(c => c.citations.length > 0)).toBe(true);

    // CSV: a header and one row per claim.
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(report.claims.length + 1);

    // Markdown: the page's title and a row per claim.
    expect(md).toContain('## Popup fixture: gut claims');
    for (const c of report.claims) expect(md).toContain(c.text.replace(/[.]$/, ''));

    // ClaimReview: one review per matched claim, rated 1–5 with the level word.
    const graph = (JSON.parse(ld) as { '@graph': { reviewRating: Record<string, unknown>; claimReviewed: string }[] })[
      '@graph'
    ];
    expect(graph.map(r => r.claimReviewed)).toEqual(matched.map(c => c.text));
    const ratings: Record<string, number> = { strong: 5, moderate: 4, limited: 3, unsupported: 2, contradicted: 1 };
    for (const [i, r] of graph.entries()) {
      expect(r.reviewRating).toMatchObject({
        ratingValue: ratings[matched[i]!.evidence!],
        alternateName: matched[i]!.evidence,
        ratingExplanation: matched[i]!.verdict,
        bestRating: 5,
        worstRating: 1,
      });
    }

    // The real API was called: the browser has the four files.
    await expectEventually(async () => {
      const names = await serviceWorker.evaluate(async () =>
        (await chrome.downloads.search({})).map(d => d.filename.split('/').pop() ?? ''),
      );
      return names.length === 4;
    });
    expect(problems).toEqual([]);
    expect(externalRequests).toEqual([]);
  });
});
