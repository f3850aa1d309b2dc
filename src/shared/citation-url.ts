/**
 * Which citation links we ship and render: https: only, and http: only for
 * the hosts named here (sources that serve no https). The database schema
 * (claims-db/schema.ts) refuses anything else, and every renderer goes
 * through `citationUrl` (src/report/citations.ts), which checks again, so a
 * `javascript:` or `data:` URL never becomes a link even if one got in.
 */
export const HTTP_CITATION_HOSTS: readonly string[] = [
  // Singapore Medical Journal's archive (2010 issues) is served over http only; the review cited
  // there (Gerez et al. 2010, "Diagnostic tests for food allergy") has no DOI we could confirm.
  'smj.org.sg',
];

/** The WHATWG URL parser (Node, browsers); typed here because src/engine's tsconfig has no DOM or Node types. */
const WhatwgUrl = (globalThis as unknown as { URL: new (url: string) => { protocol: string; hostname: string } }).URL;

/** Is `url` a link we may ship and render? */
export function isSafeCitationUrl(url: string, httpHosts: readonly string[] = HTTP_CITATION_HOSTS): boolean {
  let parsed: { protocol: string; hostname: string };
  try {
    parsed = new WhatwgUrl(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && httpHosts.includes(parsed.hostname);
}
