/**
 * Compiles the human-edited files of `claims-db/` into the index the engine
 * loads. Pure: takes file names and texts, returns the index or a list of
 * errors that each name the file, the entry id and the field.
 */
import { isMap, isSeq, parse, parseDocument } from 'yaml';
import type { z } from 'zod';

import { conceptsFileSchema, topicFileSchema } from '../../claims-db/schema';
import { gateKeys } from '../engine/key-words';
import { termWords } from '../engine/term-trie';
import type { ClaimEntry, ClaimsIndex, Concept, GateIndex } from '../engine/types';

export interface SourceFile {
  /** Path as it should appear in messages, e.g. `claims-db/probiotics.yaml`. */
  path: string;
  /** The file's bytes (checked to be UTF-8), or text already decoded. */
  text: string | Uint8Array;
}

export interface CompileOptions {
  /**
   * The build's date, `YYYY-MM-DD` (default: today, UTC). A `reviewed` date
   * after it is refused, with one day's grace for reviewers in time zones
   * ahead of UTC: otherwise a typo'd year would become the database's date.
   */
  buildDate?: string;
}

/** Where the first byte that is not UTF-8 sits, or null when all of it is. */
export function firstInvalidUtf8(bytes: Uint8Array): { offset: number; line: number; column: number } | null {
  const decodes = (end: number, stream: boolean) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream });
      return true;
    } catch {
      return false;
    }
  };
  if (decodes(bytes.length, false)) return null;
  // The longest prefix with no error so far (streaming: a sequence cut at its end is not
  // an error yet, so this holds for every shorter prefix too).
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (decodes(mid, true)) lo = mid;
    else hi = mid - 1;
  }
  // If that prefix ends inside a sequence, the bad sequence starts at its lead byte.
  let offset = lo;
  while (offset > 0 && offset > lo - 3 && !decodes(offset, false)) offset--;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1 };
}

/** The entry id (`claims[i].id`) and field at a character offset of a topic file, when it can be told. */
function entryAt(text: string, at: number): string {
  try {
    const doc = parseDocument(text);
    const claims = doc.get('claims');
    if (!isSeq(claims)) return '';
    for (const item of claims.items) {
      if (!isMap(item) || !item.range || at < item.range[0] || at > item.range[2]) continue;
      const id = item.get('id');
      const field = item.items.find(p => {
        const r = (p.value as { range?: [number, number, number] } | null)?.range;
        return r && at >= r[0] && at <= r[2];
      });
      return ` › ${typeof id === 'string' ? id : '(entry)'}${field ? ` › ${String(field.key)}` : ''}`;
    }
  } catch {
    // Unparseable even with the bad bytes replaced: the YAML error will say so.
  }
  return '';
}

export class DbError extends Error {
  constructor(readonly problems: string[]) {
    super(`claims-db is invalid:\n${problems.map(p => `  - ${p}`).join('\n')}`);
    this.name = 'DbError';
  }
}

const isConceptsFile = (path: string) => /(^|\/)concepts[^/]*\.ya?ml$/.test(path);

/** `file › id › field: message` for each zod issue. */
function describeIssues(path: string, data: unknown, error: z.ZodError): string[] {
  return error.issues.map(issue => {
    const at = issue.path;
    let where = path;
    // Name the entry by its id when the issue sits inside `claims[i]` or `concepts.<id>`.
    if (at[0] === 'claims' && typeof at[1] === 'number') {
      const claims = (data as { claims?: { id?: unknown }[] }).claims;
      const entryId = claims?.[at[1]]?.id;
      where += ` › ${typeof entryId === 'string' ? entryId : `claims[${at[1]}]`}`;
      const field = at.slice(2).join('.');
      return `${where} › ${field || '(entry)'}: ${issue.message}`;
    }
    if (at[0] === 'concepts' && at.length > 1) {
      return `${where} › ${String(at[1])} › ${at.slice(2).join('.') || '(concept)'}: ${issue.message}`;
    }
    return `${where} › ${at.join('.') || '(file)'}: ${issue.message}`;
  });
}

export interface Compiled {
  index: ClaimsIndex;
  gate: GateIndex;
  /** Gaps that do not stop the build yet (entries still missing a `supports` line), named like errors. */
  warnings: string[];
}

