import { join } from 'node:path';

import { auditPage } from '../../src/cli/audit-page';
import { CSV_COLUMNS } from '../../src/report/format-csv';
import type { AuditReport } from '../../src/report/types';
import { expect, expectEventually, test } from './fixtures';
import { settledReport } from './page-helpers';
import { claimItem, openPopupFor, recordedDownloads } from './popup-page';
import { FIXTURES_DIR } from './server';

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
    expect(doc.claims.map(c => c.text)).toEqual(report.claims.map(c => c.text.replace(/\s+/g, ' ').trim()));
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

test.describe('popup exports a researcher can cite', () => {
  test('page-level offsets as the CLI gives them, readable claim text, dismissed claims flagged, dates', async ({
    context,
    extensionId,
    fixtureServer,
    tabIdOf,
    sendToTab,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/inline-split.html`);
    const report = await settledReport(page, sendToTab);
    const popup = await openPopupFor(context, extensionId, await tabIdOf(page), { recordDownloads: true });
    await expect(popup.locator('.claim').first()).toBeVisible();
    const gone = report.claims.find(c => c.claimId)!;
    await claimItem(popup, gone.index)
      .getByRole('button', { name: /^Dismiss: / })
      .click();

    const before = Date.now();
    await popup.getByRole('button', { name: 'Export this page’s audit as JSON' }).click();
    await popup.getByRole('button', { name: 'Export this page’s audit as CSV' }).click();
    await expectEventually(async () => (await recordedDownloads(popup)).filter(d => d.content).length === 2, 5000);
    const [json, csv] = (await recordedDownloads(popup)).map(d => d.content) as [string, string];
    const audit = JSON.parse(json) as AuditReport;
    const claims = audit.documents[0]!.claims;

    // The CLI on the same HTML: the same claims at the same page-level offsets.
    const cli = await auditPage({ source: join(FIXTURES_DIR, 'pages/inline-split.html') }, { article: false });
    if (!cli.ok) throw new Error(cli.error.message);
    const at = (c: { text: string; start: number; end: number }) =>
      `${c.start}-${c.end} ${c.text.replace(/\s+/g, ' ')}`;
    expect(claims.map(at)).toEqual(cli.document.claims.map(at));
    expect(new Set(claims.map(c => c.start)).size).toBe(claims.length);

    // Text as the page renders it: the source's line break and indent are one space.
    expect(claims.map(c => c.text)).toContain('Colon cleanses remove toxins.');
    expect(claims.every(c => !/\s\s/.test(c.text) && !/\s\s/.test(c.sentence))).toBe(true);

    expect(claims.filter(c => c.dismissed).map(c => c.claimId)).toEqual([gone.claimId]);
    expect(audit.database.date).toBe(report.database.date);
    expect(Date.parse(audit.exportedAt!)).toBeGreaterThanOrEqual(before - 1000);

    const rows = csv.trimEnd().split('\r\n');
    const header = rows[0]!.split(',');
    expect(header).toEqual([...CSV_COLUMNS]);
    for (const col of ['dismissed', 'databaseDate', 'exportedAt', 'matched'] as const) expect(header).toContain(col);
    expect(rows.slice(1).filter(r => r.includes(',true,') && r.includes(gone.claimId!))).toHaveLength(1);
  });
});
