/**
 * Draws a reproducible random sample of (entry, citation) pairs from the
 * compiled claims database for a citation audit (issue 11): are the sources
 * real, and does each one support the entry it sits on?
 *
 *   npx tsx scripts/sample-citations.ts [--seed 20261203] [--size 30] [--new 10] [--at <commit>]
 *     [--logs dbm1,dbm2,dbm3] [--since <commit>] [--json]
 *
 * `--at` draws from the database as it was at a commit (the audit of
 * December 2026 drew from `adc1fc8`), so a recorded sample can be redrawn
 * after the entries have changed.
 *
 * Stratified so that every topic file with citations can appear and at least
 * `--new` pairs come from this round's work: an entry that did not exist at
 * the migration commit, citing a source that is not in the old logs a–d.
 * Topic files are visited in a seeded random order, one pair each, files not
 * yet in the sample first; no source or entry is drawn twice.
 *
 * `--logs` restricts the pool to citations with an identifier recorded in the
 * named logs (`citations-checked-<name>.md`), and `--since` to entries that
 * did not exist at a commit, to audit one batch of work.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { compileDb, type SourceFile } from '../src/db/compile';
import { compileFromDisk, DB_DIR, dbVersion, ROOT } from '../src/db/load-files';
import type { ClaimEntry } from '../src/engine/types';
import { seededRandom } from './seeded-random';

/** The commit that migrated the 233 entries of the first database to structured claims. */
export const MIGRATION_COMMIT = '7fe0242';
/** Citation logs written before this round. */
const OLD_LOGS = ['a', 'b', 'c', 'd'].map(s => `citations-checked-${s}.md`);

type Citation = ClaimEntry['citations'][number];

export interface Pair {
  file: string;
  entry: ClaimEntry;
  index: number;
  citation: Citation;
  /** The source's identity: PMID, else DOI, else URL. */
  key: string;
  /** New entry citing a source first checked this round. */
  isNew: boolean;
}

export const citationKey = (c: Citation): string =>
  c.pmid ? `pmid:${c.pmid}` : c.doi ? `doi:${c.doi.toLowerCase()}` : `url:${c.url ?? ''}`;

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** The database files as they were at a commit. */
function filesAt(commit: string): SourceFile[] {
  return git('ls-tree', '--name-only', `${commit}:claims-db`)
    .split('\n')
    .filter(name => /\.ya?ml$/.test(name))
    .map(name => ({ path: `claims-db/${name}`, text: git('show', `${commit}:claims-db/${name}`) }));
}

/** Entry ids that existed at the migration commit (read from git). */
function migratedIds(): Set<string> {
  const ids = new Set<string>();
  const paths = git('ls-tree', '--name-only', `${MIGRATION_COMMIT}:claims-db`)
    .split('\n')
    .filter(p => /\.ya?ml$/.test(p) && !p.startsWith('concepts'));
  for (const p of paths) {
    for (const m of git('show', `${MIGRATION_COMMIT}:claims-db/${p}`).matchAll(/^ {2}- id: (\S+)/gm))
      ids.add(m[1] as string);
  }
  return ids;
}