export function compileDb(files: SourceFile[], version: string, options: CompileOptions = {}): Compiled {
  const problems: string[] = [];
  const warnings: string[] = [];
  const concepts = new Map<string, Concept & { file: string }>();
  const claims: (ClaimEntry & { file: string })[] = [];
  const buildDate = options.buildDate ?? new Date().toISOString().slice(0, 10);
  const latestReview = new Date(Date.parse(`${buildDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    let text: string;
    if (typeof file.text === 'string') text = file.text;
    else {
      // Decoding would turn bad bytes into U+FFFD, which would reach verdicts: refuse them instead.
      const bad = firstInvalidUtf8(file.text);
      text = new TextDecoder('utf-8').decode(file.text);
      if (bad) {
        const at = new TextDecoder('utf-8').decode(file.text.subarray(0, bad.offset)).length;
        problems.push(
          `${file.path}${entryAt(text, at)} › line ${bad.line}, column ${bad.column}: not UTF-8 (byte 0x${(file.text[bad.offset] as number).toString(16).padStart(2, '0')} at offset ${bad.offset}); save the file as UTF-8`,
        );
        continue;
      }
    }
    let data: unknown;
    try {
      data = parse(text, { prettyErrors: true, uniqueKeys: true });
    } catch (e) {
      problems.push(`${file.path} › (file): not valid YAML: ${(e as Error).message.split('\n')[0]}`);
      continue;
    }
    if (isConceptsFile(file.path)) {
      const result = conceptsFileSchema.safeParse(data);
      if (!result.success) {
        problems.push(...describeIssues(file.path, data, result.error));
        continue;
      }
      for (const [id, c] of Object.entries(result.data.concepts)) {
        const seen = concepts.get(id);
        if (seen) {
          problems.push(`${file.path} › ${id} › (concept): concept id already defined in ${seen.file}`);
          continue;
        }
        concepts.set(id, {
          id,
          label: c.label,
          terms: c.terms,
          exclude: c.exclude ?? [],
          ...(c.ambiguous ? { ambiguous: c.ambiguous } : {}),
          anchor: c.anchor,
          is: c.is ?? [],
          ...(c.valence ? { valence: c.valence } : {}),
          ...(c.absenceOf ? { absenceOf: c.absenceOf } : {}),
          file: file.path,
        });
      }
    } else {
      const result = topicFileSchema.safeParse(data);
      if (!result.success) {
        problems.push(...describeIssues(file.path, data, result.error));
        continue;
      }
      const expected = file.path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
      if (result.data.topic !== expected) {
        problems.push(`${file.path} › topic: is "${result.data.topic}" but the file is named "${expected}"`);
      }
      for (const c of result.data.claims) {
        if (c.reviewed > latestReview) {
          problems.push(`${file.path} › ${c.id} › reviewed: ${c.reviewed} is after the build date (${buildDate})`);
        }
        claims.push({
          id: c.id,
          statement: c.statement,
          topics: c.topics,
          topic: result.data.topic,
          claim: c.claim,
          ...(c.class ? { class: c.class } : {}),
          ...(c.examples ? { examples: c.examples } : {}),
          evidence: c.evidence,
          verdict: c.verdict,
          summary: c.summary,
          ...(c.negation ? { negation: c.negation } : {}),
          citations: c.citations,
          reviewed: c.reviewed,
          file: file.path,
        });
      }
    }
  }

  const byId = new Map<string, string>();
  const byStatement = new Map<string, string>();
  for (const c of claims) {
    const dup = byId.get(c.id);
    if (dup) problems.push(`${c.file} › ${c.id} › id: already used in ${dup}`);
    else byId.set(c.id, c.file);
    const key = c.statement
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    const dupStatement = byStatement.get(key);
    if (dupStatement) problems.push(`${c.file} › ${c.id} › statement: same statement as ${dupStatement}`);
    else byStatement.set(key, c.id);
    problems.push(...checkEntry(c, concepts));
    c.citations.forEach((cite, i) => {
      if (!cite.supports)
        warnings.push(`${c.file} › ${c.id} › citations.${i}.supports: say what this source found for this claim`);
    });
  }
  problems.push(...checkHierarchy(concepts));

  if (problems.length) throw new DbError(problems);

  const conceptList = [...concepts.values()].map(({ file: _file, ...c }) => c).sort((a, b) => a.id.localeCompare(b.id));
  const claimList = claims.map(({ file: _file, ...c }) => c).sort((a, b) => a.id.localeCompare(b.id));
  const date = claimList.reduce((max, c) => (c.reviewed > max ? c.reviewed : max), '0000-00-00');
  const anchors = conceptList.filter(c => c.anchor);
  return {
    index: { version, date, concepts: conceptList, claims: claimList },
    warnings,
    gate: {
      version,
      ...gateKeys(anchors.flatMap(c => c.terms).map(t => ({ words: termWords(t), prefix: t.endsWith('*') }))),
    },
  };
}

type Located<T> = T & { file: string };

/** Problems of one entry that need the whole vocabulary: unknown concepts, a missing structure or support line. */
function checkEntry(c: Located<ClaimEntry>, concepts: ReadonlyMap<string, Located<Concept>>): string[] {
  const problems: string[] = [];
  const at = `${c.file} › ${c.id}`;
  if (c.claim) {
    for (const role of ['subject', 'object', 'population'] as const) {
      for (const ref of c.claim[role] ?? []) {
        if (!concepts.has(ref)) problems.push(`${at} › claim.${role}: unknown concept "${ref}"`);
      }
    }
  }
  return problems;
}

/** Every parent exists and the is-a graph has no cycle. */
function checkHierarchy(concepts: ReadonlyMap<string, Located<Concept>>): string[] {
  const problems: string[] = [];
  for (const c of concepts.values()) {
    for (const parent of c.is) {
      if (!concepts.has(parent)) problems.push(`${c.file} › ${c.id} › is: unknown concept "${parent}"`);
    }
    if (c.absenceOf && !concepts.has(c.absenceOf))
      problems.push(`${c.file} › ${c.id} › absenceOf: unknown concept "${c.absenceOf}"`);
  }
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'open') {
      const c = concepts.get(id) as Located<Concept>;
      problems.push(`${c.file} › ${id} › is: cycle in the hierarchy (${[...path, id].join(' → ')})`);
      return;
    }
    state.set(id, 'open');
    for (const parent of concepts.get(id)?.is ?? []) if (concepts.has(parent)) visit(parent, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of concepts.keys()) visit(id, []);
  return problems;
}
