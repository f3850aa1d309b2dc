/** Moving between claims with next/previous: wraps at both ends; from nowhere, starts at the first or last. */
export function stepIndex(length: number, at: number, delta: 1 | -1): number {
  if (at < 0) return delta > 0 ? 0 : length - 1;
  return (at + delta + length) % length;
}
