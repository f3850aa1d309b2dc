/**
 * WARC files (1.0 and 1.1, plain or gzipped record by record) → pages to
 * audit, one record at a time, so a crawl of any size streams through in
 * bounded memory. Records are parsed by warcio; gzip members are split here
 * (with pako, warcio's own inflater) because warcio stops silently at a
 * corrupt or truncated member, and a crawl must go on past a bad record and
 * name it. Every `response` (and `resource`) record with an HTML or text
 * content type becomes a page; any other response, and every truncated or
 * malformed record, is an error naming the file, offset, record id and why.
 * Requests, warcinfo, metadata and revisits are not pages and pass silently.
 */
import { createReadStream } from 'node:fs';

import pako from 'pako';
import { WARCParser, type WARCRecord } from 'warcio';

import type { WarcRef } from '../report';
import type { PageTask } from './audit-page';
import { charsetOf } from './decode';
import { describeFsError } from './inputs';
import type { Slot } from './pool';
import { MAX_BYTES, overLimit, type PageKind } from './read-page';

const GZIP_MAGIC = [0x1f, 0x8b, 0x08];
const WARC_START = 'WARC/';

/** Whether a stream starting with these bytes is a WARC file (plain, or gzipped). */
export function isWarcStart(head: Uint8Array): boolean {
  if (GZIP_MAGIC.every((b, i) => head[i] === b)) return true;
  return Buffer.from(head.subarray(0, WARC_START.length)).toString('latin1') === WARC_START;
}

/** The pages and bad records of one WARC file (`input`: a path, or a byte stream such as stdin). */
export async function* warcSlots(source: string, input: string | AsyncIterable<Uint8Array>): AsyncGenerator<Slot> {
  const bytes = typeof input === 'string' ? createReadStream(input, { highWaterMark: 1 << 20 }) : input;
  const reader = new ByteReader(bytes);
  let records = 0;
  try {
    const head = await reader.peek(GZIP_MAGIC.length);
    if (head.length === 0) {
      yield fail(source, 'empty file');
      return;
    }
    if (!isWarcStart(head)) {
      yield fail(source, 'not a WARC file (it starts with neither "WARC/" nor a gzip header)');
      return;
    }
    if (head[0] === GZIP_MAGIC[0]) {
      for await (const member of gzipMembers(reader)) {
        if ('problem' in member) {
          const ids = idsOf(member.data);
          const where = { file: source, offset: member.offset, ...ids };
          yield fail(ids.targetUri ?? `${source}#${member.offset}`, member.problem, where);
          continue;
        }
        records++;
        yield* recordsIn(source, member.data, member.offset);
      }
    } else {
      const count = { records: 0 };
      yield* recordsIn(source, reader, null, count);
      records = count.records;
    }
  } catch (e) {
    // The file itself failed (a read error): what was read so far stands.
    const err = e as NodeJS.ErrnoException;
    yield fail(source, err.code ? describeFsError(err) : `cannot read: ${err.message}`);
    return;
  }
  if (!records) yield fail(source, 'no WARC records in this file');
}

function fail(source: string, message: string, where?: Partial<WarcRef> & { file: string; offset: number }): Slot {
  const warc = where ? { warc: { recordId: null, targetUri: null, date: null, ...where } } : {};
  return { ok: false, error: { source, message, ...warc } };
}

/**
 * The records of an uncompressed WARC stream (`offset` null: warcio counts
 * offsets) or of one decompressed gzip member (`offset`: the member's).
 */
async function* recordsIn(
  source: string,
  input: ByteReader | Uint8Array,
  memberOffset: number | null,
  count = { records: 0 },
): AsyncGenerator<Slot> {
  const parser = new WARCParser(input instanceof Uint8Array ? [input] : input.rest());
  for (;;) {
    let record: WARCRecord | null;
    try {
      record = await parser.parse();
    } catch (e) {
      const offset = memberOffset ?? parser.offset;
      yield fail(
        `${source}#${offset}`,
        `malformed record (${(e as Error).message}); the rest of this ${memberOffset === null ? 'file' : 'member'} cannot be read`,
        { file: source, offset },
      );
      return;
    }
    if (!record) return;
    count.records++;
    const slot = await recordSlot(source, record, memberOffset ?? parser.offset);
    if (slot) yield slot;
  }
}

/** Record types that hold a page; the others (request, warcinfo, metadata, revisit, conversion) are skipped. */
const PAGE_TYPES = new Set(['response', 'resource']);

