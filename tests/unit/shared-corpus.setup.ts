/** Vitest global setup: says once per run when corpus tests skip (tests/shared-corpus.ts). */
import { HAVE_CORPUS, SKIP_LINE } from '../shared-corpus';

export default function setup(): void {
  if (!HAVE_CORPUS) console.log(SKIP_LINE);
}
