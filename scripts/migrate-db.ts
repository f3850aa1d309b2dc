/**
 * One-off migration of the first database (233 entries with bag-of-concepts
 * `match` rules) to structured statements (`claim: {subject, relation,
 * object}`) over the concept hierarchy. Kept as the record of how each old
 * entry was read; the output was then reviewed by hand, topic by topic.
 *
 *   npx tsx scripts/migrate-db.ts [--rev b4aeb3e]
 *
 * It reads the old topic files from git at `--rev`, maps old concept ids to
 * the new vocabulary (claims-db/concepts*.yaml at HEAD), and reads subject,
 * relation and object off each entry's own canonical statement: concepts
 * named before the main verb are subjects, after it objects; a passive
 * ("is caused by") swaps them. Relation words of the old vocabulary (cause,
 * treat, improve, prevent, damage, diagnose) become the relation class.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse, stringify } from 'yaml';

import { formatDbFile } from '../src/db/format';
import { readDbFiles, ROOT } from '../src/db/load-files';

const rev = process.argv.includes('--rev') ? (process.argv[process.argv.indexOf('--rev') + 1] as string) : 'b4aeb3e';

type Relation = 'causes' | 'treats' | 'associated' | 'is' | 'contains' | 'diagnoses';

/** Old concept ids that were merged into or renamed to a new one. */
const RENAMED: Record<string, string> = {
  'gas-plain': 'gas',
  'laxative-use': 'laxative',
  'weight-loss-claim': 'weight-loss',
  'how-common': 'prevalence',
  common: 'prevalence',
  'us-population': 'prevalence',
  worldwide: 'prevalence',
  everyone: 'healthy-people',
  'medical-test': 'test',
  symptom: 'symptom-root',
  diet: 'diet-root',
  'diet-therapy': 'diet-root',
  medication: 'medicine',
  risk: 'side-effects',
  safety: 'safe',
  ferment: 'fermentation',
  'cannot-digest': 'indigestible',
  'infant-start': 'birth-mode',
  'digestion-physiology': 'digestive-secretions',
  imbalance: 'dysbiosis',
  'many-diseases': 'condition',
  remedy: 'protocol',
  healthier: 'microbial-diversity',
  'feed-bacteria': 'microbiome',
  colonise: 'microbiome',
  'majority-share': 'immunity',
  'cell-ratio': 'bacterial-cells',
};

/** Old relation-word concepts: they name the relation, not a thing. */
const RELATION_CONCEPTS: Record<string, Relation> = {
  cause: 'causes',
  damage: 'causes',
  'root-cause': 'causes',
  treat: 'treats',
  improve: 'treats',
  prevent: 'treats',
  diagnose: 'diagnoses',
};

/** Main-verb patterns of canonical statements, first match wins; `passive` swaps subject and object. */
const VERBS: { re: RegExp; relation: Relation | 'direction-up' | 'direction-down'; passive?: boolean }[] = [
  {
    re: /\b(?:is|are|was|were|be|been)\s+(?:\w+\s+)?(?:caused|triggered|worsened|driven|damaged|disrupted)\s+by\b/,
    relation: 'causes',
    passive: true,
  },
  {
    re: /\b(?:is|are|be|been)\s+(?:\w+\s+)?(?:relieved|treated|prevented|improved|eased|helped|cured|healed)\s+by\b/,
    relation: 'treats',
    passive: true,
  },
  {
    re: /\b(?:is|are|be|been)\s+(?:\w+\s+)?(?:diagnosed|detected|measured|identified)\s+(?:by|with|from|using)\b/,
    relation: 'diagnoses',
    passive: true,
  },
  {
    re: /\b(?:linked|associated|related|connected|correlated|tied)\s+(?:to|with)\b|\blinks?\b|\bassociation\b/,
    relation: 'associated',
  },
  { re: /\b(?:diagnos\w*|tests?\s+for|detects?|measures?|identif(?:y|ies)|screen\w*\s+for)\b/, relation: 'diagnoses' },
  {
    re: /\b(?:contains?|produces?|makes?|provides?|(?:is|are)\s+(?:rich|high|low)\s+in|(?:is|are)\s+home\s+to|houses?|holds?|hosts?|has|have|supplies|synthesi[sz]es?|releases?|ferments?)\b/,
    relation: 'contains',
  },
  {
    re: /\b(?:causes?|caused|lead\w*\s+to|leads?|result\w*\s+in|trigger\w*|worsens?|aggravat\w*|damages?|harms?|disrupts?|irritates?|weakens?|inflames?|impairs?|destroys?|wipes?\s+out|kills?|promotes?\s+(?:inflammation|disease)|contributes?\s+to|drives?|makes?\s+\w+\s+worse)\b/,
    relation: 'causes',
  },
  {
    re: /\b(?:increases?|raises?|boosts?|enhances?|stimulates?|promotes?|speeds?\s+up|adds?|feeds?|nourish\w*|fuels?)\b/,
    relation: 'direction-up',
  },
  {
    re: /\b(?:reduces?|lowers?|decreases?|cuts?|shortens?|slows?|inhibits?|blocks?|suppress\w*|binds?|removes?|eliminates?|flushes?|clears?)\b/,
    relation: 'direction-down',
  },
  {
    re: /\b(?:treats?|relieves?|eases?|prevents?|improves?|helps?|heals?|repairs?|restores?|supports?|protects?|cures?|soothes?|strengthens?|benefits?|aids?|rebalances?|balances?|manages?|resolves?|recovers?|works|is\s+effective|are\s+effective|is\s+good|are\s+good|is\s+beneficial|are\s+beneficial|is\s+(?:a\s+|an\s+)?(?:effective\s+)?(?:way|treatment|remedy|therapy)|first-line|essential|important|crucial|key|needed|necessary|required)\b/,
    relation: 'treats',
  },
];

