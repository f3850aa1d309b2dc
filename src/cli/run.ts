/**
 * The command line: parse, then load the auditing code (engine, database,
 * compromise) only when there is something to audit, so --help, --version
 * and usage errors answer at once.
 */
import { readFileSync } from 'node:fs';

import { parseArgs } from './args';
import type { CliIo, Tool } from './io';

export type { CliIo, Tool } from './io';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const TOOL: Tool = { name: 'gutcheck', version: pkg.version };

/** Runs the command line `argv` (without node and script); resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, { ...TOOL, write: { out: s => io.stdout.write(s), err: s => io.stderr.write(s) } });
  if (parsed.kind === 'exit') return parsed.code;
  if (parsed.kind === 'queue') {
    const { runQueue } = await import('./queue/queue');
    return runQueue(parsed.options, io, TOOL);
  }
  const { runAudit } = await import('./audit');
  return runAudit(parsed.options, io, TOOL);
}
