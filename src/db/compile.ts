/**
 * Compiles the human-edited files of `claims-db/` into the index the engine
 * loads. Pure: takes file names and texts, returns the index or a list of
 * errors that each name the file, the entry id and the field.
 */
import { parse } from 'yaml';
import type { z } from 'zod';

import { conceptsFileSchema, topicFileSchema } from '../../claims-db/schema';
import { gateKeys } from '../engine/key-words';
import { termWords } from '../engine/term-trie';
import type { ClaimEntry, ClaimsIndex, Concept, GateIndex } from '../engine/types';

export interface SourceFile {
  /** Path as it should appear in messages, e.g. `claims-db/probiotics.yaml`. */
  path: string;
  text: string;
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
}

export function compileDb(files: SourceFile[], version: string): Compiled {
  const problems: string[] = [];
  const concepts = new Map<string, Concept & { file: string }>();
  const claims: (ClaimEntry & { file: string })[] = [];

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    let data: unknown;
    try {
      data = parse(file.text, { prettyErrors: true, uniqueKeys: true });
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
          anchor: c.anchor,
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
        claims.push({
          id: c.id,
          statement: c.statement,
          topics: c.topics,
          topic: result.data.topic,
          match: {
            all: c.match.all.map(r => (Array.isArray(r) ? r : [r])),
            ...(c.match.any ? { any: c.match.any } : {}),
            ...(c.match.none ? { none: c.match.none } : {}),
          },
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
    const refs = [...c.match.all.flat(), ...(c.match.any ?? []), ...(c.match.none ?? [])];
    for (const ref of refs) {
      if (!concepts.has(ref)) problems.push(`${c.file} › ${c.id} › match: unknown concept "${ref}"`);
    }
    if (!c.match.all.flat().some(ref => concepts.get(ref)?.anchor)) {
      problems.push(`${c.file} › ${c.id} › match.all: needs at least one anchor concept (gut-health vocabulary)`);
    }
  }

  if (problems.length) throw new DbError(problems);

  const conceptList = [...concepts.values()].map(({ file: _file, ...c }) => c).sort((a, b) => a.id.localeCompare(b.id));
  const claimList = claims.map(({ file: _file, ...c }) => c).sort((a, b) => a.id.localeCompare(b.id));
  const date = claimList.reduce((max, c) => (c.reviewed > max ? c.reviewed : max), '0000-00-00');
  const anchors = conceptList.filter(c => c.anchor);
  return {
    index: { version, date, concepts: conceptList, claims: claimList },
    gate: {
      version,
      ...gateKeys(anchors.flatMap(c => c.terms).map(t => ({ words: termWords(t), prefix: t.endsWith('*') }))),
    },
  };
}