interface NewConcept {
  id: string;
  terms: string[];
  valence?: 'good' | 'bad';
  is: string[];
}

function loadConcepts(): Map<string, NewConcept> {
  const out = new Map<string, NewConcept>();
  for (const f of readDbFiles().filter(f => /concepts[^/]*\.yaml$/.test(f.path))) {
    const data = parse(f.text) as { concepts: Record<string, Omit<NewConcept, 'id'>> };
    for (const [id, c] of Object.entries(data.concepts))
      out.set(id, { id, terms: c.terms ?? [], is: c.is ?? [], ...(c.valence ? { valence: c.valence } : {}) });
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Earliest position in `text` of any term of the concept (regular inflections allowed), or -1. */
function firstPosition(text: string, c: NewConcept): number {
  let best = -1;
  for (const t of c.terms) {
    const re = new RegExp(`\\b${escape(t).replace(/\\\*$/, '\\w*')}(?:s|es|ed|ing|'s)?\\b`, 'i');
    const m = re.exec(text);
    if (m && (best < 0 || m.index < best)) best = m.index;
  }
  return best;
}

function oldEntries(): { file: string; data: { topic: string; title: string; claims: OldEntry[] } }[] {
  const names = execFileSync('git', ['ls-tree', '--name-only', `${rev}`, 'claims-db/'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter(n => /claims-db\/(?!concepts)[^/]+\.yaml$/.test(n));
  return names.map(file => ({
    file,
    data: parse(execFileSync('git', ['show', `${rev}:${file}`], { cwd: ROOT, encoding: 'utf8' })) as {
      topic: string;
      title: string;
      claims: OldEntry[];
    },
  }));
}

interface OldEntry {
  id: string;
  statement: string;
  match: { all: (string | string[])[]; any?: string[]; none?: string[] };
  [key: string]: unknown;
}

const concepts = loadConcepts();
const mapId = (id: string): string | null => {
  if (RELATION_CONCEPTS[id]) return null;
  const to = RENAMED[id] ?? id;
  return concepts.has(to) ? to : null;
};

/** Structure of one old entry, read off its statement and its old requirements. */
export function migrate(entry: OldEntry): {
  subject: string[];
  relation: Relation;
  object: string[];
  negated?: boolean;
} {
  const statement = entry.statement.toLowerCase();
  const groups = [
    ...entry.match.all.map(r => (Array.isArray(r) ? r : [r])),
    ...(entry.match.any ? [entry.match.any] : []),
  ];
  let relation: Relation | null = null;
  for (const g of groups) for (const id of g) relation ??= RELATION_CONCEPTS[id] ?? null;
  const mapped = groups.map(g => [...new Set(g.map(mapId).filter((x): x is string => !!x))]).filter(g => g.length);

  // The main verb: the first relation pattern in the statement.
  let verbAt = -1;
  let passive = false;
  let verbRelation: Relation | 'direction-up' | 'direction-down' | null = null;
  for (const v of VERBS) {
    const m = v.re.exec(statement);
    if (m && (verbAt < 0 || m.index < verbAt)) {
      verbAt = m.index;
      verbRelation = v.relation;
      passive = !!v.passive;
    }
  }
  const copula = /\b(?:is|are)\b/.exec(statement);
  if (verbAt < 0 && copula) verbAt = copula.index;

  // Each requirement group goes to the role where its concepts first appear.
  const subject: string[] = [];
  const object: string[] = [];
  for (const g of mapped) {
    const positions = g.map(id => firstPosition(statement, concepts.get(id) as NewConcept)).filter(p => p >= 0);
    const at = positions.length ? Math.min(...positions) : Infinity;
    const before = verbAt >= 0 && at < verbAt;
    (before !== passive ? subject : object).push(...g);
  }
  if (!subject.length && object.length > 1) subject.push(...(object.splice(0, 1) as string[]));
  if (!object.length && subject.length > 1) object.push(...(subject.splice(1) as string[]));

  if (!relation) {
    if (verbRelation === 'direction-up' || verbRelation === 'direction-down') {
      const valence = object.map(id => concepts.get(id)?.valence).find(Boolean);
      const up = verbRelation === 'direction-up';
      relation = valence === 'good' ? (up ? 'treats' : 'causes') : up ? 'causes' : 'treats';
    } else relation = verbRelation ?? 'is';
  }
  if (!object.length) object.push(relation === 'is' ? 'property' : 'health');
  if (!subject.length) subject.push('property');
  const negated = /\b(?:not|no|never|cannot|can't|doesn't|don't|isn't|aren't)\b/.test(
    statement.replace(/\b(?:who|which|that)\b[^,;.]*/g, ' '),
  );
  return { subject: [...new Set(subject)], relation, object: [...new Set(object)], ...(negated ? { negated } : {}) };
}

for (const { file, data } of oldEntries()) {
  const claims = data.claims.map(e => {
    const { match: _match, ...rest } = e;
    const claim = migrate(e);
    // Field order as the schema lists it.
    const { id, statement, topics, ...tail } = rest as Record<string, unknown>;
    return { id, statement, topics, claim, ...tail };
  });
  const text = stringify({ topic: data.topic, title: data.title, claims }, { lineWidth: 100 });
  writeFileSync(join(ROOT, file), formatDbFile(text));
  console.error(`${file}: ${claims.length} entries`);
}
