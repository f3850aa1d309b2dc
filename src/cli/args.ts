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

  program
    .command('audit')
    .description(
      'Audit .html/.htm/.txt files, folders of them (searched recursively) or standard input (-).\n' +
        'HTML is parsed and its readable text taken (scripts, code, form fields and hidden\n' +
        'elements are skipped); .txt is taken verbatim, so claim offsets index the file as read.',
    )
    .argument(
      '<paths...>',
      'files, folders, or - for standard input (HTML if it starts with <!doctype html> or <html>)',
    )
    .addOption(
      new Option('-f, --format <format>', 'output format (default: table on a terminal, else json)').choices(FORMATS),
    )
    .option('-o, --out <file>', 'write the report to FILE; its extension (.json .ndjson .csv .md) sets the format')
    .addOption(
      new Option(
        '--min-level <level>',
        'list only claims whose evidence is LEVEL or weaker, on the scale ' +
          `${LEVELS.join(' > ')}; claims with no database match are left out (summaries still count every claim)`,
      ).choices(LEVELS),
    )
    .option('-j, --jobs <n>', 'worker threads (default: number of CPU cores)', parseJobs, availableParallelism())
    .option('--article', 'audit only the main article of HTML pages (Mozilla Readability)', false)
    .option('-q, --quiet', 'no progress bar and no per-file messages on stderr (failures stay in the report)', false)
    .addHelpText(
      'after',
      '\nExit status: 0 all inputs audited, 1 some inputs failed (listed under "errors"), 2 bad usage.\n' +
        'An input fails when it is missing, empty, binary, over 50 MB, not UTF-8, or HTML with no readable text.\n',
    )
    .action((paths: string[], opts: Omit<AuditOptions, 'paths'>) => {
      options = { paths, ...opts };
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
