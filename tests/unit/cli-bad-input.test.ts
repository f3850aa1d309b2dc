/**
 * Bad input, run through the real CLI: each failing input gets a message
 * naming it on stderr and an entry under `errors`, the others are still
 * audited, and the exit code says what happened. Never a stack trace.
 */
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { MAX_BYTES } from '../../src/cli/read-page';
import type { AuditReport } from '../../src/report';
import { FIXTURES, parseReport, runCli, type CliRun } from '../fixtures/cli/run-cli';

const good = join(FIXTURES, 'pages/notes.txt');
const STACK = /\n\s+at .+:\d+/;

// Each run starts Node, tsx and the engine: seconds apiece on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let tmp: string;
const bad: Record<string, string> = {};
let run: CliRun;
let report: AuditReport;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gutcheck-bad-'));
  const file = (name: string, content: string | Buffer) => {
    writeFileSync(join(tmp, name), content);
    return join(tmp, name);
  };
  bad.missing = join(tmp, 'missing.txt');
  bad.noPages = join(tmp, 'no-pages');
  mkdirSync(bad.noPages);
  writeFileSync(join(bad.noPages, 'photo.jpg'), 'not a page');
  bad.binary = file('binary.html', Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02]));
  // Sparse: a 50 MB + 1 byte file costs no disk, and is refused before it is read.
  bad.huge = file('huge.txt', '');
  truncateSync(bad.huge, MAX_BYTES + 1);
  bad.latin1 = file('latin1.txt', Buffer.from('Caf\xe9 au lait is good for the gut.', 'latin1'));
  bad.empty = file('empty.txt', '');
  bad.scriptOnly = join(FIXTURES, 'empty.html');
  bad.wrongType = file('notes.docx', 'Probiotics heal leaky gut.');
  run = runCli(['--format', 'json', bad.missing, good, ...Object.values(bad).slice(1)]);
  report = parseReport(run);
});
afterAll(() => rmSync(tmp, { recursive: true }));

describe('bad inputs', () => {
  it('still audits the good input, and exits 1', () => {
    expect(report.documents.map(d => d.source)).toEqual([good]);
    expect(run.code).toBe(1);
  });

  it.each([
    ['missing', 'no such file or folder'],
    ['noPages', 'no .html, .htm, .txt, .warc or .warc.gz files in this folder'],
    ['binary', 'binary file (contains NUL bytes), not text or HTML'],
    ['huge', 'over the 50 MB limit (52,428,801 bytes)'],
    ['latin1', 'not valid UTF-8 (re-save it as UTF-8)'],
    ['empty', 'empty file'],
    ['scriptOnly', 'no readable text in this HTML'],
    ['wrongType', 'not an .html, .htm, .txt, .warc or .warc.gz file'],
  ])('%s: an error entry and a stderr line naming the file', (key, message) => {
    const source = bad[key]!;
    const entry = report.errors.find(e => e.source === source);
    expect(entry?.message).toContain(message);
    expect(run.stderr).toContain(`gutcheck: ${source}: ${entry?.message}\n`);
  });

  it('lists errors in argument order, and no stack traces', () => {
    expect(report.errors.map(e => e.source)).toEqual([bad.missing, ...Object.values(bad).slice(1)]);
    expect(run.stderr).not.toMatch(STACK);
  });

  it('--quiet keeps stderr empty but the report and exit code unchanged', () => {
    const quiet = runCli(['--quiet', '--format', 'json', good, bad.empty!]);
    expect(quiet.stderr).toBe('');
    expect(quiet.code).toBe(1);
    expect(parseReport(quiet).errors).toEqual([{ source: bad.empty, message: 'empty file' }]);
  });

  it('empty standard input is an error for "-"', () => {
    const stdin = runCli(['--format', 'json', '-'], { input: '' });
    expect(stdin.code).toBe(1);
    expect(parseReport(stdin).errors).toEqual([{ source: '-', message: 'empty file' }]);
  });

  it('--article on a page with no article names the option', () => {
    const r = runCli(['--format', 'json', '--article', bad.scriptOnly!]);
    expect(parseReport(r).errors[0]?.message).toContain('try without --article');
  });
});

describe('exit codes', () => {
  it.each([
    [['--format', 'xml', good], 2],
    [['--min-level', 'dubious', good], 2],
    [['--jobs', '-1', good], 2],
    [['--unknown', good], 2],
    [[], 2],
    [['--help'], 0],
    [[good], 0],
  ])('%j → %i', (args, code) => {
    const r = runCli(args);
    expect(r.code).toBe(code);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('an unwritable --out is a clear error, exit 1', () => {
    const r = runCli(['--out', join(tmp, 'no/such/dir/report.json'), good]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^gutcheck: cannot write .*report\.json: /);
    expect(r.stderr).not.toMatch(STACK);
  });
});