/** True when any identifier of the citation appears in the given log text. */
function inLogs(c: Citation, logText: string): boolean {
  const ids = [c.pmid, c.doi, c.url?.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')].filter(Boolean);
  return ids.some(id => logText.includes(id as string));
}

export function allPairs(at?: string): Pair[] {
  const { index } = at ? compileDb(filesAt(at), dbVersion()) : compileFromDisk();
  const oldIds = migratedIds();
  const oldLogText = OLD_LOGS.map(f => readFileSync(join(DB_DIR, f), 'utf8')).join('\n');
  return index.claims.flatMap(entry =>
    entry.citations.map((citation, i) => ({
      file: entry.topic ?? entry.topics[0] ?? '',
      entry,
      index: i,
      citation,
      key: citationKey(citation),
      isNew: !oldIds.has(entry.id) && !inLogs(citation, oldLogText),
    })),
  );
}

/** Visit topic files in random order (unrepresented files first), one pair from each, until `quota` pairs are taken. */
function drawStratified(pool: readonly Pair[], quota: number, taken: Pair[], random: () => number): void {
  const byFile = new Map<string, Pair[]>();
  for (const p of pool) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const usable = (p: Pair) => !taken.some(t => t.key === p.key || t.entry.id === p.entry.id);
  let target = taken.length + quota;
  while (taken.length < target) {
    const represented = new Set(taken.map(t => t.file));
    const files = [...byFile.keys()].sort();
    const order = [
      ...shuffle(
        files.filter(f => !represented.has(f)),
        random,
      ),
      ...shuffle(
        files.filter(f => represented.has(f)),
        random,
      ),
    ];
    let progressed = false;
    for (const file of order) {
      if (taken.length >= target) break;
      const candidates = (byFile.get(file) ?? []).filter(usable);
      if (!candidates.length) continue;
      taken.push(candidates[Math.floor(random() * candidates.length)] as Pair);
      progressed = true;
    }
    if (!progressed) target = taken.length; // pool exhausted
  }
}

/** Pairs of one batch: citations recorded in `logs`, on entries added after `since` (either filter optional). */
export function batchPairs(at?: string, logs: readonly string[] = [], since?: string): Pair[] {
  const logText = logs.length ? readLogs(logs) : '';
  const before = since ? new Set(compileDb(filesAt(since), dbVersion()).index.claims.map(e => e.id)) : undefined;
  return allPairs(at).filter(p => (!logs.length || inLogs(p.citation, logText)) && !before?.has(p.entry.id));
}

const readLogs = (names: readonly string[]): string =>
  names.map(n => readFileSync(join(DB_DIR, `citations-checked-${n}.md`), 'utf8')).join('\n');

export function sampleCitations(
  seed: number,
  size: number,
  newQuota: number,
  at?: string,
  logs: readonly string[] = [],
  since?: string,
): Pair[] {
  const pairs = batchPairs(at, logs, since);
  const random = seededRandom(seed);
  const taken: Pair[] = [];
  drawStratified(
    pairs.filter(p => p.isNew),
    Math.min(newQuota, size),
    taken,
    random,
  );
  drawStratified(pairs, size - taken.length, taken, random);
  return taken;
}

function identifiers(c: Citation): string {
  return [c.pmid && `PMID ${c.pmid}`, c.doi && `DOI ${c.doi}`, c.url].filter(Boolean).join(' / ');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '20261203' },
      size: { type: 'string', default: '30' },
      new: { type: 'string', default: '10' },
      at: { type: 'string' },
      logs: { type: 'string' },
      since: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const seed = Number(values.seed);
  const logs = values.logs ? values.logs.split(',').map(s => s.trim()) : [];
  const sample = sampleCitations(seed, Number(values.size), Number(values.new), values.at, logs, values.since);
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify(
        sample.map(p => ({ file: p.file, id: p.entry.id, index: p.index, new: p.isNew, citation: p.citation })),
        null,
        2,
      )}\n`,
    );
  } else {
    const pairs = batchPairs(values.at, logs, values.since);
    console.log(
      `seed ${seed}${values.at ? ` at ${values.at}` : ''}${logs.length ? ` (citations in logs ${logs.join(', ')})` : ''}${values.since ? ` (entries added since ${values.since})` : ''}: ${sample.length} pairs from ${pairs.length} (entry, citation) pairs in ${new Set(pairs.map(p => p.file)).size} topic files; ${sample.filter(p => p.isNew).length} from this round's new entries and sources\n`,
    );
    console.log('| # | topic file | entry (level) | citation | identifiers | new this round |');
    console.log('|---|---|---|---|---|---|');
    sample.forEach((p, i) => {
      const c = p.citation;
      console.log(
        `| ${i + 1} | ${p.file} | \`${p.entry.id}\` (${p.entry.evidence}) | ${c.title} (${c.journal}, ${c.year}) | ${identifiers(c)} | ${p.isNew ? 'yes' : 'no'} |`,
      );
    });
  }
}
