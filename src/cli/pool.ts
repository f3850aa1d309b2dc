/**
 * Audits pages in input order, on worker threads when `jobs > 1`. Each worker
 * takes the next page when it is free (pages vary a lot in size); results are
 * stored by index, so output order never depends on timing.
 */
import { Worker } from 'node:worker_threads';

import { auditPage, type PageOptions, type PageResult, type PageTask } from './audit-page';
import type { WorkerReply, WorkerRequest } from './worker';

export interface PoolOptions extends PageOptions {
  jobs: number;
  /** Called once per finished page (any order), for the progress bar. */
  onDone?: () => void;
}

/** Results for `tasks`, same order. */
export async function auditAll(tasks: readonly PageTask[], options: PoolOptions): Promise<PageResult[]> {
  // Never more threads than pages; a lone page is audited right here.
  const jobs = Math.min(options.jobs, tasks.length);
  if (jobs <= 1) return auditInProcess(tasks, [], options);
  return auditInWorkers(tasks, jobs, options);
}

/** Audits, in this thread, every task that has no result yet. */
async function auditInProcess(
  tasks: readonly PageTask[],
  results: PageResult[],
  options: PoolOptions,
): Promise<PageResult[]> {
  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i];
    if (results[i] || !task) continue;
    results[i] = await auditPage(task, { article: options.article });
    options.onDone?.();
  }
  return results;
}

/**
 * Pages queued per worker. Pages take milliseconds, so a worker that had to
 * wait for the main thread after each one would idle for a scheduling round
 * trip every page (badly so on a busy machine); with one page queued behind
 * the current one it never waits.
 */
const QUEUE_DEPTH = 2;

function auditInWorkers(tasks: readonly PageTask[], jobs: number, options: PoolOptions): Promise<PageResult[]> {
  const results = new Array<PageResult>(tasks.length);
  const workers = new Set<Worker>();
  const inFlight = new Map<Worker, Set<number>>();
  const replied = new Set<Worker>();
  const retry: number[] = [];
  const retried = new Set<number>();
  let next = 0;
  let done = 0;
  return new Promise(resolve => {
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      // Normally a no-op; when every worker has died it audits what they left.
      resolve(auditInProcess(tasks, results, options));
    };
    const record = (index: number, result: PageResult) => {
      results[index] = result;
      options.onDone?.();
      if (++done === tasks.length) settle();
    };
    const feed = (worker: Worker) => {
      const queue = inFlight.get(worker)!;
      while (queue.size < QUEUE_DEPTH) {
        const index = retry.pop() ?? (next < tasks.length ? next++ : undefined);
        const task = index === undefined ? undefined : tasks[index];
        if (index === undefined || !task) return;
        queue.add(index);
        const request: WorkerRequest = { index, task };
        worker.postMessage(request);
      }
    };
    // A worker that dies before its first reply failed to start: its pages go
    // to another worker (or, with none left, to this thread). One that dies
    // mid-audit (out of memory, say) may have been killed by one of its pages:
    // each gets one more try, and fails if it kills a second worker.
    const onExit = (worker: Worker, failure: string) => {
      workers.delete(worker);
      if (settled) return;
      for (const index of inFlight.get(worker) ?? []) {
        const source = tasks[index]?.source ?? '';
        if (!replied.has(worker)) retry.push(index);
        else if (retried.has(index)) {
          record(index, {
            ok: false,
            error: { source, message: `internal error: the worker thread auditing this page stopped (${failure})` },
          });
        } else {
          retried.add(index);
          retry.push(index);
        }
      }
      inFlight.delete(worker);
      for (const w of workers) feed(w);
      if (!workers.size) settle();
    };
    for (let w = 0; w < jobs; w++) {
      const worker = spawnWorker({ article: options.article });
      workers.add(worker);
      inFlight.set(worker, new Set());
      worker.on('message', ({ index, result }: WorkerReply) => {
        inFlight.get(worker)?.delete(index);
        replied.add(worker);
        feed(worker);
        record(index, result);
      });
      let failure = 'it exited';
      worker.on('error', err => (failure = err.message));
      worker.on('exit', () => onExit(worker, failure));
      feed(worker);
    }
  });
}

// Workers do not inherit the TypeScript loader the main thread runs under
// (tsx CLI or bin/gutcheck.mjs's register()), so each one registers tsx
// itself before importing worker.ts. execArgv is emptied so the tsx CLI's
// own --import is not applied on top.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then(tsx => { tsx.register(); return import(workerData.entry); });
`;

function spawnWorker(options: PageOptions): Worker {
  const self = import.meta.url;
  const entry = new URL(self.endsWith('.ts') ? './worker.ts' : './worker.js', self).href;
  return new Worker(BOOTSTRAP, { eval: true, execArgv: [], workerData: { tsx: resolveTsx(), entry, options } });
}

function resolveTsx(): string {
  return import.meta.resolve('tsx/esm/api');
}
