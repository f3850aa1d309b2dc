/** Prints the compiled database to stdout as a JSON array (a stable contract: other tools read it). */
import { DbError } from '../src/db/compile';
import { compileFromDisk } from '../src/db/load-files';

try {
  const { index } = compileFromDisk();
  process.stdout.write(`${JSON.stringify(index.claims, null, 2)}\n`);
} catch (e) {
  if (e instanceof DbError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
