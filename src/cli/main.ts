/**
 * Entry point of the `gutcheck` command (`npm run audit -- …` and
 * bin/gutcheck.mjs). Sets the exit code; a stack trace only ever means a bug.
 */
import { runCli } from './run';

// `gutcheck audit … | head`: the reader left early. Nothing more to tell it,
// and not a failure worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});

try {
  process.exitCode = await runCli(process.argv.slice(2), process);
} catch (e) {
  process.stderr.write(`gutcheck: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
}
