/**
 * Command line of `gutcheck`: options, validation and help. Parsing never
 * exits the process itself: it returns what to do, so main.ts owns exit codes
 * (0 ok, 1 some inputs failed, 2 bad usage) and tests can call it directly.
 */
import { availableParallelism } from 'node:os';

import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';

import type { EvidenceLevel } from '../engine/types';
import { LEVELS } from '../report';

export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'md'] as const;
export type Format = (typeof FORMATS)[number];

export interface AuditOptions {
  paths: string[];
  /** Undefined: pick from --out's extension, else table on a terminal, json otherwise. */
  format?: Format;
  out?: string;
  minLevel?: EvidenceLevel;
  jobs: number;
  quiet: boolean;
  article: boolean;
}

export type ParseOutcome = { kind: 'audit'; options: AuditOptions } | { kind: 'exit'; code: number };

export interface ProgramInfo {
  name: string;
  version: string;
  write: { out: (s: string) => void; err: (s: string) => void };
}

const MAX_JOBS = 256;

/** Parses `argv` (without node and script), e.g. `['audit', '--format', 'csv', 'page.html']`. */
export function parseArgs(argv: readonly string[], info: ProgramInfo): ParseOutcome {
  let options: AuditOptions | undefined;
  const program = new Command(info.name)
    .description('Find gut-health claims in saved pages and grade the evidence behind each one.')
    .version(info.version, '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'show help')
    .configureOutput({ writeOut: info.write.out, writeErr: info.write.err })
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  const cores = availableParallelism();
  program
    .command('audit')
    .description('Find gut-health claims in pages and grade the evidence behind each.')
    .argument('<paths...>', '.html/.htm/.txt files, folders of them (searched recursively), or - for standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format (default: table on a terminal, else json)').choices(FORMATS),
    )
    .option(
      '-o, --out <file>',
      'write the report to FILE; its extension (.ndjson .csv .md .txt) sets the format, else json',
    )
    .addOption(
      new Option(
        '--min-level <level>',
        'list only claims whose evidence is LEVEL or weaker, on the scale ' +
          `${LEVELS.join(' > ')}; claims with no database match are left out (summaries still count every claim)`,
      ).choices(LEVELS),
    )
    .addOption(
      new Option('-j, --jobs <n>', 'worker threads').argParser(parseJobs).default(cores, `CPU cores, here ${cores}`),
    )
    .option('--article', 'audit only the main article of HTML pages (Mozilla Readability)')
    .option('-q, --quiet', 'no progress bar and no per-file messages on stderr (failures stay in the report)')
    .addHelpText(
      'after',
      `
HTML is parsed and its readable text audited: scripts, styles, code, form
fields, editable and hidden elements are skipped, and block elements end a
line. Text files are audited verbatim, so claim offsets (start, end) index the
file exactly as read; for HTML they index the extracted text. Standard input
is HTML when it starts with <!doctype html>, <html>, <head> or <body>.

Exit status: 0 all inputs audited; 1 some inputs failed (each is named on
stderr and listed under "errors"); 2 bad usage. An input fails when it is
missing, empty, binary, over 50 MB or not UTF-8, when a folder holds no
pages, or when an HTML page has no readable text left.
`,
    )
    .action((paths: string[], opts: Omit<AuditOptions, 'paths' | 'quiet' | 'article'> & Partial<AuditOptions>) => {
      options = { ...opts, paths, quiet: opts.quiet ?? false, article: opts.article ?? false };
    });

  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return { kind: 'exit', code: e.exitCode === 0 ? 0 : 2 };
    throw e;
  }
  // `gutcheck` with no command: commander has already printed help to stderr.
  return options ? { kind: 'audit', options } : { kind: 'exit', code: 2 };
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_JOBS) {
    throw new InvalidArgumentError(`expected a whole number from 1 to ${MAX_JOBS}.`);
  }
  return n;
}
