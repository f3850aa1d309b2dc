/**
 * Entry point of the `gutcheck` command (`npm run audit -- …` and
 * bin/gutcheck.mjs). Sets the exit code; a stack trace only ever means a bug.
 */
import { runCli } from './run';

// Write failures are reported where the write is awaited (io.ts writeText),
// in one line; this listener only keeps Node from also throwing them here.
// `gutcheck audit … | head` (EPIPE) is the reader leaving early: not worth a word.
process.stdout.on('error', () => {});

try {
  process.exitCode = await runCli(process.argv.slice(2), process);
} catch (e) {
  process.stderr.write(`gutcheck: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
}
