/**
 * Times our own main-thread work as `gutcheck:*` performance measures, so
 * benchmarks (scripts/bench-browser.ts) can add up exactly what the
 * extension cost a page. Marks and measures are not DOM changes.
 */
export function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(`gutcheck:${name}`, { start, end: performance.now() });
  }
}