/** A page to audit, an error naming the record, or null for a record that is not a page. */
async function recordSlot(source: string, record: WARCRecord, offset: number): Promise<Slot | null> {
  const warc: WarcRef = {
    file: source,
    offset,
    recordId: record.warcHeader('WARC-Record-ID') ?? null,
    targetUri: record.warcTargetURI ?? null,
    date: record.warcDate ?? null,
  };
  const where = warc.targetUri ?? `${source}#${offset}`;
  const bad = (message: string): Slot => ({ ok: false, error: { source: where, message, warc } });

  const type = record.warcType;
  if (!type || !/^WARC\/1\.[01]$/.test(record.warcHeaders.protocol ?? '')) {
    return bad(`malformed record: no WARC/1.0 or WARC/1.1 header block here (${describeStart(record)})`);
  }
  if (!warc.recordId) return bad('malformed record: no WARC-Record-ID');
  if (!PAGE_TYPES.has(type)) return null;

  const http = record.httpHeaders;
  if (type === 'response' && !http) return bad('malformed record: a response with no HTTP status line and headers');
  const status = http ? Number(http.statusCode) : 200;
  const contentType = (http ? http.headers.get('Content-Type') : record.warcHeader('Content-Type')) ?? '';
  const kind = pageKindOf(contentType);
  if (!kind) return bad(`not HTML or text (${contentType.split(';')[0]?.trim() || 'no content type'}); not audited`);
  if (status < 200 || status > 299) return bad(`HTTP status ${http?.statusCode ?? '?'}; not audited`);
  if (record.warcContentLength > MAX_BYTES) return bad(`record ${overLimit(record.warcContentLength)}`);

  const raw = await record.readFully(false);
  // warcio's reader stops quietly at the end of the data: a short read is a truncated record.
  const left = (record.reader as unknown as { limit?: number }).limit ?? 0;
  if (left > 0) return bad(`truncated record: the file ends ${left.toLocaleString('en')} bytes before its end`);
  let body: Uint8Array;
  try {
    body = http ? await record.readFully(true) : raw;
  } catch (e) {
    return bad(
      `cannot decode the body (${http?.headers.get('Content-Encoding') ?? 'no content encoding'}): ${(e as Error).message}`,
    );
  }
  if (body.length > MAX_BYTES) return bad(`body ${overLimit(body.length)} once decoded`);
  const task: PageTask = { source: where, bytes: body, web: { kind, charset: charsetOf(contentType) }, warc };
  return task;
}

function pageKindOf(contentType: string): PageKind | null {
  const mime = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
  if (mime === 'text/plain') return 'txt';
  return null;
}

function describeStart(record: WARCRecord): string {
  const line = record.warcHeaders.protocol || record.warcHeaders.statusline || '';
  return line ? `it starts "${line.slice(0, 40)}"` : 'it is empty';
}

/** Record ids from the start of a damaged member, when its headers survived. */
function idsOf(data: Uint8Array | undefined): Pick<WarcRef, 'recordId' | 'targetUri' | 'date'> {
  const head = data ? Buffer.from(data.subarray(0, 4096)).toString('latin1') : '';
  const header = (name: string) => new RegExp(`^${name}:\\s*(.+?)\\s*$`, 'im').exec(head)?.[1] ?? null;
  return { recordId: header('WARC-Record-ID'), targetUri: header('WARC-Target-URI'), date: header('WARC-Date') };
}

type Member = { offset: number; data: Uint8Array } | { offset: number; problem: string; data?: Uint8Array };

/**
 * The gzip members of a .warc.gz, each inflated on its own (one record per
 * member, as the WARC standard recommends), with its offset. A corrupt
 * member is named and skipped: the next member is found by its gzip header.
 * A member that inflates to more than MAX_BYTES is still read to its end, so
 * the offsets after it stay right, but its data is dropped.
 */
