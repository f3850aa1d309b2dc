/**
 * Plain, serialisable data shared by the engine and everything that calls it
 * (content script, background, popup, CLI). No DOM, no browser APIs.
 */
import type { EvidenceLevel } from '../../claims-db/schema';

export type { EvidenceLevel };

export interface Citation {
  title: string;
  year: number;
  journal: string;
  pmid?: string;
  doi?: string;
  url?: string;
  kind: string;
}

export interface Concept {
  id: string;
  label: string;
  terms: string[];
  exclude: string[];
  anchor: boolean;
}

/** A claim entry as compiled into the index. */
export interface ClaimEntry {
  id: string;
  statement: string;
  topics: string[];
  /** Topic file the entry came from. */
  topic: string;
  match: {
    /** Each inner array is any-of; every inner array must be satisfied. */
    all: string[][];
    any?: string[];
    none?: string[];
  };
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

/** One claim found in a text. `text === input.slice(start, end)`. */
export interface FoundClaim {
  text: string;
  start: number;
  end: number;
  /** The whole sentence the claim sits in. */
  sentence: string;
  /** Database entry id, or null when the claim is not in the database yet. */
  claimId: string | null;
  /** What the sentence asserts, in canonical form (the negation's statement when negated). */
  statement: string | null;
  evidence: EvidenceLevel | null;
  verdict: string | null;
  /** 0..1: how sure the engine is that this is the claim it matched. */
  confidence: number;
  negated: boolean;
  hedged: boolean;
}

export interface Analysis {
  claims: FoundClaim[];
  /** How many sentences were looked at (for "checked N sentences"). */
  sentences: number;
}
