/**
 * A progress bar on stderr for long audits. Only on a terminal: piped or
 * redirected stderr gets no bar (it would fill logs with redraws).
 */
import { Presets, SingleBar } from 'cli-progress';

/** Below this many pages an audit is over before a bar is worth drawing. */
const MIN_PAGES = 10;

export interface Progress {
  tick(): void;
  stop(): void;
}

const NONE: Progress = { tick: () => {}, stop: () => {} };

/** A bar counting `total` pages, or a no-op when it should not be shown. */
export function startProgress(total: number, stderr: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled || total < MIN_PAGES || !stderr.isTTY) return NONE;
  const bar = new SingleBar(
    {
      stream: stderr,
      format: 'auditing [{bar}] {value}/{total} pages, {eta_formatted} left',
      clearOnComplete: true,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}
