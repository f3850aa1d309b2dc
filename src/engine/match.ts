/**
 * Finds the database entry a structured claim asserts. An entry is a
 * statement over the concept hierarchy (subject, relation, object); a claim
 * fits it when its subject and object are those concepts or descendants of
 * them (a claim about kimchi fits an entry about fermented foods, graded as a
 * claim about the family) and its relation is the entry's or compatible.
 * Who does what to whom matters: "IBS causes anxiety" is not "anxiety causes
 * IBS", except for an association, which has no direction.
 *
 * Every weight here is named; `matchFeatures` are what the calibrator turns
 * into a confidence.
 */
import type { Hierarchy } from './hierarchy';
import { compileLexical } from './lexical';
import type { Mention } from './lexicon';
import type { ClaimEntry, RelationClass } from './types';

/** A side of the claim as read: its mentions, and whether they were borrowed from context. */
export interface Side {
  mentions: readonly Mention[];
  borrowed: boolean;
}

export interface ClaimQuery {
  subject: Side;
  object: Side;
  relation: RelationClass | null;
  /** Every outer mention of the clause (own, not borrowed): what the entry should account for. */
  all: readonly Mention[];
  /**
   * The clause's words (lexical.ts bagOf), for the overlap with each entry's wording. A function,
   * called once a candidate entry is found: most clauses have none, and need no bag of words.
   * Returns the same map on every call.
   */
  words?: () => ReadonlyMap<string, number>;
}

export interface MatchFeatures {
  subjectFit: number;
  objectFit: number;
  relationFit: number;
  /** Share of the clause's own concept weight the entry does not account for. */
  unexplained: number;
  /** The entry is a class entry (a family of claims). */
  classEntry: number;
  /** Subject and object were read the other way round. */
  swapped: number;
  /** A side came from context (a heading, the sentence before). */
  borrowed: number;
  /** Hierarchy steps between the claim's concepts and the entry's (0: the very concepts). */
  generality: number;
  /** Score gap to the best entry with another level (0..1). */
  margin: number;
  /** How many entries fit at all (log scale). */
  rivals: number;
  /** Word overlap with the entry's own statement and verdict (0..1). */
  lexical: number;
  /** Found without roles: the parse's subject and object fit no entry, the clause's concepts did. */
  unstructured: number;
}

export interface Match {
  entry: ClaimEntry;
  score: number;
  features: MatchFeatures;
  /** The entry names a population the claim does not state. */
  restricted: boolean;
  /** The entry names a qualifier ("permanently") the claim does not state. */
  unstated: boolean;
  /** Offsets covered by the mentions the entry used. */
  start: number;
  end: number;
}

/** Weights of the match score (not the confidence: that is calibrated on the corpus). */
export const MATCH_WEIGHTS = {
  subject: 0.4,
  object: 0.4,
  relation: 0.2,
  unexplained: 0.3,
  classEntry: 0.05,
  swapped: 0.15,
  lexical: 0.6,
  unstructured: 0.15,
  missingQualifier: 0.05,
} as const;

/**
 * The highest score any match can have: every fit and the lexical similarity (a cosine) are at most
 * 1, the other terms only subtract, and the population fit only scales down.
 */
export const MAX_MATCH_SCORE =
  MATCH_WEIGHTS.subject + MATCH_WEIGHTS.object + MATCH_WEIGHTS.relation + MATCH_WEIGHTS.lexical;

/** Below this score an entry is not a candidate at all. */
export const MIN_SCORE = 0.45;

/** How well a claim's concept fits an entry's: 1 the same, less the further the entry is above it. */
export const FIT = {
  /** Lost per step the entry's concept is above the claim's (the entry is about a family). */
  perStepUp: 0.1,
  /** Floor for a family fit. */
  familyFloor: 0.5,
  /** The claim is about a family, the entry about one member: a weak fit. */
  memberOfFamily: 0.35,
} as const;

