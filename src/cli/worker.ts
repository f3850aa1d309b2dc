/**
 * Worker-thread entry: loads the engine once (on the first page) and audits
 * the pages the main thread sends, strictly one at a time and in order, so
 * the main thread knows which page is in progress (its time budget, and the
 * page to blame if the thread dies).
 */
import { parentPort, workerData } from 'node:worker_threads';

import { auditPage, type PageOptions, type PageResult, type PageTask } from './audit-page';
import { loadEngine } from './claims';

/** Main thread → worker: audit this page. */
export interface WorkerRequest {
  task: PageTask;
}

/** Worker → main thread: loaded and ready (so start-up never counts against a page's time budget), or the result of the oldest page not yet answered. */
export type WorkerReply = { ready: true } | { result: PageResult };

const options = (workerData as { options: PageOptions }).options;
// Load and warm the engine before the first page, then say so (linkedom stays lazy: text-only runs never need it).
let queue: Promise<void> = loadEngine().then(engine => {
  // One small analysis warms compromise's lazy set-up, which the first page would otherwise pay inside its budget.
  engine.analyze('Probiotics ease bloating.');
  const ready: WorkerReply = { ready: true };
  parentPort?.postMessage(ready);
});
parentPort?.on('message', ({ task }: WorkerRequest) => {
  queue = queue.then(async () => {
    const reply: WorkerReply = { result: await auditPage(task, options) };
    parentPort?.postMessage(reply);
  });
});
