/**
 * WARC input through the real CLI (issue 14): WARC/1.0 and 1.1, plain and
 * gzipped per record, standard input, charsets, the record's URI, id and
 * date on each document, bad records named with file, offset, id and why
 * while the rest of the file is still audited, NDJSON streaming and --shard.
 * The WARC files are written here with warcio, the library that reads them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { AuditReport, ReportDocument, ReportError } from '../../src/report';
import { FIXTURES, parseReport, runCli } from '../fixtures/cli/run-cli';
import { pageRecords, warcFile, type WarcPage } from '../fixtures/cli/write-warc';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const NSAIDS = 'NSAIDs such as ibuprofen damage the gut lining.';
const clinicHtml = readFileSync(join(FIXTURES, 'pages/nested/deeper/clinic.htm'), 'utf8');
const skipRulesHtml = readFileSync(join(FIXTURES, 'pages/skip-rules.html'), 'utf8');

const PAGES: WarcPage[] = [
  { url: 'https://clinic.example/leaflet', body: clinicHtml },
  { url: 'https://img.example/logo.png', body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), contentType: 'image/png' },
  { url: 'https://news.example/skip', body: skipRulesHtml, date: '2025-01-31T23:59:59Z' },
  { url: 'https://notes.example/plain.txt', body: `Some notes.\n${NSAIDS}\n`, contentType: 'text/plain' },
  { url: 'https://gone.example/', body: `<p>${NSAIDS}</p>`, status: 404 },
  // Declared Latin-1: é is one byte, 0xE9.
  {
    url: 'https://latin.example/',
    body: Buffer.from(`<title>Caf\xe9</title><p>${NSAIDS}</p>`, 'latin1'),
    contentType: 'text/html; charset=iso-8859-1',
  },
  // No charset in the header: the <meta> names windows-1252 (0x93/0x94 are curly quotes there).
  {
    url: 'https://meta.example/',
    body: Buffer.from(`<meta charset="windows-1252"><title>\x93Quoted\x94</title><p>${NSAIDS}</p>`, 'latin1'),
    contentType: 'text/html',
  },
];

let tmp: string;
const files: Record<string, string> = {};
let report: AuditReport;
let run: ReturnType<typeof runCli>;
/** Offset of the damaged member in corrupt.warc.gz. */
let memberB: number;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'gutcheck-warc-'));
  const write = (name: string, bytes: Uint8Array) => {
    files[name] = join(tmp, name);
    writeFileSync(files[name], bytes);
  };
  write('crawl.warc.gz', await warcFile(PAGES, { gzip: true }));
  write('crawl-1.0.warc', await warcFile(PAGES, { version: 'WARC/1.0' }));

  // Damaged files: a gzip member with its middle overwritten, a member cut
  // short at the end of the file, and junk between records of a plain WARC.
  const [a, b, c] = await Promise.all(
    [
      { url: 'https://a.example/', body: `<p>${NSAIDS}</p>` },
      { url: 'https://b.example/', body: `<p>${NSAIDS} ${'More words here. '.repeat(200)}</p>` },
      { url: 'https://c.example/', body: `<p>${NSAIDS}</p>` },
    ].map(p => pageRecords(p, { gzip: true, bare: true }).then(r => Buffer.from(r[0]!))),
  );
  const corrupt = Buffer.from(b!);
  corrupt.fill(0x41, corrupt.length - 60, corrupt.length - 20);
  memberB = a!.length;
  write('corrupt.warc.gz', Buffer.concat([a!, corrupt, c!]));
  write('truncated.warc.gz', Buffer.concat([a!, c!, b!.subarray(0, b!.length - 40)]));
  const plain = await Promise.all(
    ['https://d.example/', 'https://e.example/'].map(url =>
      pageRecords({ url, body: `<p>${NSAIDS}</p>` }, { bare: true }).then(r => Buffer.from(r[0]!)),
    ),
  );
  write('junk.warc', Buffer.concat([plain[0]!, Buffer.from('this is not a WARC record\r\nx: y\r\n\r\n'), plain[1]!]));
  write('not-a-warc.warc', Buffer.from('<html>a page saved with the wrong name</html>'));

  run = runCli(['--format', 'json', tmp]);
  report = parseReport(run);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const docsOf = (file: string) => report.documents.filter(d => d.warc?.file === file);
const errorsOf = (file: string) => report.errors.filter(e => e.warc?.file === file || e.source === file);