/** Relation compatibility: claim's relation (row) against entry's (column). */
const RELATION_FIT: Record<RelationClass, Record<RelationClass, number>> = {
  causes: { causes: 1, treats: 0, associated: 0.7, is: 0.3, contains: 0.2, diagnoses: 0 },
  treats: { causes: 0, treats: 1, associated: 0.5, is: 0.3, contains: 0.2, diagnoses: 0.1 },
  associated: { causes: 0.7, treats: 0.5, associated: 1, is: 0.4, contains: 0.3, diagnoses: 0.2 },
  is: { causes: 0.4, treats: 0.4, associated: 0.5, is: 1, contains: 0.6, diagnoses: 0.5 },
  contains: { causes: 0.3, treats: 0.3, associated: 0.4, is: 0.6, contains: 1, diagnoses: 0.1 },
  diagnoses: { causes: 0, treats: 0.1, associated: 0.3, is: 0.5, contains: 0.1, diagnoses: 1 },
};
/** When the parse found no relation at all. */
const UNKNOWN_RELATION_FIT = 0.5;

export interface Matcher {
  /** Candidates best first (at most `limit`), each above MIN_SCORE. */
  match(query: ClaimQuery, limit?: number): Match[];
  /** False when `match` is sure to find nothing: no entry is a candidate for any reading of the query. */
  possible(query: ClaimQuery): boolean;
}

