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
  /** Time budget per page, in seconds (0: none). */
  pageTimeout: number;
  /** `--shard I/N`: audit only inputs I, I+N, I+2N… (1-based). */
  shard?: Shard;
}

export interface Shard {
  index: number;
  count: number;
}

export const QUEUE_ACTIONS = ['add', 'work', 'status', 'collect'] as const;

/** `gutcheck queue …`: one set of options, each action reads the ones it needs. */
export interface QueueOptions {
  action: (typeof QUEUE_ACTIONS)[number];
  /** add: inputs; collect: the results folder. */
  paths: string[];
  redis: string;
  queue: string;
  /** work: the results folder; collect: the report file. */
  out?: string;
  chunk: number;
  attempts: number;
  jobs: number;
  pageTimeout: number;
  /** work: seconds a job's lock lasts without renewal before another worker may take the job. */
  lease: number;
  exitWhenEmpty: boolean;
  watch: boolean;
  quiet: boolean;
  article: boolean;
  format?: Format;
  minLevel?: EvidenceLevel;
}

export type ParseOutcome =
  { kind: 'audit'; options: AuditOptions } | { kind: 'queue'; options: QueueOptions } | { kind: 'exit'; code: number };

export interface ProgramInfo {
  name: string;
  version: string;
  write: { out: (s: string) => void; err: (s: string) => void };
}

/** Seconds a page may take before it is named in `errors` and the run goes on. */
export const DEFAULT_PAGE_TIMEOUT = 30;

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
    .argument(
      '<paths...>',
      '.html/.htm/.txt pages, .warc/.warc.gz crawls, folders of them (searched recursively), or - for standard input',
    )
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
      new Option('-j, --jobs <n>', 'worker threads, at most one per CPU core')
        .argParser(parseWhole)
        .default(cores, `CPU cores, here ${cores}`),
    )
    .addOption(
      new Option(
        '--page-timeout <seconds>',
        'time limit per page; a page that runs over is named in errors, 0 for none',
      )
        .argParser(parseSeconds)
        .default(DEFAULT_PAGE_TIMEOUT),
    )
    .addOption(
      new Option(
        '--shard <i/n>',
        'audit only every Nth input, starting at the Ith (1/4, 2/4…), to split a run',
      ).argParser(parseShard),
    )
    .option('--article', 'audit only the main article of HTML pages (Mozilla Readability)')
    .option('-q, --quiet', 'no progress bar and no per-file messages on stderr (failures stay in the report)')
    .addHelpText(
      'after',
      `
HTML is parsed and its readable text audited: scripts, styles, code, form
fields, editable and hidden elements are skipped, and block elements end a
line. Text files are audited verbatim (UTF-8, or UTF-16 with a byte-order
mark), so claim offsets (start, end) index the file exactly as decoded; for
HTML they index the extracted text. Standard input is HTML when it starts
with <!doctype html>, <html>, <head> or <body>, a WARC stream when it starts
with "WARC/" or a gzip header, else text.

WARC files (.warc, .warc.gz; WARC/1.0 and 1.1): every response record with an
HTML or text content type is audited as a page, decoded by its charset, and
reported with its WARC-Target-URI as the source and its record id, date and
offset under "warc". Other responses, and truncated or malformed records, are
listed under "errors" with the same details; the rest of the file is still
audited. --format ndjson and csv are written as each page finishes, so memory
stays flat on a crawl of any size.

Exit status: 0 all inputs audited; 1 some inputs failed (each is named on
stderr and listed under "errors"), or the report could not be written; 2 bad
usage, or --out names an input. An input fails when it is missing, not a
regular file, empty, binary, over 50 MB or not UTF-8/UTF-16, when a folder
cannot be read or holds no pages, when an HTML page has no readable text
left, or when a page takes longer than --page-timeout.
`,
    )
    .action((paths: string[], opts: Omit<AuditOptions, 'paths' | 'quiet' | 'article'> & Partial<AuditOptions>) => {
      options = { ...opts, paths, quiet: opts.quiet ?? false, article: opts.article ?? false };
      // More threads than cores only adds memory and switching (64 threads on 2 cores ran 45× slower).
      if (options.jobs > cores) {
        info.write.err(`gutcheck: --jobs ${options.jobs} is more than the ${cores} CPU cores here; using ${cores}\n`);
        options.jobs = cores;
      }
    });

  let queueOptions: QueueOptions | undefined;
  addQueueCommands(program, cores, opts => (queueOptions = opts));

  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return { kind: 'exit', code: e.exitCode === 0 ? 0 : 2 };
    throw e;
  }
  // `gutcheck` with no command: commander has already printed help to stderr.
  if (queueOptions) return { kind: 'queue', options: queueOptions };
  return options ? { kind: 'audit', options } : { kind: 'exit', code: 2 };
}

