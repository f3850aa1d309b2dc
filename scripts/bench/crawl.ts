/**
 * Crawl scale, measured: (1) peak memory auditing one large WARC file with
 * `gutcheck audit --format ndjson` (the bar: a 2 GB WARC under
 * 500 MB peak RSS), sampling the process's RSS as it runs; (2) throughput
 * of `gutcheck queue work` with 1, 2 and 4 workers on one Redis (a
 * redis-server of its own on a free port), from spawn to the last exit.
 *
 *   npx tsx scripts/bench/crawl.ts [--gb 2] [--pages 10000] [--queue-pages 1200] [--skip-rss] [--skip-queue]
 *
 * The large WARC is ~2,000-word HTML pages (the CLI bench's generated local
 * news, one gut-health sentence in five) plus 8 MB incompressible binary
 * records (video) up to the size asked for, as crawls mix pages and media.
 * Everything is written to a temporary folder and removed afterwards.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { pageRecords } from '../../tests/fixtures/cli/write-warc';
import { seededRandom } from '../seeded-random';
import { htmlPage } from './cli';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/gutcheck.mjs');
const log = (s: string) => process.stderr.write(`bench crawl: ${s}\n`);
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** Writes a .warc.gz of `pages` generated pages, padded with binary records to about `bytes`. */
async function writeWarc(file: string, pages: number, bytes: number, seed: number): Promise<number> {
  const random = seededRandom(seed);
  const out = createWriteStream(file);
  let size = 0;
  const write = (chunk: Uint8Array) =>
    new Promise<void>((resolve, reject) => {
      size += chunk.length;
      out.write(chunk, e => (e ? reject(e) : resolve()));
    });
  const media = Math.max(0, Math.ceil((bytes - pages * 5_000) / 8_388_608));
  const every = media ? Math.max(1, Math.floor(pages / media)) : Infinity;
  let videos = 0;
  for (let i = 0; i < pages; i++) {
    for (const r of await pageRecords(
      { url: `https://news${i % 50}.example/${i}`, body: htmlPage(random, 2000, i) },
      { gzip: true },
    )) {
      await write(r);
    }
    if (i % every === every - 1 && videos < media) {
      videos++;
      const [r] = await pageRecords(
        { url: `https://media.example/${i}.mp4`, body: randomBytes(8_388_608), contentType: 'video/mp4' },
        { gzip: true, bare: true },
      );
      await write(r!);
    }
  }
  while (size < bytes) {
    const [r] = await pageRecords(
      { url: `https://media.example/extra-${videos++}.mp4`, body: randomBytes(8_388_608), contentType: 'video/mp4' },
      { gzip: true, bare: true },
    );
    await write(r!);
  }
  await new Promise<void>(resolve => out.end(() => resolve()));
  return size;
}

/** Runs `gutcheck ARGS`, sampling RSS from /proc every 250 ms; peak from VmHWM (all threads). */
async function measure(args: string[]): Promise<{ seconds: number; peakMb: number; samplesMb: number[] }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  const samples: number[] = [];
  let peak = 0;
  const read = () => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
      peak = Math.max(peak, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024, rss);
      samples.push(round(rss, 0));
    } catch {
      // exited between samples
    }
  };
  const timer = setInterval(read, 250);
  const code = await new Promise<number | null>(resolve => child.on('exit', resolve));
  clearInterval(timer);
  if (code !== 0 && code !== 1) throw new Error(`gutcheck ${args.join(' ')} exited ${code}`);
  return { seconds: (performance.now() - t0) / 1000, peakMb: round(peak, 0), samplesMb: samples };
}

async function rssBench(dir: string) {
  const gb = arg('--gb', 2);
  const pages = arg('--pages', 10_000);
  const file = join(dir, 'large.warc.gz');
  log(`writing a ${gb} GB WARC with ${pages} pages…`);
  const size = await writeWarc(file, pages, gb * 1024 ** 3, 7);
  log(`${file}: ${(size / 1024 ** 3).toFixed(2)} GB; auditing with --format ndjson…`);
  const run = await measure(['audit', '--quiet', '--format', 'ndjson', '--out', join(dir, 'large.ndjson'), file]);
  const lines = readFileSync(join(dir, 'large.ndjson'), 'utf8').split('\n').filter(Boolean).length;
  rmSync(file);
  // RSS at each tenth of the run: flat memory shows as a flat series.
  const tenth = (i: number) =>
    run.samplesMb[Math.min(run.samplesMb.length - 1, Math.floor((i * run.samplesMb.length) / 10))];
  const result = {
    warcGb: round(size / 1024 ** 3),
    pages,
    ndjsonLines: lines,
    seconds: round(run.seconds, 1),
    pagesPerSecond: round(pages / run.seconds),
    peakRssMb: run.peakMb,
    rssByTenthMb: Array.from({ length: 10 }, (_, i) => tenth(i + 1)),
  };
  log(`peak RSS ${result.peakRssMb} MB over ${result.seconds} s (${result.pagesPerSecond} pages/s)`);
  return result;
}

async function queueBench(dir: string) {
  const total = arg('--queue-pages', 1200);
  const files = 8;
  const warcs: string[] = [];
  for (let f = 0; f < files; f++) {
    const file = join(dir, `q-${f}.warc.gz`);
    await writeWarc(file, Math.ceil(total / files), 0, 100 + f);
    warcs.push(file);
  }
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const redisDir = mkdtempSync(join(tmpdir(), 'gutcheck-bench-redis-'));
  const redis = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', redisDir],
    {
      stdio: 'ignore',
    },
  );
  await new Promise(r => setTimeout(r, 500));
  const url = `redis://127.0.0.1:${port}`;
  const runs: { workers: number; seconds: number; pagesPerSecond: number }[] = [];
  try {
    for (const workers of [1, 2, 4]) {
      const queue = `bench-${workers}-${Date.now()}`;
      const common = ['--redis', url, '--queue', queue];
      const add = spawnSync(process.execPath, [BIN, 'queue', 'add', ...common, '--chunk', '50', ...warcs], {
        encoding: 'utf8',
      });
      if (add.status !== 0) throw new Error(add.stderr);
      const out = join(dir, `results-${workers}`);
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: workers }, () => {
          const w = spawn(
            process.execPath,
            [BIN, 'queue', 'work', ...common, '--out', out, '--jobs', '1', '--quiet', '--exit-when-empty'],
            {
              stdio: 'ignore',
            },
          );
          return new Promise(resolve => w.on('exit', resolve));
        }),
      );
      const seconds = (performance.now() - t0) / 1000;
      const pages = Math.ceil(total / files) * files;
      runs.push({ workers, seconds: round(seconds, 1), pagesPerSecond: round(pages / seconds) });
      log(`${workers} worker(s): ${round(seconds, 1)} s, ${round(pages / seconds)} pages/s`);
    }
  } finally {
    redis.kill();
    rmSync(redisDir, { recursive: true, force: true });
  }
  return { pages: Math.ceil(total / files) * files, warcFiles: files, threadsPerWorker: 1, runs };
}

const dir = mkdtempSync(join(tmpdir(), 'gutcheck-bench-crawl-'));
try {
  const result = {
    cpus: availableParallelism(),
    loadAverageAtStart: round(loadavg()[0]!),
    largeWarc: process.argv.includes('--skip-rss') ? null : await rssBench(dir),
    queue: process.argv.includes('--skip-queue') ? null : await queueBench(dir),
    loadAverageAtEnd: round(loadavg()[0]!),
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