export function compileMatcher(entries: readonly ClaimEntry[], h: Hierarchy): Matcher {
  const structured = entries.filter(e => e.claim);
  const lexicalIndex = compileLexical(structured);
  // Each side of each entry is found from a claim concept by looking up the claim concept's
  // ancestors among the entry's concepts ("at or above"), or the claim concept among the
  // entry concepts' ancestors below the roots ("below": the claim names the family).
  type Role = 'subject' | 'object';
  const index = {
    subject: { above: new Map<string, ClaimEntry[]>(), below: new Map<string, ClaimEntry[]>() },
    object: { above: new Map<string, ClaimEntry[]>(), below: new Map<string, ClaimEntry[]>() },
  };
  const push = (map: Map<string, ClaimEntry[]>, key: string, e: ClaimEntry) => {
    const list = map.get(key);
    if (!list) map.set(key, [e]);
    else if (list[list.length - 1] !== e) list.push(e);
  };
  for (const e of structured) {
    const c = e.claim as NonNullable<ClaimEntry['claim']>;
    for (const role of ['subject', 'object'] as Role[]) {
      for (const id of c[role]) {
        push(index[role].above, id, e);
        for (const [a, d] of h.ancestors(id)) if (d > 0 && h.depth(a) > 0) push(index[role].below, a, e);
      }
    }
  }
  /**
   * The entries a concept finds on a side, in the order the lookup meets them (its ancestors'
   * entries, then the entries below it), each once: built at a concept's first lookup, since every
   * clause about probiotics walks the same ancestors to the same entries.
   */
  const found = { subject: new Map<string, readonly ClaimEntry[]>(), object: new Map<string, readonly ClaimEntry[]>() };
  const entriesOf = (role: Role, concept: string): readonly ClaimEntry[] => {
    let list = found[role].get(concept);
    if (!list) {
      const seen = new Set<ClaimEntry>();
      for (const a of h.ancestors(concept).keys()) for (const e of index[role].above.get(a) ?? []) seen.add(e);
      for (const e of index[role].below.get(concept) ?? []) seen.add(e);
      found[role].set(concept, (list = [...seen]));
    }
    return list;
  };
  const lookup = (role: Role, mentions: readonly Mention[], out: Set<ClaimEntry>) => {
    for (const m of mentions) for (const e of entriesOf(role, m.concept)) out.add(e);
  };

  /** A side of an entry, ready for lookups: its concepts, and every ancestor of them above the roots. */
  interface RoleIndex {
    own: ReadonlySet<string>;
    above: ReadonlySet<string>;
    /** `fit` of each claim concept seen so far: the same few concepts are fitted to every candidate entry. */
    fits: Map<string, readonly [number, number]>;
  }
  // One index per set of concepts, shared by every entry side that names that set (dozens of
  // entries are about probiotics): fits and side fits memoised on it serve them all.
  const roleIndexes = new Map<string, RoleIndex>();
  const roleIndex = (ids: readonly string[]): RoleIndex => {
    const key = [...new Set(ids)].sort().join('\n');
    let known = roleIndexes.get(key);
    if (known) return known;
    const above = new Set<string>();
    for (const id of ids) for (const [a, d] of h.ancestors(id)) if (d > 0 && h.depth(a) > 0) above.add(a);
    known = { own: new Set(ids), above, fits: new Map() };
    roleIndexes.set(key, known);
    return known;
  };
  const roles = new Map<
    ClaimEntry,
    {
      subject: RoleIndex;
      object: RoleIndex;
      named: RoleIndex;
      population: RoleIndex | null;
      /** Properties named beside things on a side ("permanent" beside "microbiome"): qualifiers. */
      qualifiers: readonly RoleIndex[];
    }
  >();
  const isProperty = (id: string) => h.ancestors(id).has('property');
  const qualifiersOf = (ids: readonly string[]) => {
    const props = ids.filter(isProperty);
    return props.length < ids.length ? props : [];
  };
  for (const e of structured) {
    const c = e.claim as NonNullable<ClaimEntry['claim']>;
    roles.set(e, {
      subject: roleIndex(c.subject),
      object: roleIndex(c.object),
      named: roleIndex([...c.subject, ...c.object, ...(c.population ?? [])]),
      population: c.population?.length ? roleIndex(c.population) : null,
      qualifiers: [...qualifiersOf(c.subject), ...qualifiersOf(c.object)].map(id => roleIndex([id])),
    });
  }

  /** Fit of one claim concept to a side of an entry, and the hierarchy steps it took. */
  function fit(concept: string, role: RoleIndex): readonly [number, number] {
    let known = role.fits.get(concept);
    if (!known) role.fits.set(concept, (known = fitOnce(concept, role)));
    return known;
  }
  function fitOnce(concept: string, role: RoleIndex): readonly [number, number] {
    if (role.own.has(concept)) return [1, 0];
    let best = 0;
    let steps = 0;
    for (const [a, d] of h.ancestors(concept)) {
      if (d === 0 || !role.own.has(a)) continue;
      const f = Math.max(FIT.familyFloor, 1 - FIT.perStepUp * d);
      if (f > best) {
        best = f;
        steps = d;
      }
    }
    if (best === 0 && role.above.has(concept)) return [FIT.memberOfFamily, 1];
    return [best, steps];
  }

  interface SideFit {
    fit: number;
    used: Mention | null;
    steps: number;
  }
  /**
   * A generic mention beside one of its own members is that member's head noun ("turmeric
   * supplements", "kefir, a fermented food"): the claim is about the member. Unless the family
   * follows "other" ("kefir, kimchi and other fermented foods"): the members are its examples, and
   * the claim is about the family.
   */
  const heads = new WeakMap<readonly Mention[], readonly Mention[]>();
  const below = (m: Mention, family: Mention) =>
    family !== m && family.concept !== m.concept && h.distance(m.concept, family.concept) > 0;
  function specific(mentions: readonly Mention[]): readonly Mention[] {
    if (mentions.length < 2) return mentions;
    let out = heads.get(mentions);
    if (!out) {
      const families = mentions.filter(f => f.other && mentions.some(m => below(m, f)));
      out = mentions.filter(
        m =>
          !families.some(f => below(m, f) && m.start < f.start) &&
          (families.includes(m) || !mentions.some(o => below(o, m))),
      );
      heads.set(mentions, out);
    }
    return out;
  }

  /** Side fits of each side of a query, by entry side: a side is fitted to each shared index once. */
  const sideFits = new WeakMap<Side, Map<RoleIndex, SideFit>>();
  /** The fits of one side of a query, memoised by entry side (looked up once per query, not per candidate). */
  function sideFitsOf(side: Side): (role: RoleIndex) => SideFit {
    let bySide = sideFits.get(side);
    if (!bySide) sideFits.set(side, (bySide = new Map()));
    const known = bySide;
    return role => {
      let fit = known.get(role);
      if (!fit) known.set(role, (fit = sideFitOnce(side, role)));
      return fit;
    };
  }
  function sideFitOnce(side: Side, role: RoleIndex): SideFit {
    let best = 0;
    let used: Mention | null = null;
    let steps = 0;
    for (const m of specific(side.mentions)) {
      const [f0, d] = fit(m.concept, role);
      const f = side.borrowed ? f0 * 0.9 : f0;
      if (f > best) {
        best = f;
        used = m;
        steps = d;
      }
    }
    return { fit: best, used, steps };
  }

  const weight = (m: Mention) => 1 + 0.2 * Math.min(3, m.words - 1) + (m.anchor ? 0.5 : 0);

  return {
    possible(q0) {
      if (candidatesOf(q0, false).size) return true;
      const converse = converseQuery(q0);
      if (converse && candidatesOf(converse, false).size) return true;
      return q0.all.length >= 2 && candidatesOf(withoutRoles(q0), true).size > 0;
    },
    match(q0, limit = 3) {
      let scored = scoreAll(q0, false);
      // "Stopping smoking helps Crohn's" is what "smoking worsens Crohn's" says: a side that names
      // the absence of a concept is read as the converse claim about the concept.
      const converse = converseQuery(q0);
      if (converse) {
        const byEntry = new Map(scored.map(m => [m.entry, m]));
        for (const m of scoreAll(converse, false)) {
          const seen = byEntry.get(m.entry);
          if (!seen || m.score > seen.score) byEntry.set(m.entry, m);
        }
        scored = [...byEntry.values()];
      }
      // Parses go wrong on long, list-heavy sentences. When the roles as read fit no entry, the
      // clause's own concepts are tried without roles (each side may come from anywhere in the
      // clause); the calibrator knows such matches by `unstructured` and trusts them less.
      if (!scored.length && q0.all.length >= 2) scored = scoreAll(withoutRoles(q0), true);
      // Best first; among equals the more specific entry (fewer hierarchy steps), then the non-class one.
      scored.sort(
        (a, b) =>
          b.score - a.score ||
          a.features.generality - b.features.generality ||
          a.features.classEntry - b.features.classEntry ||
          a.entry.id.localeCompare(b.entry.id),
      );
      yieldToPlainer(scored);
      const top = scored[0];
      if (top) {
        const rival = scored.find(s => s.entry.evidence !== top.entry.evidence);
        top.features.margin = rival ? Math.min(1, (top.score - rival.score) / Math.max(top.score, 1e-9)) : 1;
        top.features.rivals = Math.log1p(scored.length);
      }
      return scored.slice(0, limit);
    },
  };

  /**
   * A class entry grades a claim only when no specific entry fits it: a specific entry that fits
   * both sides and the relation at least as well and names the claim's concepts more closely, with
   * no population the claim leaves out, goes first, whatever the wording overlap says (a class
   * statement often names the exception it leaves out: "conditions other than C. difficile").
   * Likewise an entry whose qualifier the claim does not state ("permanently wipes out") is a
   * stronger claim than the sentence makes: an entry that fits as well without it goes first ("a
   * course of antibiotics destroys the good bacteria" is the disruption claim, not the
   * "permanently" one).
   */
  function yieldToPlainer(scored: Match[]): void {
    const top = scored[0];
    if (!top) return;
    const t = top.features;
    const asWell = (s: Match) =>
      !s.restricted &&
      s.features.subjectFit >= t.subjectFit &&
      s.features.objectFit >= t.objectFit &&
      s.features.relationFit >= t.relationFit &&
      s.features.swapped <= t.swapped;
    let i = -1;
    if (top.entry.class) i = scored.findIndex(s => !s.entry.class && asWell(s) && s.features.generality < t.generality);
    else if (top.unstated) i = scored.findIndex(s => !s.unstated && asWell(s));
    if (i > 0) scored.unshift(...scored.splice(i, 1));
  }

  /** The query with its absence concepts replaced by what they are the absence of, and the relation turned. */
  function converseQuery(q: ClaimQuery): ClaimQuery | null {
    if (q.relation !== 'causes' && q.relation !== 'treats') return null;
    const present = (ms: readonly Mention[]) =>
      ms.map(m => {
        const of = h.absenceOf(m.concept);
        return of ? { ...m, concept: of } : m;
      });
    const inSubject = q.subject.mentions.some(m => h.absenceOf(m.concept));
    const inObject = q.object.mentions.some(m => h.absenceOf(m.concept));
    // Absence on both sides turns the relation twice: the claim as read.
    if (inSubject === inObject) return null;
    return {
      ...q,
      subject: inSubject ? { ...q.subject, mentions: present(q.subject.mentions) } : q.subject,
      object: inObject ? { ...q.object, mentions: present(q.object.mentions) } : q.object,
      relation: q.relation === 'causes' ? 'treats' : 'causes',
      all: present(q.all),
    };
  }

  /** The query's own concepts on both sides, without roles (for when the roles as read fit no entry). */
  function withoutRoles(q: ClaimQuery): ClaimQuery {
    const side = { mentions: q.all.filter(m => !m.nested), borrowed: false };
    return { ...q, subject: side, object: side };
  }

  /** The entries `scoreAll` scores for a query: those that may fit it on both sides. */
  function candidatesOf(q: ClaimQuery, roleFree: boolean): Set<ClaimEntry> {
    const candidates = new Set<ClaimEntry>();
    // A clause with no subject that names only a property ("home-made", "safe") says nothing
    // about any thing an entry is about.
    if (!q.subject.mentions.length && q.object.mentions.every(m => isProperty(m.concept))) return candidates;
    // Candidates fit on the object side, and on the subject side unless the claim names none.
    const byObject = new Set<ClaimEntry>();
    lookup('object', q.object.mentions, byObject);
    if (!roleFree) lookup('object', q.subject.mentions, byObject);
    if (q.subject.mentions.length) {
      const bySubject = new Set<ClaimEntry>();
      lookup('subject', q.subject.mentions, bySubject);
      if (!roleFree) lookup('subject', q.object.mentions, bySubject);
      for (const e of bySubject) if (byObject.has(e)) candidates.add(e);
    } else for (const e of byObject) candidates.add(e);
    return candidates;
  }

  function scoreAll(q: ClaimQuery, roleFree: boolean): Match[] {
    const scored: Match[] = [];
    const subjectFit = sideFitsOf(q.subject);
    const objectFit = sideFitsOf(q.object);
    for (const e of candidatesOf(q, roleFree)) {
      const c = e.claim as NonNullable<ClaimEntry['claim']>;
      const relationFit = q.relation ? RELATION_FIT[q.relation][c.relation] : UNKNOWN_RELATION_FIT;
      if (relationFit === 0) continue;
      const r = roles.get(e) as NonNullable<ReturnType<typeof roles.get>>;
      const straight = { s: subjectFit(r.subject), o: objectFit(r.object) };
      const crossed = { s: objectFit(r.subject), o: subjectFit(r.object) };
      const symmetric = c.relation === 'associated' || q.relation === 'associated';
      // "The gut holds 70% of the immune system" = "70% of the immune system is in the gut".
      const converse =
        (q.relation === 'contains' && c.relation === 'is') || (q.relation === 'is' && c.relation === 'contains');
      const swapPenalty = symmetric || converse ? 0 : MATCH_WEIGHTS.swapped;
      const swapped = !roleFree && crossed.s.fit + crossed.o.fit - swapPenalty > straight.s.fit + straight.o.fit + 1e-9;
      const relationFitHere = swapped && converse ? 1 : relationFit;
      const sides = swapped ? crossed : straight;
      // A claim with no subject of its own (a passive without its agent) may still name the outcome.
      if (sides.o.fit === 0 || (sides.s.fit === 0 && q.subject.mentions.length)) continue;
      // Without roles, one mention cannot be both the subject and the object.
      if (roleFree && sides.s.used === sides.o.used) continue;
      const lexical = q.words ? lexicalIndex.similarity(q.words(), e.id) : 0;
      // The score below, before what can only lower it (the unexplained share and a missing
      // qualifier subtract, the population fit scales by 0.8 or 1): under the floor, the entry is
      // out whatever they are, and they need not be computed.
      const ceiling =
        MATCH_WEIGHTS.subject * sides.s.fit +
        MATCH_WEIGHTS.object * sides.o.fit +
        MATCH_WEIGHTS.relation * relationFitHere +
        MATCH_WEIGHTS.lexical * lexical -
        MATCH_WEIGHTS.classEntry * (e.class ? 1 : 0) -
        (swapped ? swapPenalty : 0) -
        MATCH_WEIGHTS.unstructured * (roleFree ? 1 : 0);
      if (ceiling < MIN_SCORE - 1e-9) continue;
      let populationFit = 1;
      if (r.population) {
        const population = r.population;
        populationFit = q.all.some(m => fit(m.concept, population)[0] >= FIT.familyFloor) ? 1 : 0.8;
      }
      // What the clause says that the entry does not account for.
      const named = r.named;
      let total = 0;
      let left = 0;
      for (const m of specific(q.all)) {
        if (m.nested) continue;
        const w = weight(m);
        total += w;
        if (fit(m.concept, named)[0] === 0) left += w;
      }
      const unexplained = total ? left / total : 0;
      // A qualifier the claim does not state ("permanently") makes the entry a different claim;
      // it weighs little, but decides between entries that otherwise tie.
      const missing = r.qualifiers.some(qual => !q.all.some(m => fit(m.concept, qual)[0] > 0));
      const features: MatchFeatures = {
        subjectFit: sides.s.fit,
        objectFit: sides.o.fit,
        relationFit: relationFitHere,
        unexplained,
        classEntry: e.class ? 1 : 0,
        swapped: swapped ? 1 : 0,
        borrowed: q.subject.borrowed || q.object.borrowed ? 1 : 0,
        generality: sides.s.steps + sides.o.steps,
        margin: 0,
        rivals: 0,
        lexical,
        unstructured: roleFree ? 1 : 0,
      };
      const score =
        (MATCH_WEIGHTS.subject * features.subjectFit +
          MATCH_WEIGHTS.object * features.objectFit +
          MATCH_WEIGHTS.relation * relationFitHere +
          MATCH_WEIGHTS.lexical * features.lexical -
          MATCH_WEIGHTS.unexplained * unexplained -
          MATCH_WEIGHTS.classEntry * features.classEntry -
          (swapped ? swapPenalty : 0) -
          MATCH_WEIGHTS.unstructured * features.unstructured -
          (missing ? MATCH_WEIGHTS.missingQualifier : 0)) *
        populationFit;
      if (score < MIN_SCORE) continue;
      const used = [sides.s.used, sides.o.used].filter((m): m is Mention => !!m && !q.subject.borrowed);
      const own = used.length ? used : q.all;
      scored.push({
        entry: e,
        score,
        features,
        restricted: populationFit < 1,
        unstated: missing,
        start: Math.min(...own.map(m => m.start)),
        end: Math.max(...own.map(m => m.end)),
      });
    }
    return scored;
  }
}
