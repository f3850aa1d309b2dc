/** Turning what the reader types into a site pattern the settings understand (pure). */

const HOST = /^(\*\.)?([a-z0-9-]+\.)*[a-z0-9-]+$/;

/**
 * `Example.com`, `https://www.example.com/page` and `*.example.com` are
 * accepted (URLs are reduced to their host); anything else is undefined.
 */
export function normalizePattern(input: string): string | undefined {
  let value = input.trim().toLowerCase();
  if (!value) return undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(value)) {
    try {
      value = new URL(value).hostname;
    } catch {
      return undefined;
    }
  }
  value = value.replace(/\/.*$/, '').replace(/\.$/, '');
  return HOST.test(value) ? value : undefined;
}

/** The list with `pattern` added once. */
export function addPattern(sites: readonly string[], pattern: string): string[] {
  return sites.includes(pattern) ? [...sites] : [...sites, pattern];
}