function parseWhole(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || !Number.isSafeInteger(n)) {
    throw new InvalidArgumentError('expected a whole number, 1 or more.');
  }
  return n;
}

function parseSeconds(value: string): number {
  const n = Number(value);
  if (!/^\d+(?:\.\d+)?$/.test(value) || !Number.isFinite(n))
    throw new InvalidArgumentError('expected seconds, e.g. 30 or 0.5.');
  return n;
}

export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new InvalidArgumentError('expected I/N with 1 ≤ I ≤ N, e.g. 1/4.');
  }
  return { index, count };
}

const DEFAULT_REDIS = 'redis://127.0.0.1:6379';

function addQueueCommands(program: Command, cores: number, done: (options: QueueOptions) => void): void {
  const queue = program
    .command('queue')
    .description('Spread an audit over machines: a Redis queue (BullMQ) of jobs, workers anywhere, one merged report.');
  const common = (cmd: Command) =>
    cmd
      .option('--redis <url>', 'Redis URL (default: $GUTCHECK_REDIS, else ' + DEFAULT_REDIS + ')')
      .option('--queue <name>', 'queue name, so several runs can share one Redis', 'gutcheck');
  const finish =
    (action: QueueOptions['action']) =>
    (...args: unknown[]) => {
      const cmd = args[args.length - 1] as Command;
      const opts = cmd.opts<Partial<QueueOptions> & { redis?: string; queue: string }>();
      const paths = (args[0] as string[] | string | undefined) ?? [];
      let jobs = opts.jobs ?? cores;
      if (jobs > cores) {
        program
          .configureOutput()
          .writeErr?.(`gutcheck: --jobs ${jobs} is more than the ${cores} CPU cores here; using ${cores}\n`);
        jobs = cores;
      }
      done({
        action,
        paths: Array.isArray(paths) ? paths : [paths],
        // collect reads Redis only when asked to; the others always need it.
        redis: action === 'collect' ? (opts.redis ?? '') : (opts.redis ?? process.env.GUTCHECK_REDIS ?? DEFAULT_REDIS),
        queue: opts.queue,
        out: opts.out,
        chunk: opts.chunk ?? 200,
        attempts: opts.attempts ?? 3,
        jobs,
        pageTimeout: opts.pageTimeout ?? DEFAULT_PAGE_TIMEOUT,
        lease: opts.lease ?? 30,
        exitWhenEmpty: opts.exitWhenEmpty ?? false,
        watch: opts.watch ?? false,
        quiet: opts.quiet ?? false,
        article: opts.article ?? false,
        format: opts.format,
        minLevel: opts.minLevel,
      });
    };

  common(queue.command('add').description('queue inputs: one job per WARC file, or per chunk of pages'))
    .argument('<paths...>', 'pages, WARC files, or folders of them')
    .addOption(new Option('--chunk <n>', 'pages per job').argParser(parseWhole).default(200))
    .addOption(new Option('--attempts <n>', 'tries per job before it fails for good').argParser(parseWhole).default(3))
    .option('--article', 'audit only the main article of HTML pages')
    .action(finish('add'));

  common(queue.command('work').description('run a worker: pull jobs, write one NDJSON result file per job to DIR'))
    .requiredOption('-o, --out <dir>', 'folder for the result files (shared by all workers, or collected later)')
    .addOption(
      new Option('-j, --jobs <n>', 'worker threads').argParser(parseWhole).default(cores, `CPU cores, here ${cores}`),
    )
    .addOption(
      new Option('--page-timeout <seconds>', 'time limit per page')
        .argParser(parseSeconds)
        .default(DEFAULT_PAGE_TIMEOUT),
    )
    .addOption(
      new Option('--lease <seconds>', "a job's lock; a worker silent this long is taken for dead and its job retried")
        .argParser(parseSeconds)
        .default(30),
    )
    .addOption(
      new Option('--attempts <n>', 'worker deaths a job may cause before it fails for good')
        .argParser(parseWhole)
        .default(3),
    )
    .option('--exit-when-empty', 'stop once no job is waiting or running (for batch schedulers)')
    .option('-q, --quiet', 'no per-job messages on stderr')
    .action(finish('work'));

  common(queue.command('status').description('jobs done, active, failed and left'))
    .option('--watch', 'keep updating until no job is left')
    .action(finish('status'));

  queue
    .command('collect')
    .description('merge the result files of DIR into one report')
    .argument('<dir>', 'the folder the workers wrote to')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS))
    .option('-o, --out <file>', 'write the report to FILE (format from its extension)')
    .addOption(new Option('--min-level <level>', 'list only claims at LEVEL or weaker').choices(LEVELS))
    .option('--redis <url>', 'also list the inputs of jobs that failed for good, and warn if jobs are unfinished')
    .option('--queue <name>', 'queue name', 'gutcheck')
    .action(finish('collect'));
}
