/**
 * Does the CLI's cost grow with the text and no faster? Times `gutcheck
 * audit` (a subprocess, as a user runs it; --jobs 1, no page time limit) on
 * unpunctuated gut-health text of 10 kB, 100 kB, 1 MB and 5 MB, generated
 * like the repro of issue 15 (seeded words from one small vocabulary, one
 * line, no full stop), and prints wall time, peak RSS and the cost per kB
 * between sizes: a flat per-kB figure is linear growth. Then a 200 MB file
 * through the CLI, for its peak memory (the CLI reads at most 50 MB a page,
 * so this shows how it refuses one, not an analysis).
 *
 *   npm run bench:linear [-- --sizes 10,100,1000,5000 --timeout 900 --no-large]
 *
 * Peak RSS is GNU time's maximum resident set size of the process (worker
 * threads included). Start-up (tsx, engine and database load) is timed on
 * an empty file and shown apart; the slope uses the differences between
 * sizes, so start-up cancels out.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { seededRandom } from '../seeded-random';
import { unpunctuatedWords } from './generate';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/gutcheck.mjs');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000,5000' },
    timeout: { type: 'string', default: '900' },
    'no-large': { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
  },
});

/** Writes `bytes` of unpunctuated words on one line (in 1 MB pieces, so 200 MB never sits in memory). */
function writeText(path: string, bytes: number, seed: number): void {
  const random = seededRandom(seed);
  const fd = openSync(path, 'w');
  let written = 0;
  try {
    while (written < bytes) {
      const text = `${unpunctuatedWords(Math.min(1 << 20, bytes - written), random)} `;
      writeSync(fd, text);
      written += Buffer.byteLength(text);
    }
    writeSync(fd, '\n');
  } finally {
    closeSync(fd);
  }
}

interface Run {
  kb: number;
  seconds: number | null;
  peakMb: number;
  exit: number | null;
  note: string;
}

function audit(path: string, kb: number, timeoutS: number): Run {
  const started = process.hrtime.bigint();
  const r = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      'PEAK_KB=%M',
      process.execPath,
      BIN,
      'audit',
      path,
      '--format',
      'json',
      '--jobs',
      '1',
      '--page-timeout',
      '0',
    ],
    { encoding: 'utf8', timeout: timeoutS * 1000, maxBuffer: 256 << 20, killSignal: 'SIGKILL' },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = /PEAK_KB=(\d+)/.exec(r.stderr ?? '');
  const timedOut = r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
  const lastError = (r.stderr ?? '')
    .split('\n')
    .filter(l => l.trim() && !l.startsWith('PEAK_KB='))
    .at(-1);
  return {
    kb,
    seconds: timedOut ? null : seconds,
    peakMb: peak ? Number(peak[1]) / 1024 : NaN,
    exit: r.status,
    note: timedOut ? `stopped after ${timeoutS} s` : r.status === 0 ? '' : (lastError ?? `exit ${r.status}`),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'gutcheck-bench-linear-'));
const log = (s: string) => process.stderr.write(`bench linear: ${s}\n`);
try {
  const timeoutS = Number(values.timeout);
  const seed = Number(values.seed);
  const empty = join(dir, 'empty.txt');
  writeText(empty, 0, seed);
  const startup = audit(empty, 0, timeoutS);
  log(`start-up ${startup.seconds?.toFixed(2)} s, ${startup.peakMb.toFixed(0)} MB`);

  const runs: Run[] = [];
  for (const kb of values.sizes.split(',').map(Number)) {
    const path = join(dir, `gut-${kb}k.txt`);
    writeText(path, kb * 1000, seed);
    log(`${kb} kB…`);
    const run = audit(path, kb, timeoutS);
    runs.push(run);
    rmSync(path);
    if (run.seconds == null) break;
  }

  const fmt = (n: number | null, d = 2) => (n == null || Number.isNaN(n) ? '—' : n.toFixed(d));
  console.log(`\nUnpunctuated gut text through \`gutcheck audit --jobs 1\` (load average ${loadavg()[0]!.toFixed(1)})`);
  console.log(`start-up (empty file): ${fmt(startup.seconds)} s, peak RSS ${fmt(startup.peakMb, 0)} MB\n`);
  console.log('| size | wall s | minus start-up s | ms per kB | ms per kB since previous size | peak RSS MB | note |');
  console.log('|---:|---:|---:|---:|---:|---:|---|');
  let prev: Run | undefined;
  for (const r of runs) {
    const net = r.seconds == null || startup.seconds == null ? null : r.seconds - startup.seconds;
    const perKb = net == null ? null : (net * 1000) / r.kb;
    const slope =
      prev && r.seconds != null && prev.seconds != null ? ((r.seconds - prev.seconds) * 1000) / (r.kb - prev.kb) : null;
    const size = r.kb >= 1000 ? `${r.kb / 1000} MB` : `${r.kb} kB`;
    console.log(
      `| ${size} | ${fmt(r.seconds)} | ${fmt(net)} | ${fmt(perKb)} | ${fmt(slope)} | ${fmt(r.peakMb, 0)} | ${r.note} |`,
    );
    prev = r;
  }

  if (!values['no-large']) {
    const path = join(dir, 'gut-200MB.txt');
    log('writing 200 MB…');
    writeText(path, 200_000_000, seed);
    const big = audit(path, 200_000, timeoutS);
    rmSync(path);
    console.log(
      `\n200 MB file: ${fmt(big.seconds)} s, peak RSS ${fmt(big.peakMb, 0)} MB, exit ${big.exit}${big.note ? ` (${big.note})` : ''}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
