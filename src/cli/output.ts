/**
 * Where the report goes, one finished page at a time. NDJSON and CSV are
 * written as each page is done (a crawl never has to fit in memory); JSON,
 * Markdown and the table need the whole report and are written at the end.
 * Anything bound for a terminal loses its control characters (page text is
 * untrusted). Every write failure is an OutputError, shown in one line.
 */
import { open } from 'node:fs/promises';
import { extname } from 'node:path';

import type { ClaimsIndex, EvidenceLevel } from '../engine/types';
import {
  buildReport,
  documentBuilder,
  formatCsv,
  formatJson,
  formatMarkdown,
  formatNdjsonLine,
  type AuditReport,
  type DocumentInput,
  type ReportError,
} from '../report';
import type { Format } from './args';
import type { PageResult } from './audit-page';
import { formatTable } from './format-table';
import { OutputError, writeText, type CliIo, type Tool } from './io';
import { filterClaims, filterDocument } from './min-level';
import { forTerminal } from './terminal';

export interface ReportWriter {
  /** One finished page (or failed input), in input order. */
  add(result: PageResult): Promise<void>;
  /** Writes what is left (the whole report, for formats that need it) and closes the file. */
  finish(): Promise<void>;
}

export interface WriterOptions {
  format: Format;
  out?: string;
  io: CliIo;
  tool: Tool;
  database: ClaimsIndex;
  minLevel?: EvidenceLevel;
}

const FORMAT_BY_EXTENSION: Record<string, Format> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.csv': 'csv',
  '.md': 'md',
  '.txt': 'table',
};

/** A file gets the format its extension names, else JSON; a terminal gets the table, a pipe JSON. */
export function pickFormat(format: Format | undefined, out: string | undefined, stdout: { isTTY?: boolean }): Format {
  if (format) return format;
  if (out) return FORMAT_BY_EXTENSION[extname(out).toLowerCase()] ?? 'json';
  return stdout.isTTY ? 'table' : 'json';
}

/** Opens the destination first, so an unwritable --out fails before any auditing. */
export async function openReport(options: WriterOptions): Promise<ReportWriter> {
  const { format, out, io, tool, database, minLevel } = options;
  let stream: NodeJS.WritableStream = io.stdout;
  let close = async () => {};
  if (out) {
    const handle = await open(out, 'w').catch((e: NodeJS.ErrnoException) => {
      throw new OutputError(e.code === 'ENOENT' ? 'no such folder' : e.code === 'EISDIR' ? 'is a folder' : e.message);
    });
    const file = handle.createWriteStream();
    stream = file;
    close = () =>
      new Promise((resolve, reject) =>
        file.end((e?: Error | null) => (e ? reject(new OutputError(e.message)) : resolve())),
      );
  }
  const tty = !out && io.stdout.isTTY === true;
  const write = (text: string) => writeText(stream, tty && format !== 'table' ? forTerminal(text) : text);
  const header = { tool: { ...tool }, database: { version: database.version, claims: database.claims.length } };
  const build = documentBuilder(database);

  if (format === 'ndjson' || format === 'csv') {
    const csvHeader = formatCsv({ ...header, documents: [], errors: [] });
    let started = false;
    return {
      async add(result) {
        if (format === 'csv' && !started) await write(csvHeader);
        started = true;
        if (!result.ok) {
          if (format === 'ndjson') await write(formatNdjsonLine(result.error));
          return;
        }
        const doc = filterDocument(build(result.document), minLevel);
        if (format === 'ndjson') await write(formatNdjsonLine(doc));
        else await write(formatCsv({ ...header, documents: [doc], errors: [] }).slice(csvHeader.length));
      },
      async finish() {
        if (format === 'csv' && !started) await write(csvHeader);
        await close();
      },
    };
  }

  const documents: DocumentInput[] = [];
  const errors: ReportError[] = [];
  return {
    async add(result) {
      if (result.ok) documents.push(result.document);
      else errors.push(result.error);
    },
    async finish() {
      const report = filterClaims(buildReport({ tool, database, documents, errors }), minLevel);
      await write(render(report, format, { width: io.stdout.columns || 100, color: tty && !process.env.NO_COLOR }));
      await close();
    },
  };
}

function render(report: AuditReport, format: Format, table: { width: number; color: boolean }): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'md':
      return formatMarkdown(report);
    case 'table':
      return formatTable(report, table);
    case 'ndjson':
    case 'csv':
      throw new Error(`${format} is streamed, not rendered whole`);
  }
}
