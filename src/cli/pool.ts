/**
 * Audits a stream of pages on worker threads and yields the results in input
 * order. Memory stays bounded whatever the input: at most WINDOW pages are
 * read ahead of the oldest unfinished one. Every page has a time budget: a
 * page that runs over is named and its thread replaced, and the run goes on
 * (the engine is synchronous, so only a thread can be stopped mid-page).
 */
import { Worker } from 'node:worker_threads';

import { auditPage, type PageOptions, type PageResult, type PageTask } from './audit-page';
import type { WorkerReply, WorkerRequest } from './worker';

export interface PoolOptions extends PageOptions {
  /** Worker threads. */
  jobs: number;
  /** Time budget per page in milliseconds; 0 for none. */
  pageTimeoutMs: number;
  /** Called once per finished page (any order), for the progress bar. */
  onDone?: () => void;
}

/** A page to audit, or an input that already failed (kept in place so order holds). */
export type Slot = PageTask | PageResult;

const isResult = (slot: Slot): slot is PageResult => 'ok' in slot;

/** Results for `slots`, in the same order, as each becomes due. */
export async function* auditStream(
  slots: AsyncIterable<Slot> | Iterable<Slot>,
  options: PoolOptions,
  /** Threads to reuse (a queue worker keeps its warm threads from job to job); closed here when not given. */
  shared?: ThreadPool,
) {
  const pool = shared ?? new ThreadPool(options);
  // Pages read ahead of the oldest unfinished one: enough to keep every thread busy.
  const window = Math.max(8, options.jobs * 4);
  const pending: Promise<PageResult>[] = [];
  try {
    for await (const slot of slots) {
      pending.push(isResult(slot) ? Promise.resolve(slot) : pool.run(slot));
      while (pending.length >= window) yield await pending.shift()!;
    }
    while (pending.length) yield await pending.shift()!;
  } finally {
    if (!shared) pool.close();
  }
}

/** Results for `tasks`, same order (for callers that hold every page anyway). */
export async function auditAll(tasks: readonly PageTask[], options: PoolOptions): Promise<PageResult[]> {
  const out: PageResult[] = [];
  for await (const result of auditStream(tasks, options)) out.push(result);
  return out;
}

interface Entry {
  task: PageTask;
  resolve: (result: PageResult) => void;
  /** Set when the page was in progress in a thread that died: it gets one more try. */
  retried?: boolean;
}

interface Thread {
  worker: Worker;
  /** Sent and not yet answered, in order: the first is in progress (worker.ts audits one at a time). */
  inFlight: Entry[];
  /** Engine loaded: page clocks run only from here on. */
  ready: boolean;
  replied: boolean;
  timer?: NodeJS.Timeout;
  failure: string;
}

/**
 * Pages queued per thread. Pages take milliseconds, so a thread that had to
 * wait for the main thread after each one would idle for a scheduling round
 * trip every page; with one page queued behind the current one it never waits.
 */
const QUEUE_DEPTH = 2;
/** Threads that may die before answering once, before the pool gives up on threads and audits here. */
const MAX_START_FAILURES = 3;

/** Worker threads with their engines loaded, fed one page at a time; see auditStream. */
export class ThreadPool {
  private readonly threads = new Set<Thread>();
  private readonly queue: Entry[] = [];
  private startFailures = 0;
  private everReplied = false;
  /** Threads could not start: every page is audited in this thread from now on. */
  private fallback = false;
  private draining = false;
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  run(task: PageTask): Promise<PageResult> {
    return new Promise(resolve => {
      this.queue.push({
        task,
        resolve: result => {
          this.options.onDone?.();
          resolve(result);
        },
      });
      this.feed();
    });
  }

  close(): void {
    this.closed = true;
    for (const t of this.threads) this.stop(t);
  }

  private feed(): void {
    if (this.fallback) {
      if (!this.draining) void this.auditHere();
      return;
    }
    for (const t of this.threads) this.fill(t);
    while (this.queue.length && this.threads.size < this.options.jobs) this.fill(this.spawn());
  }

  private fill(t: Thread): void {
    while (t.inFlight.length < QUEUE_DEPTH && this.queue.length) {
      const entry = this.queue.shift()!;
      t.inFlight.push(entry);
      const request: WorkerRequest = { task: entry.task };
      t.worker.postMessage(request);
      if (t.inFlight.length === 1) this.startClock(t);
    }
  }

  private spawn(): Thread {
    const worker = spawnWorker({ article: this.options.article });
    const t: Thread = { worker, inFlight: [], ready: false, replied: false, failure: 'it exited' };
    this.threads.add(t);
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        t.ready = t.replied = this.everReplied = true;
        this.startClock(t);
        return;
      }
      const { result } = reply;
      const entry = t.inFlight.shift();
      t.replied = this.everReplied = true;
      this.startClock(t);
      this.fill(t);
      entry?.resolve(result);
    });
    worker.on('error', err => (t.failure = err.message));
    worker.on('exit', () => this.onExit(t));
    return t;
  }

  /** The page at the head of a thread's queue starts now: its budget starts with it. */
  private startClock(t: Thread): void {
    clearTimeout(t.timer);
    const budget = this.options.pageTimeoutMs;
    if (!budget || !t.ready || !t.inFlight.length) return;
    t.timer = setTimeout(() => this.onTimeout(t), budget);
  }

  private onTimeout(t: Thread): void {
    const [late, ...waiting] = t.inFlight;
    t.inFlight = [];
    this.stop(t);
    this.queue.unshift(...waiting);
    late?.resolve(
      failed(
        late.task,
        `took longer than the ${this.options.pageTimeoutMs / 1000} s time limit per page (--page-timeout); not audited`,
      ),
    );
    this.feed();
  }

  // A thread that dies before its first reply failed to start: its pages go to
  // another (or, when threads keep failing to start, to this thread). One that
  // dies mid-page (out of memory, say) may have been killed by that page: it
  // gets one more try, and fails if it kills a second thread.
  private onExit(t: Thread): void {
    if (!this.threads.delete(t) || this.closed) return;
    clearTimeout(t.timer);
    const [current, ...waiting] = t.inFlight;
    this.queue.unshift(...waiting);
    if (current) {
      if (!t.replied) this.queue.unshift(current);
      else if (current.retried) {
        current.resolve(
          failed(current.task, `internal error: the worker thread auditing this page stopped (${t.failure})`),
        );
      } else {
        current.retried = true;
        this.queue.unshift(current);
      }
    }
    if (!t.replied && ++this.startFailures >= MAX_START_FAILURES && !this.everReplied) this.fallback = true;
    this.feed();
  }

  /** Last resort when threads cannot start: audit in this thread, without a time budget. */
  private async auditHere(): Promise<void> {
    this.draining = true;
    for (let entry = this.queue.shift(); entry; entry = this.queue.shift()) {
      entry.resolve(await auditPage(entry.task, { article: this.options.article }));
    }
    this.draining = false;
  }

  private stop(t: Thread): void {
    clearTimeout(t.timer);
    this.threads.delete(t);
    void t.worker.terminate();
  }
}

function failed(task: PageTask, message: string): PageResult {
  return { ok: false, error: { source: task.source, message, ...(task.warc ? { warc: task.warc } : {}) } };
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
