/**
 * `gutcheck audit`: expand the paths, audit every page (in order, on worker
 * threads) and write the report as pages finish. Returns the exit code.
 */
import { stat } from 'node:fs/promises';

import type { AuditOptions, Shard } from './args';
import { loadIndex } from './claims';
import { expandInputs, type InputItem } from './inputs';
import { OutputError, type CliIo, type Tool } from './io';
import { openReport, pickFormat } from './output';
import { auditStream, type Slot } from './pool';
import { startProgress } from './progress';
import { InputError, readStdin } from './read-page';
import { stripControls } from './terminal';
import { isWarcStart, warcSlots } from './warc-read';

/** Audits `options.paths` and writes the report; resolves to the exit code. */
export async function runAudit(options: AuditOptions, io: CliIo, tool: Tool): Promise<number> {
  const say = (line: string) => io.stderr.write(`gutcheck: ${stripControls(line)}\n`);
  const items = shardOf(await expandInputs(options.paths), options.shard);
  if (options.out) {
    const clash = await inputAt(options.out, items);
    if (clash) {
      say(`--out ${options.out} is also an input (${clash.source}); refusing to overwrite it`);
      return 2;
    }
  }

  const format = pickFormat(options.format, options.out, io.stdout);
  let failures = 0;
  try {
    const report = await openReport({
      format,
      out: options.out,
      io,
      tool,
      database: await loadIndex(),
      minLevel: options.minLevel,
    });
    const pages = items.filter(i => i.kind === 'file').length;
    // A bar only when the total is known: a WARC file's page count is not, until it is read.
    const known = items.every(i => i.kind !== 'warc' && i.kind !== 'stdin');
    const progress = startProgress(known ? pages : 0, io.stderr, !options.quiet);
    const results = auditStream(slotsOf(items, io), {
      jobs: options.jobs,
      article: options.article,
      pageTimeoutMs: options.pageTimeout * 1000,
      onDone: progress.tick,
    });
    for await (const result of results) {
      if (!result.ok) {
        failures++;
        if (!options.quiet)
          progress.log(`gutcheck: ${stripControls(`${result.error.source}: ${result.error.message}`)}\n`);
      }
      await report.add(result);
    }
    progress.stop();
    await report.finish();
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    if (e.quiet) return failures ? 1 : 0;
    say(`cannot write ${options.out ?? 'the report to standard output'}: ${e.message}`);
    return 1;
  }
  return failures ? 1 : 0;
}

/** `--shard I/N`: inputs I, I+N, I+2N… after expansion (1-based), so N runs split any input list. */
export function shardOf<T>(items: readonly T[], shard: Shard | undefined): T[] {
  if (!shard) return [...items];
  return items.filter((_, i) => i % shard.count === shard.index - 1);
}

/** The pages to audit, in input order: files as paths, standard input and WARC files record by record. */
export async function* slotsOf(items: readonly InputItem[], io: CliIo): AsyncGenerator<Slot> {
  for (const item of items) {
    switch (item.kind) {
      case 'error':
        yield { ok: false, error: { source: item.source, message: item.message } };
        break;
      case 'file':
        yield { source: item.source, path: item.path };
        break;
      case 'warc':
        yield* warcSlots(item.source, item.path);
        break;
      case 'stdin':
        yield* stdinSlots(io.stdin);
        break;
    }
  }
}

/** Standard input: a WARC stream (it starts with `WARC/` or a gzip header), else one page. */
async function* stdinSlots(stdin: NodeJS.ReadableStream): AsyncGenerator<Slot> {
  const { head, stream } = await peek(stdin);
  if (isWarcStart(head)) {
    yield* warcSlots('-', stream);
    return;
  }
  try {
    yield { source: '-', bytes: await readStdin(stream) };
  } catch (e) {
    const message = e instanceof InputError ? e.message : `cannot read: ${e instanceof Error ? e.message : String(e)}`;
    yield { ok: false, error: { source: '-', message } };
  }
}

/** The first bytes of a stream, and the whole stream again (those bytes included). */
async function peek(input: NodeJS.ReadableStream): Promise<{ head: Uint8Array; stream: AsyncIterable<Uint8Array> }> {
  const iterator = (input as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done ? new Uint8Array() : Buffer.from(first.value);
  async function* all() {
    if (head.length) yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield Buffer.from(next.value);
  }
  return { head, stream: all() };
}

/** The input that --out would overwrite, if any: the same file, however it is named (links included). */
async function inputAt(out: string, items: readonly InputItem[]): Promise<InputItem | undefined> {
  const target = await stat(out).catch(() => null);
  // A file that does not exist yet cannot be an input.
  if (!target) return undefined;
  for (const item of items) {
    if (item.kind !== 'file' && item.kind !== 'warc') continue;
    const info = await stat(item.path).catch(() => null);
    if (info && info.dev === target.dev && info.ino === target.ino) return item;
  }
  return undefined;
}
