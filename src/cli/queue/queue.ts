/**
 * `gutcheck queue add|work|status|collect`: the audit spread over machines
 * through Redis and BullMQ. `add` turns inputs into jobs (one per WARC file,
 * or per chunk of pages); `work` runs on any machine, pulls jobs and writes
 * each job's NDJSON to DIR atomically (a temporary file renamed into place),
 * named by the job's position and id, so a retried job replaces its own file
 * and never adds a second one; `status` counts; `collect` merges the files
 * into one report, documents keyed by WARC record id (or source) so none
 * appears twice. A worker killed mid-job loses its lock; BullMQ's stalled-job
 * check hands the job to another worker. A job that keeps failing (or keeps
 * killing its worker) fails with its reason after a bounded number of tries.
 */
import { constants, createReadStream } from 'node:fs';
import { access, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';

import { documentBuilder, formatNdjsonLine, type ReportDocument, type ReportError } from '../../report';
import type { QueueOptions } from '../args';
import { slotsOf } from '../audit';
import { loadIndex } from '../claims';
import { describeFsError, expandInputs, type InputItem } from '../inputs';
import { OutputError, writeText, type CliIo, type Tool } from '../io';
import { openReport, pickFormat } from '../output';
import { auditStream, ThreadPool } from '../pool';
import { stripControls } from '../terminal';
import { jobId, planJobs, resultName, type JobData } from './jobs';

export async function runQueue(options: QueueOptions, io: CliIo, tool: Tool): Promise<number> {
  switch (options.action) {
    case 'add':
      return add(options, io);
    case 'work':
      return work(options, io);
    case 'status':
      return status(options, io);
    case 'collect':
      return collect(options, io, tool);
  }
}

function connect(url: string): Redis {
  // BullMQ's workers block on Redis: their connection must retry forever, not fail a command.
  return new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false });
}

const counterKey = (queue: string) => `gutcheck:${queue}:next-index`;

async function add(options: QueueOptions, io: CliIo): Promise<number> {
  const items = await expandInputs(options.paths);
  if (items.some(i => i.kind === 'stdin')) {
    io.stderr.write('gutcheck: standard input cannot be queued: save it to a file first\n');
    return 2;
  }
  const plan = planJobs(items, options.chunk);
  const redis = connect(options.redis);
  const queue = new Queue<JobData>(options.queue, { connection: redis });
  try {
    // Positions come from one counter, so jobs added by several `add` runs still merge in the order added.
    const last = await redis.incrby(counterKey(options.queue), plan.length);
    const first = last - plan.length;
    const jobs = plan.map((inputs, i) => ({
      name: 'audit',
      data: { index: first + i, inputs, article: options.article },
      opts: {
        jobId: jobId(inputs, options.article),
        attempts: options.attempts,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: false,
        removeOnFail: false,
      },
    }));
    await queue.addBulk(jobs);
    const pages = items.filter(i => i.kind === 'file').length;
    const warcs = items.filter(i => i.kind === 'warc').length;
    io.stderr.write(
      `gutcheck: queued ${plan.length} job(s) on "${options.queue}": ${warcs} WARC file(s), ${pages} page(s)` +
        `${items.length - pages - warcs ? `, ${items.length - pages - warcs} input(s) that failed (kept as errors)` : ''}\n`,
    );
    return 0;
  } finally {
    await queue.close();
    redis.disconnect();
  }
}

