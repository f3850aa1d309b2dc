/**
 * Hostile input and output, run through the real CLI (issue 15, item 5, and
 * the CLI's time budget from item 1): special files, unreadable folders,
 * --out onto an input, terminal escapes from page text, a full device,
 * UTF-16 pages, deep HTML and a page that takes too long. Each failing input
 * is named and the run goes on; nothing hangs and nothing prints a stack.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { AuditReport } from '../../src/report';
import { FIXTURES, parseReport, ROOT, runCli } from '../fixtures/cli/run-cli';

const notes = join(FIXTURES, 'pages/notes.txt');
const NSAIDS = 'NSAIDs such as ibuprofen damage the gut lining.';
const STACK = /\n\s+at .+:\d+/;
// eslint-disable-next-line no-control-regex
const ESCAPES = /[\u001b\u009b\u0007]/;

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gutcheck-hostile-'));
  chmodSync(tmp, 0o755);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('only regular files are read', () => {
  let report: AuditReport;
  let stderr: string;
  let zero: string;
  let fifo: string;
  let folder: string;
  beforeAll(() => {
    zero = join(tmp, 'zero.txt');
    symlinkSync('/dev/zero', zero);
    fifo = join(tmp, 'x.txt');
    execFileSync('mkfifo', [fifo]);
    folder = join(tmp, 'special');
    mkdirSync(folder);
    symlinkSync('/dev/zero', join(folder, 'a-zero.html'));
    execFileSync('mkfifo', [join(folder, 'b-fifo.txt')]);
    writeFileSync(join(folder, 'c-page.txt'), `${NSAIDS}\n`);
    // Before the fix a FIFO hung the run and /dev/zero ate memory: a time limit catches both.
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/gutcheck.mjs'), 'audit', '--format', 'json', zero, fifo, folder, notes],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.signal).toBeNull();
    stderr = run.stderr;
    report = JSON.parse(run.stdout) as AuditReport;
  });

  it('names a symlink to /dev/zero and a FIFO, given or found in a folder', () => {
    expect(report.errors).toEqual([
      { source: zero, message: 'not a regular file (a character device); only regular files are read' },
      { source: fifo, message: 'not a regular file (a FIFO); only regular files are read' },
      {
        source: join(folder, 'a-zero.html'),
        message: 'not a regular file (a character device); only regular files are read',
      },
      { source: join(folder, 'b-fifo.txt'), message: 'not a regular file (a FIFO); only regular files are read' },
    ]);
    expect(stderr).not.toMatch(STACK);
  });

  it('still audits the regular files', () => {
    expect(report.documents.map(d => d.source)).toEqual([join(folder, 'c-page.txt'), notes]);
  });
});

// root reads any folder: the CLI runs as "nobody" so the permission bites,
// which needs the checkout to be readable by nobody (not so under /root).
const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
const nobodyCanRun =
  spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(join(ROOT, 'bin/gutcheck.mjs'))})`], {
    ...asNobody,
  }).status === 0;
if (!nobodyCanRun) console.log('unreadable-folder test skipped: the checkout is not readable by uid 65534');

describe.skipIf(!nobodyCanRun)('an unreadable folder', () => {
  it('is named, and the run goes on', () => {
    const top = join(tmp, 'tree');
    const locked = join(top, 'locked');
    mkdirSync(locked, { recursive: true });
    writeFileSync(join(locked, 'secret.txt'), `${NSAIDS}\n`);
    writeFileSync(join(top, 'open.txt'), `${NSAIDS}\n`);
    chmodSync(locked, 0o000);
    try {
      const run = spawnSync(process.execPath, [join(ROOT, 'bin/gutcheck.mjs'), 'audit', '--format', 'json', top], {
        encoding: 'utf8',
        cwd: ROOT,
        env: { ...process.env, HOME: tmp },
        ...asNobody,
      });
      expect(run.stderr).not.toMatch(STACK);
      const report = JSON.parse(run.stdout) as AuditReport;
      expect(report.errors).toEqual([{ source: locked, message: 'cannot read this folder: permission denied' }]);
      expect(report.documents.map(d => d.source)).toEqual([join(top, 'open.txt')]);
      expect(run.stderr).toBe(`gutcheck: ${locked}: cannot read this folder: permission denied\n`);
      expect(run.status).toBe(1);
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});

describe('--out', () => {
  it('refuses to overwrite an input, however it is named', () => {
    const page = join(tmp, 'page.txt');
    writeFileSync(page, `${NSAIDS}\n`);
    const link = join(tmp, 'link-to-page.txt');
    symlinkSync(page, link);
    for (const out of [page, link, `${tmp}/./page.txt`]) {
      const run = runCli(['--out', out, tmp]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^gutcheck: --out .* is also an input \(.*page\.txt\); refusing to overwrite it\n$/);
      expect(readFileSync(page, 'utf8')).toBe(`${NSAIDS}\n`);
    }
  });
});

describe('control characters never reach a terminal', () => {
  const OSC52 = '\u001b]52;c;cm0gLXJmIH4=\u0007';
  const CLEAR = '\u001b[2J\u001b[H';
  let page: string;
  let badName: string;
  beforeAll(() => {
    page = join(tmp, 'escapes.html');
    writeFileSync(
      page,
      `<!doctype html><title>Gut${OSC52} news${CLEAR}</title><p>${CLEAR}${NSAIDS}${OSC52} And \u009b31m more.</p>`,
    );
    badName = join(tmp, `empty${CLEAR}.txt`);
    writeFileSync(badName, '');
  });

  it('the table and stderr carry none', () => {
    const run = runCli(['--format', 'table', page, badName]);
    expect(run.stdout).toContain('Gut news');
    expect(run.stdout).toContain(NSAIDS);
    expect(run.stdout).not.toMatch(ESCAPES);
    expect(run.stderr).toContain('gutcheck: ');
    expect(run.stderr).toContain('empty');
    expect(run.stderr).not.toMatch(ESCAPES);
  });

  it('nor does any format written to a terminal (run under script(1) for a real pty)', () => {
    for (const format of ['json', 'md', 'csv', 'ndjson']) {
      const command = [process.execPath, join(ROOT, 'bin/gutcheck.mjs'), 'audit', '--format', format, page]
        .map(a => `'${a}'`)
        .join(' ');
      const run = spawnSync('script', ['-qefc', command, '/dev/null'], {
        encoding: 'latin1',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('NSAIDs such as ibuprofen');
      expect(run.stdout).not.toMatch(ESCAPES);
    }
  });

  it('a file or pipe still gets the page text exactly (JSON escapes it)', () => {
    const report = parseReport(runCli(['--format', 'json', page]));
    expect(report.documents[0]?.title).toContain(OSC52);
  });
});

describe('a full device', () => {
  it('is one line on stderr and exit 1', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [join(ROOT, 'bin/gutcheck.mjs'), 'audit', '--format', 'json', notes], {
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('gutcheck: cannot write the report to standard output: no space left on the device\n');
      expect(run.status).toBe(1);
    } finally {
      closeSync(full);
    }
  });
});

describe('UTF-16 pages with a byte-order mark', () => {
  it.each(['utf16le', 'utf16be'] as const)('%s is decoded and audited, offsets into the decoded text', encoding => {
    const text = `\ufeffA note.\n${NSAIDS}\n`;
    const le = Buffer.from(text, 'utf16le');
    const file = join(tmp, `${encoding}.txt`);
    writeFileSync(file, encoding === 'utf16le' ? le : Buffer.from(le).swap16());
    const report = parseReport(runCli(['--format', 'json', file]));
    expect(report.errors).toEqual([]);
    const claim = report.documents[0]?.claims.find(c => c.text.includes('NSAIDs'));
    expect(claim && text.slice(claim.start, claim.end)).toBe(claim?.text);
  });
});

describe('deep HTML', () => {
  it('8,000 nested elements are read, not a stack overflow', () => {
    const file = join(tmp, 'deep.html');
    writeFileSync(
      file,
      `<!doctype html><title>Deep</title>${'<div>'.repeat(8000)}<p>${NSAIDS}</p>${'</div>'.repeat(8000)}`,
    );
    const run = runCli(['--format', 'json', file]);
    const report = parseReport(run);
    expect(report.errors).toEqual([]);
    expect(report.documents[0]?.claims.some(c => c.text.includes('NSAIDs'))).toBe(true);
  });
});

describe('time budget per page', () => {
  it('a page that runs over is named in errors, and the pages after it are audited', () => {
    // Gut-health words with no punctuation: one endless sentence, seconds of work even for a linear engine.
    const words = 'probiotics heal leaky gut fibre digestion the of microbiome'.split(' ');
    let seed = 1;
    const slow = Array.from({ length: 800_000 }, () => words[(seed = (seed * 48271) % 2147483647) % words.length]).join(
      ' ',
    );
    const files = ['a-fast.txt', 'b-slow.txt', 'c-fast.txt'].map(name => join(tmp, 'budget', name));
    mkdirSync(join(tmp, 'budget'));
    writeFileSync(files[0]!, `${NSAIDS}\n`);
    writeFileSync(files[1]!, slow);
    writeFileSync(files[2]!, `${NSAIDS}\n`);
    const t0 = Date.now();
    const run = runCli(['--format', 'json', '--jobs', '1', '--page-timeout', '2', ...files]);
    const report = parseReport(run);
    expect(report.errors).toEqual([
      { source: files[1], message: 'took longer than the 2 s time limit per page (--page-timeout); not audited' },
    ]);
    expect(report.documents.map(d => d.source)).toEqual([files[0], files[2]]);
    expect(run.code).toBe(1);
    // Stopped at the budget, not run to the end.
    expect(Date.now() - t0).toBeLessThan(60_000);
  });
});
