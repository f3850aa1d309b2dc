/**
 * Worker-thread entry: loads the engine once (on the first page) and audits
 * the pages the main thread sends, one message each way per page.
 */
import { parentPort, workerData } from 'node:worker_threads';

import { auditPage, type PageOptions, type PageResult, type PageTask } from './audit-page';

/** Main thread → worker: audit this page. */
export interface WorkerRequest {
  index: number;
  task: PageTask;
}

/** Worker → main thread: the page's result, under the same index. */
export interface WorkerReply {
  index: number;
  result: PageResult;
}

const options = (workerData as { options: PageOptions }).options;
parentPort?.on('message', async ({ index, task }: WorkerRequest) => {
  const reply: WorkerReply = { index, result: await auditPage(task, options) };
  parentPort?.postMessage(reply);
});
