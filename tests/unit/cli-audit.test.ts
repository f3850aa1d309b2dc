/**
 * The audit command end to end, run as a subprocess: formats, the JSON
 * contract, offsets, stdin, folders, source paths and worker threads. Claim
 * counts are asserted only for the two sentences the engine matches robustly.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { CSV_COLUMNS, LEVEL_KEYS, LEVELS, type AuditReport } from '../../src/report';
import { FIXTURES, parseReport, ROOT, runCli } from '../fixtures/cli/run-cli';

const PROBIOTICS = 'Probiotics heal leaky gut.';
const NSAIDS = 'NSAIDs such as ibuprofen damage the gut lining.';
const pages = join(FIXTURES, 'pages');
const notes = join(pages, 'notes.txt');
const skipRules = join(pages, 'skip-rules.html');
const clinic = join(pages, 'nested/deeper/clinic.htm');

// Each run starts Node, tsx and the engine: seconds apiece on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gutcheck-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true }));

describe('JSON report', () => {
  let run: ReturnType<typeof runCli>;
  let report: AuditReport;
  beforeAll(() => {
    run = runCli(['--format', 'json', notes, skipRules]);
    report = parseReport(run);
  });

  it('exits 0 with nothing on stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('has the pinned top-level shape', () => {
    expect(Object.keys(report)).toEqual(['tool', 'database', 'documents', 'errors']);
    expect(report.tool).toEqual({ name: 'gutcheck', version: expect.any(String) });
    expect(report.database).toEqual({ version: expect.any(String), claims: expect.any(Number) });
    expect(report.errors).toEqual([]);
  });

  it('has the pinned document and claim shape', () => {
    expect(report.documents.map(d => d.source)).toEqual([notes, skipRules]);
    for (const doc of report.documents) {
      expect(Object.keys(doc)).toEqual(['source', 'title', 'words', 'claims', 'summary']);
      expect(Object.keys(doc.summary)).toEqual([...LEVEL_KEYS]);
      expect(Object.values(doc.summary).reduce((a, b) => a + b, 0)).toBe(doc.claims.length);
      for (const claim of doc.claims) {
        expect(Object.keys(claim)).toEqual([
          ...['text', 'start', 'end', 'sentence', 'claimId', 'statement', 'evidence', 'verdict'],
          ...['match', 'confidence', 'negated', 'hedged', 'overstated', 'overstatedBy', 'structure', 'citations'],
        ]);
        expect(claim.evidence === null || LEVELS.includes(claim.evidence)).toBe(true);
        expect(Array.isArray(claim.citations)).toBe(true);
      }
    }
  });

  it('finds the robust claims, and none hidden by the HTML skip rules', () => {
    const [txt, html] = report.documents;
    expect(txt?.claims.some(c => c.text.includes(PROBIOTICS))).toBe(true);
    expect(txt?.claims.some(c => c.text.includes(NSAIDS))).toBe(true);
    expect(html?.title).toBe('Skip rules: a test page');
    expect(html?.claims.some(c => c.text.includes(NSAIDS))).toBe(true);
    // Every copy of the probiotics sentence in that page is in a skipped element.
    expect(html?.claims.some(c => c.sentence.includes('Probiotics'))).toBe(false);
  });

  it('counts words', () => {
    expect(report.documents[0]?.words).toBe(43);
  });
});

describe('offsets into .txt files', () => {
  it('text === fileText.slice(start, end) for every claim, with a BOM and CRLF line ends', () => {
    const bom = join(tmp, 'bom-crlf.txt');
    writeFileSync(bom, '\ufeff' + readFileSync(notes, 'utf8').replace(/\n/g, '\r\n'));
    const report = parseReport(runCli(['--format', 'json', notes, bom]));
    expect(report.documents).toHaveLength(2);
    for (const doc of report.documents) {
      const fileText = readFileSync(doc.source, 'utf8');
      expect(doc.claims.length).toBeGreaterThanOrEqual(2);
      for (const c of doc.claims) expect(fileText.slice(c.start, c.end)).toBe(c.text);
    }
  });
});

describe('sources and inputs', () => {
  it('folders recurse; sources are the paths exactly as given', () => {
    const given = `./${relative(ROOT, pages)}/`;
    const run = runCli(['--format', 'json', given, './' + relative(ROOT, notes)], { cwd: ROOT });
    expect(parseReport(run).documents.map(d => d.source)).toEqual([
      `${given}nested/deeper/clinic.htm`,
      `${given}notes.txt`,
      `${given}skip-rules.html`,
      './' + relative(ROOT, notes),
    ]);
  });

  it('reads standard input as "-": text, or HTML when it starts like a document', () => {
    const text = runCli(['--format', 'json', '-'], { input: `Some notes.\n${PROBIOTICS}\n` });
    const [doc] = parseReport(text).documents;
    expect(doc?.source).toBe('-');
    expect(doc?.claims.find(c => c.text.includes(PROBIOTICS))).toMatchObject({ start: 12, end: 38 });

    const html = runCli(['--format', 'json', '-'], {
      input: `<!doctype html><title>Piped</title><p>${NSAIDS}</p><pre>${PROBIOTICS}</pre>`,
    });
    const [page] = parseReport(html).documents;
    expect(page?.title).toBe('Piped');
    expect(page?.claims.some(c => c.text.includes(NSAIDS))).toBe(true);
    expect(page?.claims.some(c => c.text.includes(PROBIOTICS))).toBe(false);
  });

  it('--article audits the main article only', () => {
    const article = join(FIXTURES, 'article.html');
    const whole = parseReport(runCli(['--format', 'json', article])).documents[0];
    const main = parseReport(runCli(['--format', 'json', '--article', article])).documents[0];
    expect(whole?.claims.some(c => c.text.includes(PROBIOTICS))).toBe(true);
    expect(main?.claims.some(c => c.text.includes(PROBIOTICS))).toBe(false);
    expect(main?.claims.some(c => c.text.includes(NSAIDS))).toBe(true);
  });
});

describe('formats', () => {
  it('ndjson: one document object a line, in input order', () => {
    const run = runCli(['--format', 'ndjson', notes, clinic]);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.map(l => (JSON.parse(l) as { source: string }).source)).toEqual([notes, clinic]);
    expect(Object.keys(JSON.parse(lines[0]!) as object)).toEqual(['source', 'title', 'words', 'claims', 'summary']);
  });

  it('csv: a header, then one claim a row, RFC 4180 quoting', () => {
    const odd = join(tmp, 'a, "quoted" name.txt');
    writeFileSync(odd, `${NSAIDS}\n`);
    const run = runCli(['--format', 'csv', odd, notes]);
    const rows = parseCsv(run.stdout);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const json = parseReport(runCli(['--format', 'json', odd, notes]));
    expect(rows.length - 1).toBe(json.documents.reduce((n, d) => n + d.claims.length, 0));
    expect(rows[1]?.[0]).toBe(odd);
    expect(rows.every(r => r.length === CSV_COLUMNS.length)).toBe(true);
    expect(run.stdout).toContain(`"${odd.replace(/"/g, '""')}"`);
  });

  it('md: a heading per document', () => {
    const run = runCli(['--format', 'md', clinic, notes]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# gutcheck audit/);
    expect(run.stdout).toContain('## Clinic leaflet');
    expect(run.stdout).toContain('| strong | moderate | limited | unsupported | contradicted | unmatched |');
  });

  it('table: one block per document and a footer; json when stdout is not a terminal', () => {
    const table = runCli(['--format', 'table', notes]);
    expect(table.stdout).toContain(`${notes} (43 words)`);
    expect(table.stdout).toContain(NSAIDS);
    expect(table.stdout).toMatch(/1 page\(s\) audited, \d+ claim\(s\) listed, 0 error\(s\)/);
    expect(() => parseReport(runCli([notes]))).not.toThrow();
  });

  it('--out writes the file (format from its extension) and leaves stdout empty', () => {
    const out = join(tmp, 'report.csv');
    const run = runCli(['--out', out, notes]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8').split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    const other = join(tmp, 'report.out');
    runCli(['--out', other, notes]);
    expect(() => JSON.parse(readFileSync(other, 'utf8')) as unknown).not.toThrow();
  });

  it('--min-level keeps claims at that level or weaker; summaries still count all', () => {
    const all = parseReport(runCli(['--format', 'json', notes, clinic]));
    const some = parseReport(runCli(['--format', 'json', '--min-level', 'moderate', notes, clinic]));
    some.documents.forEach((doc, i) => {
      const expected = all.documents[i]!.claims.filter(c => c.evidence && c.evidence !== 'strong');
      expect(doc.claims).toEqual(expected);
      expect(doc.summary).toEqual(all.documents[i]!.summary);
    });
  });
});

describe('worker threads', () => {
  const args = ['--format', 'json', pages, notes, clinic, skipRules];

  it.each(['bin', 'npm'] as const)('--jobs 2 via %s gives the same report, in input order', via => {
    // Back to back, so both runs see the same engine and database.
    const single = runCli(['--jobs', '1', ...args]);
    const multi = runCli(['--jobs', '2', ...args], { via });
    expect(multi.stderr).toBe('');
    expect(multi.code).toBe(0);
    expect(parseReport(multi)).toEqual(parseReport(single));
    expect(parseReport(multi).documents).toHaveLength(6);
  });
});

describe('clean checkout', () => {
  it('bin/gutcheck.mjs works without src/generated (compiles claims-db/ in memory)', () => {
    const copy = join(tmp, 'checkout');
    for (const part of ['bin', 'claims-db', 'src', 'package.json']) {
      cpSync(join(ROOT, part), join(copy, part), { recursive: true, filter: src => !src.includes('/src/generated') });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    expect(existsSync(join(copy, 'src/generated'))).toBe(false);
    const run = spawnSync(process.execPath, [join(copy, 'bin/gutcheck.mjs'), 'audit', '--format', 'json', notes], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as AuditReport;
    expect(report.database.claims).toBeGreaterThan(0);
    expect(report.documents[0]?.claims.some(c => c.text.includes(NSAIDS))).toBe(true);
  });
});

/** A strict RFC 4180 reader, for checking the CSV output. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const cell = /("(?:[^"]|"")*"|[^,"\r\n]*)(,|\r\n|$)/gy;
  let row: string[] = [];
  for (let m = cell.exec(text); m && cell.lastIndex <= text.length; m = cell.exec(text)) {
    const raw = m[1] ?? '';
    row.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (m[2] !== ',') {
      rows.push(row);
      row = [];
      if (m[2] === '' || cell.lastIndex >= text.length) break;
    }
  }
  return rows;
}
