/**
 * A readable message from anything thrown. The messenger can rethrow plain
 * (even prototype-less) objects for errors it could not revive, and
 * `String()` of those throws.
 */
export function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  const message = (err as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : 'Unknown error';
}
