/**
 * What a queued job is: a slice of the inputs (one WARC file, or a chunk of
 * pages) with its place in the whole run, so merged results come out in the
 * same order as a single-process audit. Plain data, shared by `add`, `work`
 * and `collect`.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

import type { InputItem } from '../inputs';

/** One input of a job; paths are absolute so a worker on another machine (same mount) finds them. */
export type JobInput =
  { kind: 'file' | 'warc'; source: string; path: string } | { kind: 'error'; source: string; message: string };

export interface JobData {
  /** Position of the job in the run (a Redis counter), so results merge in input order. */
  index: number;
  inputs: JobInput[];
  article: boolean;
}

/** Pages per job when a folder of saved pages is queued (a WARC file is always one job). */
export const DEFAULT_CHUNK = 200;

/** Inputs grouped into jobs, in order: each WARC file alone, runs of pages (and failed inputs) in chunks. */
export function planJobs(items: readonly InputItem[], chunk: number): JobInput[][] {
  const jobs: JobInput[][] = [];
  let pages: JobInput[] = [];
  const flush = () => {
    if (pages.length) jobs.push(pages);
    pages = [];
  };
  for (const item of items) {
    if (item.kind === 'stdin') throw new Error('standard input cannot be queued');
    if (item.kind === 'warc') {
      flush();
      jobs.push([{ kind: 'warc', source: item.source, path: resolve(item.path) }]);
      continue;
    }
    pages.push(item.kind === 'error' ? item : { kind: 'file', source: item.source, path: resolve(item.path) });
    if (pages.length >= chunk) flush();
  }
  flush();
  return jobs;
}

/** A job id from its content: adding the same inputs twice queues them once. */
export function jobId(inputs: readonly JobInput[], article: boolean): string {
  return createHash('sha256').update(JSON.stringify({ inputs, article })).digest('hex').slice(0, 24);
}

/** The result file of a job: sorting the names sorts the jobs into input order. */
export function resultName(index: number, id: string): string {
  return `${String(index).padStart(10, '0')}-${id}.ndjson`;
}