async function* gzipMembers(reader: ByteReader): AsyncGenerator<Member> {
  for (;;) {
    const start = reader.offset;
    const head = await reader.peek(GZIP_MAGIC.length);
    if (!head.length) return;
    if (!GZIP_MAGIC.every((b, i) => head[i] === b)) {
      const skipped = await reader.skipTo(GZIP_MAGIC);
      yield {
        offset: start,
        problem: `malformed: ${skipped.toLocaleString('en')} bytes that are not a gzip member here; skipped`,
      };
      continue;
    }
    const inflator = new pako.Inflate();
    const out: Uint8Array[] = [];
    let size = 0;
    inflator.onData = (chunk: Uint8Array) => {
      size += chunk.length;
      if (size <= MAX_BYTES + 65_536) out.push(chunk);
    };
    // Raw bytes of this member so far: to look for the next member after it if
    // it is corrupt. Past a cap they are dropped, and the search starts where the damage was found.
    let seen: Uint8Array[] | null = [];
    let seenSize = 0;
    for (;;) {
      const chunk = await reader.take();
      if (!chunk) {
        yield { offset: start, problem: 'truncated record: the file ends inside this gzip member', data: concat(out) };
        return;
      }
      seenSize += chunk.length;
      if (seen && seenSize <= MAX_BYTES) seen.push(chunk);
      else seen = null;
      // Z_SYNC_FLUSH (2): hand out what is inflated at every chunk, so a truncated member still shows its headers.
      inflator.push(chunk, 2);
      const strm = (inflator as unknown as { strm: { avail_in: number; output?: Uint8Array; next_out: number } }).strm;
      if (inflator.err) {
        // pako drops what it inflated before the damage: keep it, for the record's id and URI.
        if (strm.output && strm.next_out) out.push(strm.output.slice(0, strm.next_out));
        // Resume at the first gzip header after this member's start.
        reader.unread(seen ? concat(seen).subarray(1) : chunk);
        await reader.skipTo(GZIP_MAGIC);
        const skipped = reader.offset - start;
        yield {
          offset: start,
          problem: `malformed gzip member (${inflator.msg || 'corrupt data'}); ${skipped.toLocaleString('en')} bytes skipped`,
          data: concat(out),
        };
        break;
      }
      if ((inflator as unknown as { ended: boolean }).ended) {
        const unused = strm.avail_in;
        if (unused) reader.unread(chunk.subarray(chunk.length - unused));
        if (size > MAX_BYTES + 65_536)
          yield { offset: start, problem: `record ${overLimit(size)} once inflated`, data: concat(out) };
        else yield { offset: start, data: concat(out) };
        break;
      }
    }
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

/**
 * A byte stream that can be peeked, pushed back and searched, with the
 * offset of the next byte it will hand out.
 */
class ByteReader {
  offset = 0;
  private readonly source: AsyncIterator<Uint8Array | string>;
  private saved: Uint8Array[] = [];

  constructor(input: AsyncIterable<Uint8Array | string>) {
    this.source = input[Symbol.asyncIterator]();
  }

  /** The next chunk, or null at the end. */
  async take(): Promise<Uint8Array | null> {
    const saved = this.saved.shift();
    if (saved) {
      this.offset += saved.length;
      return saved;
    }
    for (;;) {
      const next = await this.source.next();
      if (next.done) return null;
      const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      if (!chunk.length) continue;
      this.offset += chunk.length;
      return chunk;
    }
  }

  /** Hands `chunk` out again next (it was the end of what was taken). */
  unread(chunk: Uint8Array): void {
    if (!chunk.length) return;
    this.saved.unshift(chunk);
    this.offset -= chunk.length;
  }

  /** At least `n` bytes from here (fewer only at the end), without consuming them. */
  async peek(n: number): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    let size = 0;
    while (size < n) {
      const chunk = await this.take();
      if (!chunk) break;
      chunks.push(chunk);
      size += chunk.length;
    }
    for (let i = chunks.length - 1; i >= 0; i--) this.unread(chunks[i]!);
    return concat(chunks.length ? chunks : [new Uint8Array()]);
  }

  /** Skips to the next occurrence of `pattern` (or the end); returns how many bytes were skipped. */
  async skipTo(pattern: readonly number[]): Promise<number> {
    let skipped = 0;
    for (;;) {
      const window = await this.peek(pattern.length + 65_536);
      if (window.length < pattern.length) {
        skipped += window.length;
        await this.drop(window.length);
        return skipped;
      }
      const at = indexOf(window, pattern);
      if (at >= 0) {
        await this.drop(at);
        return skipped + at;
      }
      const n = window.length - pattern.length + 1;
      await this.drop(n);
      skipped += n;
    }
  }

  private async drop(n: number): Promise<void> {
    while (n > 0) {
      const chunk = await this.take();
      if (!chunk) return;
      if (chunk.length > n) this.unread(chunk.subarray(n));
      n -= Math.min(n, chunk.length);
    }
  }

  /** What is left, as an async iterable (for warcio, which counts offsets from here). */
  async *rest(): AsyncGenerator<Uint8Array> {
    for (let chunk = await this.take(); chunk; chunk = await this.take()) yield chunk;
  }
}

function indexOf(haystack: Uint8Array, needle: readonly number[]): number {
  const first = needle[0]!;
  for (
    let i = haystack.indexOf(first);
    i >= 0 && i <= haystack.length - needle.length;
    i = haystack.indexOf(first, i + 1)
  ) {
    if (needle.every((b, j) => haystack[i + j] === b)) return i;
  }
  return -1;
}
