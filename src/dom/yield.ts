/**
 * Gives the main thread back to the page for a moment. `scheduler.yield()`
 * resumes us ahead of other queued tasks of the same priority (so a long
 * scan is not starved), where it exists; a zero timeout elsewhere.
 */
interface YieldingScheduler {
  yield(): Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise(resolve => setTimeout(resolve, 0));
}