async function work(options: QueueOptions, io: CliIo): Promise<number> {
  const out = options.out!;
  await mkdir(out, { recursive: true });
  const database = await loadIndex();
  const build = documentBuilder(database);
  const say = (line: string) => {
    if (!options.quiet) io.stderr.write(`gutcheck: ${stripControls(line)}\n`);
  };
  const me = `${hostname()}:${process.pid}`;
  // One set of threads for the worker's life: loading the engine per job would cost seconds a job.
  const pools = new Map<boolean, ThreadPool>();
  const poolFor = (article: boolean, pageTimeoutMs: number) => {
    let pool = pools.get(article);
    if (!pool) pools.set(article, (pool = new ThreadPool({ jobs: options.jobs, article, pageTimeoutMs })));
    return pool;
  };

  const processor = async (job: Job<JobData>) => {
    const { index, inputs, article } = job.data;
    say(`${me} started job ${job.id} (#${index}, try ${job.attemptsMade + 1})`);
    // An input that was there when queued but cannot be opened here is this
    // machine's problem (a missing mount, say): fail the try, so the job is
    // retried (perhaps elsewhere) and fails for good, with this reason, after --attempts.
    for (const input of inputs) {
      if (input.kind === 'error') continue;
      await access(input.path, constants.R_OK).catch((e: NodeJS.ErrnoException) => {
        throw new Error(`${input.source}: ${describeFsError(e)}`);
      });
    }
    const final = join(out, resultName(index, job.id!));
    const temp = `${final}.tmp-${process.pid}-${job.attemptsMade}`;
    const handle = await open(temp, 'w');
    let documents = 0;
    let errors = 0;
    try {
      const stream = handle.createWriteStream();
      const items: InputItem[] = inputs.map(i => (i.kind === 'error' ? i : { ...i }));
      const poolOptions = { jobs: options.jobs, article, pageTimeoutMs: options.pageTimeout * 1000 };
      const results = auditStream(slotsOf(items, io), poolOptions, poolFor(article, poolOptions.pageTimeoutMs));
      for await (const result of results) {
        if (result.ok) documents++;
        else errors++;
        await writeText(stream, formatNdjsonLine(result.ok ? build(result.document) : result.error));
      }
      await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
      await handle.sync().catch(() => {});
      // Atomic: the result file is whole or absent; a retry of this job replaces it.
      await rename(temp, final);
    } catch (e) {
      await rm(temp, { force: true });
      throw e;
    } finally {
      await handle.close().catch(() => {});
    }
    say(`${me} finished job ${job.id}: ${documents} document(s), ${errors} error(s)`);
    return { documents, errors, file: final };
  };

  const connection = connect(options.redis);
  const worker = new Worker<JobData>(options.queue, processor, {
    connection,
    concurrency: 1,
    lockDuration: options.lease * 1000,
    stalledInterval: options.lease * 1000,
    // A job whose worker died this many times fails: it may be what kills them.
    maxStalledCount: Math.max(1, options.attempts - 1),
    autorun: false,
  });
  worker.on('failed', (job, err) => {
    if (!job) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1);
    say(`job ${job.id} ${final ? 'failed for good' : 'failed, will be retried'}: ${err.message}`);
  });
  worker.on('error', err => say(`worker: ${err.message}`));

  const stop = async () => {
    await worker.close();
    for (const pool of pools.values()) pool.close();
    connection.disconnect();
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());

  let idleCheck: NodeJS.Timeout | undefined;
  if (options.exitWhenEmpty) {
    // For batch schedulers (a Kubernetes Job, a Slurm array): leave once nothing is waiting or running.
    const queue = new Queue(options.queue, { connection });
    idleCheck = setInterval(async () => {
      const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
      if (Object.values(c).every(n => n === 0)) {
        clearInterval(idleCheck);
        await queue.close();
        await stop();
      }
    }, 1000);
  }
  say(`${me} working on "${options.queue}", results in ${out}`);
  await worker.run();
  clearInterval(idleCheck);
  for (const pool of pools.values()) pool.close();
  return 0;
}

async function status(options: QueueOptions, io: CliIo): Promise<number> {
  const connection = connect(options.redis);
  const queue = new Queue(options.queue, { connection });
  try {
    const tty = io.stdout.isTTY === true;
    for (;;) {
      const c = await queue.getJobCounts('completed', 'active', 'failed', 'waiting', 'delayed', 'prioritized');
      const left = c.waiting! + c.delayed! + c.prioritized!;
      const done = c.completed!;
      const total = done + c.active! + c.failed! + left;
      const line = `done ${done} · active ${c.active} · failed ${c.failed} · left ${left} (of ${total} jobs)`;
      if (tty) {
        const width = 30;
        const filled = total ? Math.round((width * (done + c.failed!)) / total) : width;
        await writeText(io.stdout, `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${line}\u001b[K`);
      } else {
        await writeText(io.stdout, `${line}\n`);
      }
      if (!options.watch || (left === 0 && c.active === 0)) break;
      await new Promise(resolve => setTimeout(resolve, 1000));
    }
    if (tty) await writeText(io.stdout, '\n');
    return 0;
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

async function collect(options: QueueOptions, io: CliIo, tool: Tool): Promise<number> {
  const dir = options.paths[0]!;
  const names = (
    await readdir(dir).catch((e: NodeJS.ErrnoException) => {
      throw new OutputError(`cannot read ${dir}: ${e.code ?? e.message}`);
    })
  )
    .filter(n => n.endsWith('.ndjson'))
    .sort();
  const format = pickFormat(options.format, options.out, io.stdout);
  const report = await openReport({
    format,
    out: options.out,
    io,
    tool,
    database: await loadIndex(),
    minLevel: options.minLevel,
  });
  // Keyed by WARC record id (else by source): a document in two files is kept once.
  const seen = new Set<string>();
  let failures = 0;
  for (const name of names) {
    const lines = createInterface({ input: createReadStream(join(dir, name)), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const item = JSON.parse(line) as ReportDocument | ReportError;
      const key =
        'claims' in item
          ? `d ${item.warc?.recordId ?? item.source}`
          : `e ${item.warc?.recordId ?? ''} ${item.source} ${item.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if ('claims' in item) await report.add({ ok: true, document: item });
      else {
        failures++;
        await report.add({ ok: false, error: item });
      }
    }
  }
  if (options.redis) {
    // Jobs that failed for good wrote no results: their inputs are errors of the run.
    const connection = connect(options.redis);
    const queue = new Queue<JobData>(options.queue, { connection });
    try {
      for (const job of await queue.getFailed()) {
        for (const input of job.data.inputs) {
          failures++;
          await report.add({
            ok: false,
            error: {
              source: input.source,
              message: `job ${job.id} failed after ${job.attemptsMade} tries: ${job.failedReason}`,
            },
          });
        }
      }
      const c = await queue.getJobCounts('active', 'waiting', 'delayed');
      const pending = c.active! + c.waiting! + c.delayed!;
      if (pending) io.stderr.write(`gutcheck: ${pending} job(s) are not finished yet: this report is partial\n`);
    } finally {
      await queue.close();
      connection.disconnect();
    }
  }
  await report.finish();
  return failures ? 1 : 0;
}
