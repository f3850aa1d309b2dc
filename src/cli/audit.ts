/**
 * `gutcheck audit`: expand the paths, audit every page (in order, on worker
 * threads when asked), build the report and write it. Returns the exit code.
 */
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';

import { buildReport, formatCsv, formatJson, formatMarkdown, formatNdjson, type AuditReport } from '../report';
import type { AuditOptions, Format } from './args';
import type { PageResult, PageTask } from './audit-page';
import { loadIndex } from './claims';
import { formatTable } from './format-table';
import { expandInputs } from './inputs';
import type { CliIo, Tool } from './io';
import { filterClaims } from './min-level';
import { auditAll } from './pool';
import { startProgress } from './progress';
import { InputError, readStdin } from './read-page';

/** Audits `options.paths` and writes the report; resolves to the exit code. */
export async function runAudit(options: AuditOptions, io: CliIo, tool: Tool): Promise<number> {
  const say = (source: string, message: string) => {
    if (!options.quiet) io.stderr.write(`gutcheck: ${source}: ${message}\n`);
  };

  const report = await audit(options, io, tool);
  for (const e of report.errors) say(e.source, e.message);

  // A file gets the format its extension names, else JSON; a terminal gets the table.
  const format = options.format ?? (options.out ? formatFromName(options.out) : io.stdout.isTTY ? 'table' : 'json');
  const text = render(filterClaims(report, options.minLevel), format, {
    width: io.stdout.columns || 100,
    color: !options.out && io.stdout.isTTY === true && !process.env.NO_COLOR,
  });
  if (options.out) {
    try {
      await writeFile(options.out, text);
    } catch (e) {
      io.stderr.write(`gutcheck: cannot write ${options.out}: ${(e as Error).message}\n`);
      return 1;
    }
  } else {
    await new Promise<void>(resolve => io.stdout.write(text, () => resolve()));
  }
  return report.errors.length ? 1 : 0;
}

async function audit(options: AuditOptions, io: CliIo, tool: Tool): Promise<AuditReport> {
  const items = await expandInputs(options.paths);
  let stdin: Promise<Uint8Array> | undefined;
  // Slots keep argument order for documents and errors alike.
  const slots: (PageResult | PageTask)[] = [];
  for (const item of items) {
    if (item.kind === 'error') {
      slots.push({ ok: false, error: { source: item.source, message: item.message } });
    } else if (item.kind === 'file') {
      slots.push({ source: item.source, path: item.path });
    } else {
      stdin ??= readStdin(io.stdin);
      const bytes = await stdin.catch((e: unknown) => e);
      if (bytes instanceof Uint8Array) slots.push({ source: '-', bytes });
      else slots.push({ ok: false, error: { source: '-', message: errorMessage(bytes) } });
    }
  }
  const tasks = slots.filter((s): s is PageTask => !('ok' in s));
  const progress = startProgress(tasks.length, io.stderr, !options.quiet);
  const results = await auditAll(tasks, { jobs: options.jobs, article: options.article, onDone: progress.tick });
  progress.stop();

  let t = 0;
  const ordered = slots.map(s => ('ok' in s ? s : results[t++]!));
  return buildReport({
    tool,
    database: await loadIndex(),
    documents: ordered.flatMap(r => (r.ok ? [r.document] : [])),
    errors: ordered.flatMap(r => (r.ok ? [] : [r.error])),
  });
}

function render(report: AuditReport, format: Format, table: { width: number; color: boolean }): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'ndjson':
      return formatNdjson(report);
    case 'csv':
      return formatCsv(report);
    case 'md':
      return formatMarkdown(report);
    case 'table':
      return formatTable(report, table);
  }
}

const FORMAT_BY_EXTENSION: Record<string, Format> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.csv': 'csv',
  '.md': 'md',
  '.txt': 'table',
};

function formatFromName(out: string): Format {
  return FORMAT_BY_EXTENSION[extname(out).toLowerCase()] ?? 'json';
}

function errorMessage(e: unknown): string {
  if (e instanceof InputError) return e.message;
  return `cannot read: ${e instanceof Error ? e.message : String(e)}`;
}
