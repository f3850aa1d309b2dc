/**
 * Plain, serialisable data shared by the engine and everything that calls it
 * (content script, background, popup, CLI). No DOM, no browser APIs.
 */
import type { EvidenceLevel } from '../shared/evidence-levels';

export type { EvidenceLevel };

export interface Citation {
  title: string;
  year: number;
  journal: string;
  pmid?: string;
  doi?: string;
  url?: string;
  kind: string;
  /** What this source found for the entry's claim. */
  supports?: string;
}

export interface Concept {
  id: string;
  label: string;
  terms: string[];
  exclude: string[];
  /** Terms with everyday senses outside gut health. */
  ambiguous?: string[];
  anchor: boolean;
  /** Parent concept ids (is-a). */
  is: string[];
  /** `bad`: more of it harms (a condition, a symptom); `good`: more of it helps. */
  valence?: 'good' | 'bad';
  /** What it is the absence or removal of (stopping smoking → smoking). */
  absenceOf?: string;
}

/** A claim entry as compiled into the index. */
export interface ClaimEntry {
  id: string;
  statement: string;
  topics: string[];
  /** Topic file the entry came from. */
  topic: string;
  /** The claim as a structured statement. */
  claim: Statement & { population?: string[]; negated?: boolean };
  /** A class entry: the family of claims it grades, in plain words. */
  class?: string;
  /** Our own paraphrases that must match this entry. */
  examples?: string[];
  evidence: EvidenceLevel;
  verdict: string;
  summary: string;
  negation?: { statement: string; evidence: EvidenceLevel; verdict: string };
  citations: Citation[];
  reviewed: string;
}

/** The compiled database: what `npm run db:build` writes and the engine loads. */
export interface ClaimsIndex {
  /** Semver-like version of the data (bumped when entries change). */
  version: string;
  /** The newest `reviewed` date of any entry. */
  date: string;
  concepts: Concept[];
  claims: ClaimEntry[];
}

/**
 * The small slice the eager content script needs: the anchor terms' key
 * words, computed at build time (see key-words.ts), so a page pays no
 * tokenising or regex compilation to ask "any gut vocabulary here?".
 */
export interface GateIndex {
  version: string;
  keys: string[];
  stems: string[];
}

/** What a block of page text is, from the DOM (or guessed from plain-text layout). */
export type BlockRole = 'heading' | 'paragraph' | 'list-item' | 'quote' | 'caption' | 'table-cell';

/**
 * A block of a document: a range of `DocumentInput.text` with its role.
 * Context crosses blocks (a bullet under "Benefits of kefir" is about
 * kefir), so callers pass the blocks around the ones they want analysed
 * with `context: true`: read for context, never reported.
 */
export interface Block {
  start: number;
  end: number;
  role: BlockRole;
  /** Heading level 1–6 (headings only). */
  level?: number;
  /** Read as context only: no findings are reported in it. */
  context?: boolean;
}

/** What `analyzeDocument` reads: one text and the blocks it is made of, in reading order. */
export interface DocumentInput {
  text: string;
  blocks: Block[];
}

/** The relation a claim asserts, as a class with a direction. */
export type RelationClass =
  /** causes or worsens: "NSAIDs damage the gut lining" */
  | 'causes'
  /** treats, relieves, prevents or improves: "peppermint oil eases IBS pain" */
  | 'treats'
  /** is associated with, without a direction: "IBS is linked to anxiety" */
  | 'associated'
  /** is (a kind of, a property, a figure): "leaky gut is not a recognised diagnosis" */
  | 'is'
  /** contains or produces: "kefir contains live bacteria" */
  | 'contains'
  /** diagnoses or tests: "a breath test detects SIBO" */
  | 'diagnoses';

/** A claim as a structured statement: concept ids by role. */
export interface Statement {
  subject: string[];
  relation: RelationClass;
  object: string[];
}

/** The database entry a finding was compared with. */
export interface MatchedEntry {
  id: string;
  /** The entry's own statement ("Matched: …"). */
  statement: string;
  /**
   * `entry`: an entry about this very claim. `class`: an entry for a whole
   * family of claims graded it ("graded as a claim about probiotics in general").
   */
  via: 'entry' | 'class';
  /** For `class`: what the family is, in plain words ("probiotics in general"). */
  family?: string;
}

/** One claim found in a text. `text === input.slice(start, end)`. */
export interface FoundClaim {
  text: string;
  start: number;
  end: number;
  /** Index of the block the claim is in (`analyzeDocument`); 0 for `analyze(text)` callers that pass one block. */
  block: number;
  /** The whole sentence the claim sits in. */
  sentence: string;
  /**
   * Database entry id that graded this claim, or null: not in the database
   * yet, or the closest entry fits too weakly to grade it (see `match`).
   */
  claimId: string | null;
  /** What the sentence asserts, in canonical form (the negation's statement when denied). */
  statement: string | null;
  evidence: EvidenceLevel | null;
  verdict: string | null;
  /**
   * The entry the claim was compared with. Present with `evidence === null`
   * when it is only the closest claim in the database (shown neutrally,
   * never in a level colour).
   */
  match: MatchedEntry | null;
  /** 0..1, calibrated: the chance that `evidence` is the right level for this claim. */
  confidence: number;
  negated: boolean;
  hedged: boolean;
  /** The page states the claim more strongly than its evidence allows. */
  overstated: boolean;
  /** The page's own wording that overstates it ("cures", "proven"), when `overstated`. */
  overstatedBy: string | null;
  /** The claim as a structured statement, when the parse found one. */
  structure: Statement | null;
}

export interface Analysis {
  claims: FoundClaim[];
  /** How many sentences were looked at (for "checked N sentences"). */
  sentences: number;
}
