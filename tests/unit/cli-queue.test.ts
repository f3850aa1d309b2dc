/**
 * The distributed audit end to end, with a real Redis and real processes
 * (issue 14): WARC files written from the project's own fixture pages, three
 * workers on one queue, one SIGKILLed mid-job; the merged report must equal
 * the single-process report document for document, with no document twice.
 * Then a job that can never succeed fails for good after its tries, with its
 * reason, while the others finish.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { AuditReport } from '../../src/report';
import { REDIS_URL, redisAvailable, uniqueQueue } from '../fixtures/cli/redis';
import { FIXTURES, parseReport, ROOT, runCli } from '../fixtures/cli/run-cli';
import { warcFile, type WarcPage } from '../fixtures/cli/write-warc';

vi.setConfig({ testTimeout: 600_000, hookTimeout: 600_000 });

const available = await redisAvailable();
const BIN = join(ROOT, 'bin/gutcheck.mjs');

/** `gutcheck queue …` as a subprocess; resolves when it exits. */
function gutcheck(args: string[]): { child: ChildProcess; stderr: () => string; done: Promise<number | null> } {
  const child = spawn(process.execPath, [BIN, 'queue', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  child.stdout!.resume();
  const done = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)));
  return { child, stderr: () => err, done };
}

/** The project's own pages: the extension's fixture pages and the CLI's. */
function fixturePages(): { name: string; html: string }[] {
  const dirs = [join(ROOT, 'tests/fixtures/pages'), join(FIXTURES, 'pages'), FIXTURES];
  return dirs.flatMap(dir =>
    readdirSync(dir)
      .filter(n => /\.html?$/.test(n))
      .map(n => ({ name: n, html: readFileSync(join(dir, n), 'utf8') })),
  );
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gutcheck-queue-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(!available)('gutcheck queue with a real Redis', () => {
  it('3 workers, one SIGKILLed mid-job: the merged report equals a single-process run', async () => {
    const queue = uniqueQueue('kill');
    const pages = fixturePages();
    const warcs: string[] = [];
    for (let f = 0; f < 6; f++) {
      const records: WarcPage[] = [];
      for (let r = 0; r < 45; r++) {
        const page = pages[(f * 45 + r) % pages.length]!;
        records.push({ url: `https://site${f}.example/${r}/${page.name}`, body: page.html });
      }
      records.push({
        url: `https://site${f}.example/logo.png`,
        body: new Uint8Array([1, 2, 3]),
        contentType: 'image/png',
      });
      const file = join(tmp, `crawl-${f}.warc.gz`);
      writeFileSync(file, await warcFile(records, { gzip: true }));
      warcs.push(file);
    }
    const out = join(tmp, 'results');
    const common = ['--redis', REDIS_URL, '--queue', queue];
    const add = gutcheck(['add', ...common, ...warcs]);
    expect(await add.done).toBe(0);
    expect(add.stderr()).toContain('queued 6 job(s)');

    const workers = [0, 1, 2].map(() =>
      gutcheck(['work', ...common, '--out', out, '--jobs', '1', '--lease', '3', '--exit-when-empty']),
    );
    // Kill the first worker seen in the middle of a job.
    const started = /started job (\w+)/;
    let victim: (typeof workers)[number] | undefined;
    let killedJob = '';
    for (let waited = 0; !victim && waited < 300_000; waited += 100) {
      await new Promise(r => setTimeout(r, 100));
      victim = workers.find(w => started.test(w.stderr()) && !/finished job/.test(w.stderr()));
    }
    expect(victim).toBeDefined();
    killedJob = started.exec(victim!.stderr())![1]!;
    await new Promise(r => setTimeout(r, 500));
    victim!.child.kill('SIGKILL');
    const codes = await Promise.all(workers.map(w => w.done));
    expect(codes.filter(c => c === 0)).toHaveLength(2);
    expect(victim!.stderr()).not.toContain(`finished job ${killedJob}`);

    // Another worker took the killed job over, and everything finished.
    const others = workers
      .filter(w => w !== victim)
      .map(w => w.stderr())
      .join('\n');
    expect(others).toContain(`finished job ${killedJob}`);
    const status = gutcheck(['status', ...common]);
    expect(await status.done).toBe(0);
    const q = new Queue(queue, { connection: { url: REDIS_URL } });
    const counts = await q.getJobCounts('completed', 'failed', 'active', 'waiting');
    expect(counts).toEqual({ completed: 6, failed: 0, active: 0, waiting: 0 });
    await q.obliterate({ force: true });
    await q.close();

    // One result file per job, whole: the killed try left at most a temporary file.
    expect(readdirSync(out).filter(n => n.endsWith('.ndjson'))).toHaveLength(6);

    const collected = spawnSyncCli(['queue', 'collect', out, '--format', 'json']);
    const single = parseReport(runCli(['--format', 'json', ...warcs]));
    const distributed = JSON.parse(collected) as AuditReport;
    expect(distributed.documents.length).toBeGreaterThan(200);
    const ids = distributed.documents.map(d => d.warc!.recordId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(distributed).toEqual(single);
  });

  it('a job that can never succeed fails for good after its tries, with its reason; the others finish', async () => {
    const queue = uniqueQueue('poison');
    const good = join(tmp, 'good.warc.gz');
    const doomed = join(tmp, 'doomed.warc.gz');
    const body = readFileSync(join(FIXTURES, 'pages/skip-rules.html'), 'utf8');
    writeFileSync(good, await warcFile([{ url: 'https://good.example/', body }], { gzip: true }));
    writeFileSync(doomed, await warcFile([{ url: 'https://doomed.example/', body }], { gzip: true }));
    const common = ['--redis', REDIS_URL, '--queue', queue];
    expect(await gutcheck(['add', ...common, '--attempts', '2', doomed, good]).done).toBe(0);
    // Gone before any worker reads it: every try fails the same way.
    rmSync(doomed);
    const out = join(tmp, 'poison-results');
    const worker = gutcheck(['work', ...common, '--out', out, '--jobs', '1', '--exit-when-empty']);
    expect(await worker.done).toBe(0);
    expect(worker.stderr()).toMatch(/failed for good: .*doomed\.warc\.gz: no such file or folder/);

    const report = JSON.parse(spawnSyncCli(['queue', 'collect', out, '--format', 'json', ...common])) as AuditReport;
    expect(report.documents.map(d => d.source)).toEqual(['https://good.example/']);
    expect(report.errors).toEqual([
      {
        source: doomed,
        message: expect.stringMatching(/^job \w+ failed after 2 tries: .*doomed\.warc\.gz: no such file or folder$/),
      },
    ]);
    const q = new Queue(queue, { connection: { url: REDIS_URL } });
    await q.obliterate({ force: true });
    await q.close();
  });
});

/** stdout of `gutcheck ARGS` (any command). */
function spawnSyncCli(args: string[]): string {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return run.stdout;
}
