/**
 * Mechanical checks over every citation in the compiled claims database
 * (issue 11's citation audit, step 4). Finds what a script can find; whether
 * a source supports its entry still needs a reader.
 *
 *   npx tsx scripts/check-citations.ts [--max-uses 12] [--json]
 *
 * Reports:
 *   - a PMID or DOI cited under two different titles (or years);
 *   - one title cited with conflicting identifiers (two PMIDs, two DOIs), and
 *     titles cited with an identifier on some entries but without it on others;
 *   - URLs that are not https;
 *   - a source cited on more than `--max-uses` entries (each use needs a reader);
 *   - a `supports` line repeated word for word on entries that claim different things.
 * Exits 1 when there is a conflict, a non-https URL or a repeated `supports`
 * line; heavy reuse and missing identifiers are listed but do not fail.
 */
import { parseArgs } from 'node:util';

import { compileFromDisk } from '../src/db/load-files';
import type { ClaimEntry } from '../src/engine/types';

type Citation = ClaimEntry['citations'][number];
interface Use {
  entry: ClaimEntry;
  citation: Citation;
}

export interface Findings {
  identifierTitles: { id: string; titles: string[]; years: number[]; entries: string[] }[];
  titleConflicts: { title: string; field: 'pmid' | 'doi'; values: string[]; entries: string[] }[];
  titleMissing: { title: string; field: 'pmid' | 'doi'; value: string; without: string[] }[];
  insecureUrls: { url: string; entries: string[] }[];
  heavyReuse: { id: string; title: string; entries: string[] }[];
  repeatedSupports: { supports: string; entries: string[] }[];
}

const normTitle = (t: string) =>
  t
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const uniq = <T>(xs: Iterable<T>) => [...new Set(xs)];
const claimKey = (e: ClaimEntry) =>
  e.claim
    ? JSON.stringify([
        [...e.claim.subject].sort(),
        e.claim.relation,
        [...e.claim.object].sort(),
        e.claim.negated ?? false,
      ])
    : e.statement;

/** The identities of a citation: each identifier it carries. */
function identifiers(c: Citation): string[] {
  return [c.pmid && `PMID ${c.pmid}`, c.doi && `DOI ${c.doi.toLowerCase()}`, c.url && `URL ${c.url}`].filter(
    (x): x is string => Boolean(x),
  );
}

export function checkCitations(claims: readonly ClaimEntry[], maxUses = 12): Findings {
  const uses: Use[] = claims.flatMap(entry => entry.citations.map(citation => ({ entry, citation })));
  const group = <K>(key: (u: Use) => K[]) => {
    const m = new Map<K, Use[]>();
    for (const u of uses) for (const k of key(u)) m.set(k, [...(m.get(k) ?? []), u]);
    return m;
  };
  const ids = (us: Use[]) => uniq(us.map(u => u.entry.id)).sort();

  const byId = group(u => identifiers(u.citation).filter(i => !i.startsWith('URL')));
  const identifierTitles = [...byId]
    .map(([id, us]) => ({
      id,
      titles: uniq(us.map(u => u.citation.title)),
      years: uniq(us.map(u => u.citation.year)),
      entries: ids(us),
    }))
    .filter(g => uniq(g.titles.map(normTitle)).length > 1 || g.years.length > 1);

  const byTitle = group(u => [normTitle(u.citation.title)]);
  const titleConflicts: Findings['titleConflicts'] = [];
  const titleMissing: Findings['titleMissing'] = [];
  for (const [, us] of byTitle) {
    for (const field of ['pmid', 'doi'] as const) {
      const values = uniq(us.map(u => u.citation[field]?.toLowerCase()).filter((v): v is string => Boolean(v)));
      if (values.length > 1) {
        titleConflicts.push({ title: us[0]?.citation.title ?? '', field, values, entries: ids(us) });
      } else if (values.length === 1) {
        const without = us.filter(u => !u.citation[field]);
        if (without.length)
          titleMissing.push({
            title: us[0]?.citation.title ?? '',
            field,
            value: values[0] ?? '',
            without: ids(without),
          });
      }
    }
  }

  const insecureUrls = [
    ...group(u => (u.citation.url && !u.citation.url.startsWith('https://') ? [u.citation.url] : [])),
  ].map(([url, us]) => ({ url, entries: ids(us) }));

  // A source's identity for reuse counting: its PMID, else DOI, else URL, else title.
  const bySource = group(u => [identifiers(u.citation)[0] ?? normTitle(u.citation.title)]);
  const heavyReuse = [...bySource]
    .map(([id, us]) => ({ id, title: us[0]?.citation.title ?? '', entries: ids(us) }))
    .filter(g => g.entries.length > maxUses)
    .sort((a, b) => b.entries.length - a.entries.length);

  const bySupports = group(u => (u.citation.supports ? [u.citation.supports.trim()] : []));
  const repeatedSupports = [...bySupports]
    .filter(([, us]) => ids(us).length > 1 && uniq(us.map(u => claimKey(u.entry))).length > 1)
    .map(([supports, us]) => ({ supports, entries: ids(us) }));

  return { identifierTitles, titleConflicts, titleMissing, insecureUrls, heavyReuse, repeatedSupports };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { 'max-uses': { type: 'string', default: '12' }, json: { type: 'boolean', default: false } },
  });
  const { index } = compileFromDisk();
  const f = checkCitations(index.claims, Number(values['max-uses']));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(f, null, 2)}\n`);
  } else {
    const uses = index.claims.reduce((n, c) => n + c.citations.length, 0);
    console.log(`${uses} citations on ${index.claims.length} entries\n`);
    const section = (title: string, rows: string[]) => {
      console.log(`## ${title} (${rows.length})`);
      for (const r of rows) console.log(`- ${r}`);
      console.log('');
    };
    section(
      'identifier cited under different titles or years',
      f.identifierTitles.map(
        g => `${g.id}: ${g.titles.map(t => `"${t}"`).join(' / ')} ${g.years.join('/')} [${g.entries.join(', ')}]`,
      ),
    );
    section(
      'one title, conflicting identifiers',
      f.titleConflicts.map(g => `"${g.title}": ${g.field} ${g.values.join(' vs ')} [${g.entries.join(', ')}]`),
    );
    section(
      'one title, identifier missing on some entries',
      f.titleMissing.map(g => `"${g.title}": ${g.field} ${g.value} missing on [${g.without.join(', ')}]`),
    );
    section(
      'URL not https',
      f.insecureUrls.map(g => `${g.url} [${g.entries.join(', ')}]`),
    );
    section(
      `source on more than ${values['max-uses']} entries`,
      f.heavyReuse.map(g => `${g.id} "${g.title}": ${g.entries.length} entries [${g.entries.join(', ')}]`),
    );
    section(
      'supports line repeated on entries that claim different things',
      f.repeatedSupports.map(g => `"${g.supports}" [${g.entries.join(', ')}]`),
    );
    const failing =
      f.identifierTitles.length + f.titleConflicts.length + f.insecureUrls.length + f.repeatedSupports.length;
    process.exitCode = failing ? 1 : 0;
  }
}
