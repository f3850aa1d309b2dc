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

function auditInWorkers(tasks: readonly PageTask[], jobs: number, options: PoolOptions): Promise<PageResult[]> {
  const results = new Array<PageResult>(tasks.length);
  const workers = new Set<Worker>();
  const inFlight = new Map<Worker, number>();
  const replied = new Set<Worker>();
  // Pages whose worker died before it ever replied (it failed to start): not their fault, so they go again.
  const retry: number[] = [];
  let next = 0;
  let done = 0;
  return new Promise(resolve => {
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      // Normally a no-op; after worker crashes it audits what they left.
      resolve(auditInProcess(tasks, results, options));
    };
    const record = (index: number, result: PageResult) => {
      results[index] = result;
      options.onDone?.();
      if (++done === tasks.length) settle();
    };
    const feed = (worker: Worker) => {
      const index = retry.pop() ?? (next < tasks.length ? next++ : undefined);
      const task = index === undefined ? undefined : tasks[index];
      if (index === undefined || !task) return;
      inFlight.set(worker, index);
      const request: WorkerRequest = { index, task };
      worker.postMessage(request);
    };
    for (let w = 0; w < jobs; w++) {
      const worker = spawnWorker({ article: options.article });
      workers.add(worker);
      worker.on('message', ({ index, result }: WorkerReply) => {
        inFlight.delete(worker);
        replied.add(worker);
        feed(worker);
        record(index, result);
      });
      // A worker that dies mid-audit (out of memory, say) fails its current
      // page; when none are left, the main thread audits whatever remains.
      let failure = 'exited';
      worker.on('error', err => (failure = err.message));
      worker.on('exit', () => {
        workers.delete(worker);
        if (settled) return;
        const index = inFlight.get(worker);
        inFlight.delete(worker);
        const source = index === undefined ? undefined : tasks[index]?.source;
        if (index !== undefined && source !== undefined && replied.has(worker)) {
          record(index, { ok: false, error: { source, message: `internal error: worker failed: ${failure}` } });
        } else if (index !== undefined) {
          retry.push(index);
          const idle = [...workers].find(w => !inFlight.has(w));
          if (idle) feed(idle);
        }
        if (!workers.size) settle();
      });
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
