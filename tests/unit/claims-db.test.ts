/**
 * The claims database tested like code: every file compiles against the
 * schema, ids and statements are unique, identifiers are well formed, files
 * are in canonical layout, the catalogue is current, and every claim of the
 * seed article is covered at its gold level.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { topicTitles } from '../../scripts/build-catalogue';
import { EVIDENCE_SCALE_PATH } from '../../scripts/build-evidence-scale';
import { renderCatalogue } from '../../src/db/catalogue';
import { compileDb, DbError, firstInvalidUtf8, type CompileOptions } from '../../src/db/compile';
import { firstDifference, formatDbFile } from '../../src/db/format';
import { compileFromDisk, DB_DIR, dbVersion, readDbFiles } from '../../src/db/load-files';
import { TermTrie } from '../../src/engine/term-trie';
import { tokenize } from '../../src/engine/tokens';
import { isSafeCitationUrl } from '../../src/shared/citation-url';
import { EVIDENCE_LEVELS } from '../../src/shared/evidence-levels';

const files = readDbFiles();
const { index } = compileFromDisk();

describe('claims-db data', () => {
  it('compiles every entry of every file: unique ids and statements, only known concepts', () => {
    // Every `claims:` entry in the YAML reaches the index, none twice.
    const sourceIds = files
      .map(f => parse(f.text) as { claims?: { id: string }[] } | null)
      .flatMap(data => data?.claims?.map(c => c.id) ?? []);
    const ids = index.claims.map(c => c.id);
    expect(ids.length).toBeGreaterThan(0);
    expect([...ids].sort()).toEqual([...sourceIds].sort());
    expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
    const statements = index.claims.map(c => c.statement.toLowerCase());
    expect(new Set(statements).size, 'statements are unique').toBe(statements.length);
    const concepts = new Set(index.concepts.map(c => c.id));
    for (const c of index.claims) {
      const used = [...c.claim.subject, ...c.claim.object, ...(c.claim.population ?? [])];
      expect(
        used.filter(id => !concepts.has(id)),
        `${c.id}: unknown concepts`,
      ).toEqual([]);
    }
  });

  it('holds at least 150 entries covering all five evidence levels', () => {
    expect(index.claims.length).toBeGreaterThanOrEqual(150);
    for (const level of EVIDENCE_LEVELS) {
      expect(index.claims.filter(c => c.evidence === level).length, `level ${level}`).toBeGreaterThan(0);
    }
  });

  it('uses only the five evidence keys of the evidence scale', () => {
    const scale = readFileSync(EVIDENCE_SCALE_PATH, 'utf8');
    for (const level of EVIDENCE_LEVELS) expect(scale, `evidence-scale.md names ${level}`).toContain(`\`${level}\``);
    for (const c of index.claims) {
      expect(EVIDENCE_LEVELS, `${c.id}: evidence`).toContain(c.evidence);
      if (c.negation) expect(EVIDENCE_LEVELS, `${c.id}: negation.evidence`).toContain(c.negation.evidence);
    }
  });

  it('cites at least one source per entry, each with a well-formed PMID, DOI or URL', () => {
    for (const c of index.claims) {
      expect(c.citations.length, `${c.id}: citations`).toBeGreaterThan(0);
      for (const [i, cit] of c.citations.entries()) {
        const where = `${c.id} › citations[${i}]`;
        expect(cit.pmid ?? cit.doi ?? cit.url, `${where}: identifier`).toBeTruthy();
        if (cit.pmid) expect(cit.pmid, `${where}.pmid`).toMatch(/^[1-9]\d{0,8}$/);
        if (cit.doi) expect(cit.doi, `${where}.doi`).toMatch(/^10\.\d{4,9}\/\S+$/);
      }
    }
  });

  // Medical integrity: every identifier was looked up before it went in, and the
  // lookup is on record in a citations-checked-*.md log, marked confirmed.
  it('has every citation on record as confirmed in a citations-checked log', () => {
    const logs = readdirSync(DB_DIR)
      .filter(f => /^citations-checked-.*\.md$/.test(f))
      .flatMap(f => readFileSync(join(DB_DIR, f), 'utf8').split('\n'))
      .filter(line => /\|\s*yes\b/i.test(line));
    for (const c of index.claims) {
      for (const cit of c.citations) {
        const id = cit.pmid ?? cit.doi ?? (cit.url ?? '').replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
        const onRecord = logs.some(line => line.includes(id) || (cit.url && line.includes(id.split('/').pop() ?? id)));
        expect(onRecord, `${c.id}: citation "${cit.title}" (${id}) is not confirmed in a citations-checked log`).toBe(
          true,
        );
      }
    }
  });

  // A term belongs to one concept: where two concepts need it, the general one lists it and the
  // specific one is its child. Matched as the engine matches text (inflections, hyphens), so
  // "colonics" in one concept and "colonic" in another is a conflict too.
  it('lists every term in one concept only', () => {
    const trie = new TermTrie<{ concept: string; term: string }>();
    for (const c of index.concepts) for (const term of c.terms) trie.add(term, { concept: c.id, term });
    const conflicts = new Set<string>();
    for (const c of index.concepts) {
      for (const term of c.terms) {
        const tokens = tokenize(term.replace(/\*$/, ''));
        const hits: { from: number; to: number; payload: { concept: string; term: string } }[] = [];
        trie.matchAt(tokens, 0, hits);
        for (const h of hits) {
          if (h.to !== tokens.length || h.payload.concept === c.id) continue;
          conflicts.add([`"${term}" (${c.id})`, `"${h.payload.term}" (${h.payload.concept})`].sort().join(' ~ '));
        }
      }
    }
    expect([...conflicts], 'terms matched by two concepts').toEqual([]);
  });

  it('has terms listed once within a concept, and ambiguous terms among its terms', () => {
    for (const c of index.concepts) {
      expect(new Set(c.terms).size, `${c.id}: duplicate terms`).toBe(c.terms.length);
      for (const t of c.ambiguous ?? [])
        expect(c.terms, `${c.id}: ambiguous "${t}" is not one of its terms`).toContain(t);
    }
  });

  it.each(files.map(f => [f.path, f.text] as const))('%s is in canonical format', (path, text) => {
    const diff = firstDifference(text, formatDbFile(text));
    expect(diff, `${path}: first differs at ${diff?.line}:${diff?.column}; run npm run db:format`).toBeNull();
  });

  it('CATALOGUE.md is up to date', () => {
    const current = readFileSync(join(DB_DIR, 'CATALOGUE.md'), 'utf8');
    const diff = firstDifference(current, renderCatalogue(index, topicTitles()));
    expect(diff, `CATALOGUE.md differs at ${diff?.line}:${diff?.column}; run npm run db:catalogue`).toBeNull();
  });
});

describe('the compiler names file, entry and field', () => {
  const concepts = {
    path: 'claims-db/concepts.yaml',
    text: 'concepts:\n  gut:\n    label: gut\n    anchor: true\n    terms: [gut]\n',
  };
  const entry = (extra: string) => `topic: t
title: Test topic
claims:
  - id: gut-claim
    statement: The gut does something testable.
    topics: [t]
    claim: { subject: [gut], relation: is, object: [gut] }
    evidence: ${extra}
    verdict: A verdict sentence long enough to pass.
    summary: A summary paragraph that is long enough to pass the schema check.
    citations:
      - { title: A real title, year: 2019, journal: Gut, pmid: '31076401', kind: Narrative review }
    reviewed: 2026-11-26
`;
  const problemsOf = (text: string | Uint8Array, options?: CompileOptions): string[] => {
    try {
      compileDb([concepts, { path: 'claims-db/t.yaml', text }], dbVersion(), options);
      return [];
    } catch (e) {
      expect(e).toBeInstanceOf(DbError);
      return (e as DbError).problems;
    }
  };

  it('accepts a valid file', () => {
    expect(problemsOf(entry('strong'))).toEqual([]);
  });
  it('rejects an unknown evidence level', () => {
    expect(problemsOf(entry('proven'))).toEqual([
      expect.stringMatching(/^claims-db\/t\.yaml › gut-claim › evidence: /),
    ]);
  });
  it('rejects a malformed PMID', () => {
    const problems = problemsOf(entry('strong').replace("pmid: '31076401'", "pmid: 'PMID31076401'"));
    expect(problems).toEqual([expect.stringMatching(/^claims-db\/t\.yaml › gut-claim › citations\.0\.pmid: /)]);
  });
  it('rejects an unknown concept', () => {
    const problems = problemsOf(entry('strong').replace('subject: [gut]', 'subject: [gut, nonsense]'));
    expect(problems).toEqual(['claims-db/t.yaml › gut-claim › claim.subject: unknown concept "nonsense"']);
  });
  it('rejects an absenceOf naming an unknown concept', () => {
    const withAbsence = {
      path: 'claims-db/concepts-x.yaml',
      text: 'concepts:\n  gut-rest:\n    label: gut rest\n    absenceOf: nonsense\n    terms: [gut rest]\n',
    };
    let problems: string[] = [];
    try {
      compileDb([concepts, withAbsence, { path: 'claims-db/t.yaml', text: entry('strong') }], dbVersion());
    } catch (e) {
      problems = (e as DbError).problems;
    }
    expect(problems).toEqual(['claims-db/concepts-x.yaml › gut-rest › absenceOf: unknown concept "nonsense"']);
  });
  it('rejects duplicate ids', () => {
    const twice =
      entry('strong') + entry('strong').split('claims:\n')[1]!.replace('does something', 'does another thing');
    expect(problemsOf(twice)).toEqual([expect.stringMatching(/gut-claim › id: already used/)]);
  });
  it('rejects invalid YAML with the file named', () => {
    expect(problemsOf('topic: [unclosed')).toEqual([
      expect.stringMatching(/^claims-db\/t\.yaml › \(file\): not valid YAML/),
    ]);
  });

  const withUrl = (url: string) => entry('strong').replace("pmid: '31076401'", `url: '${url}'`);
  it('accepts https: citation URLs and rejects every other scheme, naming entry and field', () => {
    expect(problemsOf(withUrl('https://www.nice.org.uk/guidance/cg61'))).toEqual([]);
    for (const url of [
      'javascript:alert(document.domain)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'http://www.nice.org.uk/guidance/cg61',
      'ftp://example.org/paper.pdf',
    ]) {
      expect(problemsOf(withUrl(url)), url).toEqual([
        expect.stringMatching(/^claims-db\/t\.yaml › gut-claim › citations\.0\.url: .*https:/),
      ]);
    }
  });
  it('allows http: only for a host on the allow-list', () => {
    expect(isSafeCitationUrl('http://old.example.org/report', ['old.example.org'])).toBe(true);
    expect(isSafeCitationUrl('http://evil.example/report', ['old.example.org'])).toBe(false);
    expect(isSafeCitationUrl('http://old.example.org.evil.example/', ['old.example.org'])).toBe(false);
    expect(isSafeCitationUrl('http://user@evil.example/?old.example.org', ['old.example.org'])).toBe(false);
    expect(isSafeCitationUrl('javascript://old.example.org/%0aalert(1)', ['old.example.org'])).toBe(false);
  });
  it('rejects a reviewed date after the build date (a day of grace for time zones ahead of UTC)', () => {
    const reviewed = (date: string) => entry('strong').replace('reviewed: 2026-11-26', `reviewed: ${date}`);
    expect(problemsOf(reviewed('2026-12-04'), { buildDate: '2026-12-03' })).toEqual([]);
    expect(problemsOf(reviewed('2026-12-05'), { buildDate: '2026-12-03' })).toEqual([
      'claims-db/t.yaml › gut-claim › reviewed: 2026-12-05 is after the build date (2026-12-03)',
    ]);
    expect(problemsOf(reviewed('2062-11-26'), { buildDate: '2026-12-03' })).toHaveLength(1);
  });
  it('rejects bytes that are not UTF-8, naming file, entry, field and line', () => {
    const utf8 = new TextEncoder().encode(entry('strong').replace('A summary paragraph', 'A résumé paragraph'));
    expect(problemsOf(utf8)).toEqual([]);
    // Latin-1 "é" (0xE9) where UTF-8 needs two bytes: a lenient decode would put U+FFFD in the verdicts.
    const at = utf8.indexOf(0xc3);
    const latin1 = new Uint8Array([...utf8.subarray(0, at), 0xe9, ...utf8.subarray(at + 2)]);
    expect(problemsOf(latin1)).toEqual([
      'claims-db/t.yaml › gut-claim › summary › line 10, column 17: not UTF-8 (byte 0xe9 at offset ' +
        `${at}); save the file as UTF-8`,
    ]);
  });
  it('finds the first bad byte: a stray continuation, a sequence cut short, a cut at the end', () => {
    const bytes = (...b: number[]) => new Uint8Array(b);
    expect(firstInvalidUtf8(bytes(0x61, 0xc3, 0xa9, 0x0a, 0x62))).toBeNull();
    expect(firstInvalidUtf8(bytes(0x61, 0x0a, 0x62, 0x80, 0x63))).toEqual({ offset: 3, line: 2, column: 2 });
    expect(firstInvalidUtf8(bytes(0x61, 0xe2, 0x82, 0x0a, 0x62))).toEqual({ offset: 1, line: 1, column: 2 });
    expect(firstInvalidUtf8(bytes(0x61, 0x62, 0xf0, 0x9f))).toEqual({ offset: 2, line: 1, column: 3 });
    expect(firstInvalidUtf8(bytes(0xc0, 0xaf))).toEqual({ offset: 0, line: 1, column: 1 });
  });
});

describe('citation links are rendered only when safe, whatever the database holds', () => {
  it('citationUrl gives no link for a non-https URL', async () => {
    const { citationUrl } = await import('../../src/report/citations');
    expect(citationUrl({ url: 'javascript:alert(1)' })).toBeUndefined();
    expect(citationUrl({ url: 'http://example.org/x' })).toBeUndefined();
    expect(citationUrl({ url: 'https://example.org/x' })).toBe('https://example.org/x');
  });
});
