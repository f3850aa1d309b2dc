/**
 * A progress bar on stderr for long audits. Only on a terminal: piped or
 * redirected stderr gets no bar (it would fill logs with redraws). Messages
 * go through `log`, so they print above the bar instead of through it.
 */
import { MultiBar, Presets } from 'cli-progress';

/** Below this many pages an audit is over before a bar is worth drawing. */
const MIN_PAGES = 10;

export interface Progress {
  tick(): void;
  /** Writes a line (newline included) to stderr without breaking the bar. */
  log(line: string): void;
  stop(): void;
}

/** A bar counting `total` pages, or plain stderr lines when no bar should be shown. */
export function startProgress(total: number, stderr: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled || total < MIN_PAGES || !stderr.isTTY) {
    return { tick: () => {}, log: line => stderr.write(line), stop: () => {} };
  }
  const bars = new MultiBar(
    {
      stream: stderr,
      format: 'auditing [{bar}] {value}/{total} pages, {eta_formatted} left',
      clearOnComplete: true,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  const bar = bars.create(total, 0);
  bars.update(); // draw now, as a single bar would, not on the first timer tick
  return { tick: () => bar.increment(), log: line => bars.log(line), stop: () => bars.stop() };
}