describe('a WARC file', () => {
  it.each(['crawl.warc.gz', 'crawl-1.0.warc'])(
    '%s: every HTML or text response is a document, in record order',
    name => {
      const docs = docsOf(files[name]!);
      expect(docs.map(d => d.source)).toEqual([
        'https://clinic.example/leaflet',
        'https://news.example/skip',
        'https://notes.example/plain.txt',
        'https://latin.example/',
        'https://meta.example/',
      ]);
      for (const d of docs) {
        expect(d.warc).toEqual({
          file: files[name],
          offset: expect.any(Number),
          recordId: expect.stringMatching(/^<urn:uuid:[0-9a-f-]{36}>$/),
          targetUri: d.source,
          date: d.source === 'https://news.example/skip' ? '2025-01-31T23:59:59Z' : '2026-11-02T10:00:00Z',
        });
      }
      expect(new Set(docs.map(d => d.warc?.recordId)).size).toBe(docs.length);
      expect(docs.map(d => d.warc!.offset)).toEqual([...docs.map(d => d.warc!.offset)].sort((x, y) => x - y));
    },
  );

  it('finds in a record what it finds in the same page saved as a file', () => {
    const fromFiles = parseReport(
      runCli([
        '--format',
        'json',
        join(FIXTURES, 'pages/nested/deeper/clinic.htm'),
        join(FIXTURES, 'pages/skip-rules.html'),
      ]),
    ).documents;
    const strip = (d: ReportDocument) => ({ title: d.title, words: d.words, claims: d.claims, summary: d.summary });
    const fromWarc = docsOf(files['crawl.warc.gz']!);
    expect(strip(fromWarc[0]!)).toEqual(strip(fromFiles[0]!));
    expect(strip(fromWarc[1]!)).toEqual(strip(fromFiles[1]!));
  });

  it('decodes the declared charset, else the <meta> one', () => {
    const docs = docsOf(files['crawl.warc.gz']!);
    expect(docs[3]?.title).toBe('Café');
    expect(docs[4]?.title).toBe('“Quoted”');
    expect(docs[3]?.claims.some(c => c.text === NSAIDS)).toBe(true);
  });

  it('names a non-HTML response and an HTTP error with file, offset, record id and why', () => {
    const errors = errorsOf(files['crawl.warc.gz']!);
    expect(errors.map(e => [e.source, e.message])).toEqual([
      ['https://img.example/logo.png', 'not HTML or text (image/png); not audited'],
      ['https://gone.example/', 'HTTP status 404; not audited'],
    ]);
    for (const e of errors)
      expect(e.warc).toMatchObject({ file: files['crawl.warc.gz'], recordId: expect.stringMatching(/^<urn:uuid:/) });
  });
});

describe('damaged WARC files: the bad record is named, the rest still audited', () => {
  const one = (errors: ReportError[]) => {
    expect(errors).toHaveLength(1);
    return errors[0]!;
  };

  it('a corrupt gzip member', () => {
    expect(docsOf(files['corrupt.warc.gz']!).map(d => d.source)).toEqual(['https://a.example/', 'https://c.example/']);
    const e = one(errorsOf(files['corrupt.warc.gz']!));
    expect(e.message).toMatch(/^malformed gzip member \(.+\); [\d,]+ bytes skipped$/);
    expect(e.warc?.offset).toBe(memberB);
    // Its headers inflate before the damage: the record is named by id and URI.
    expect(e.source).toBe('https://b.example/');
    expect(e.warc?.recordId).toMatch(/^<urn:uuid:/);
  });

  it('a record cut short by the end of the file', () => {
    expect(docsOf(files['truncated.warc.gz']!).map(d => d.source)).toEqual([
      'https://a.example/',
      'https://c.example/',
    ]);
    const e = one(errorsOf(files['truncated.warc.gz']!));
    expect(e).toMatchObject({
      source: 'https://b.example/',
      message: 'truncated record: the file ends inside this gzip member',
    });
    expect(e.warc?.recordId).toMatch(/^<urn:uuid:/);
    expect(e.warc?.offset).toBeGreaterThan(0);
  });

  it('junk between the records of a plain WARC', () => {
    expect(docsOf(files['junk.warc']!).map(d => d.source)).toEqual(['https://d.example/', 'https://e.example/']);
    const e = one(errorsOf(files['junk.warc']!));
    expect(e.message).toBe('malformed record: no WARC/1.0 or WARC/1.1 header block here (it starts "this")');
    expect(e.source).toBe(`${files['junk.warc']}#${e.warc?.offset}`);
  });

  it('a file that is not a WARC at all', () => {
    expect(one(errorsOf(files['not-a-warc.warc']!)).message).toBe(
      'not a WARC file (it starts with neither "WARC/" nor a gzip header)',
    );
  });

  it('exits 1 and names each on stderr, without a stack', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('gutcheck: https://b.example/: truncated record');
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+/);
  });
});

describe('standard input, NDJSON and shards', () => {
  it('"-" reads a gzipped WARC stream', () => {
    const piped = parseReport(runCli(['--format', 'json', '-'], { input: readFileSync(files['crawl.warc.gz']!) }));
    expect(piped.documents.map(d => d.source)).toEqual(docsOf(files['crawl.warc.gz']!).map(d => d.source));
    expect(piped.documents[0]?.warc?.file).toBe('-');
  });

  it('--format ndjson is one line per document or error, in record order; --shard splits the inputs', () => {
    const ndjson = runCli(['--format', 'ndjson', files['crawl.warc.gz']!, files['crawl-1.0.warc']!]);
    const lines = ndjson.stdout
      .trimEnd()
      .split('\n')
      .map(l => JSON.parse(l) as ReportDocument | ReportError);
    expect(lines).toHaveLength(14);
    expect(lines.slice(0, 7).map(l => l.source)).toEqual([
      'https://clinic.example/leaflet',
      'https://img.example/logo.png',
      'https://news.example/skip',
      'https://notes.example/plain.txt',
      'https://gone.example/',
      'https://latin.example/',
      'https://meta.example/',
    ]);
    const shard = (i: number) =>
      runCli(['--format', 'ndjson', '--shard', `${i}/2`, files['crawl.warc.gz']!, files['crawl-1.0.warc']!])
        .stdout.trimEnd()
        .split('\n');
    const [first, second] = [shard(1), shard(2)];
    expect(first).toEqual(ndjson.stdout.trimEnd().split('\n').slice(0, 7));
    expect(second.map(l => (JSON.parse(l) as ReportDocument).warc?.file)).toEqual(
      Array(7).fill(files['crawl-1.0.warc']),
    );
  });
});
