/**
 * Builds the audit report from engine output. Pure: the caller passes the
 * database, so the CLI and the extension pages can share it.
 */
import type { Citation, EvidenceLevel, FoundClaim } from '../engine/types';
import { countLevels } from './levels';
import type { AuditReport, ReportClaim, ReportDocument, ReportError, WarcRef } from './types';

/** A claim as the caller has it; extension callers may add the reader's flags (other extras are dropped). */
export type ClaimInput = Omit<FoundClaim, 'block'> & { dismissed?: boolean; guess?: EvidenceLevel | null };

/** One analysed document as the caller has it. */
export interface DocumentInput {
  source: string;
  title: string;
  words: number;
  claims: readonly ClaimInput[];
  /** Pages from a WARC file (CLI). */
  warc?: WarcRef;
  /** Extension, educator mode. */
  score?: { right: number; total: number };
}

export interface BuildReportInput {
  tool: { name: string; version: string };
  /**
   * The database's version, and the entries whose citations the claims
   * need (`claimsIndex` fits). `size` is the number of entries in the whole
   * database when `claims` holds only some of them; `date` its newest review.
   */
  database: {
    version: string;
    date?: string;
    size?: number;
    claims: readonly { id: string; citations: readonly Citation[] }[];
  };
  documents: readonly DocumentInput[];
  errors?: readonly ReportError[];
  /** Extension: when the export was made, and that claims carry the reader's `dismissed` and `guess`. */
  exportedAt?: string;
}

type Entries = ReadonlyMap<string, { citations: readonly Citation[] }>;

/** The report document, with citations looked up by claim id and a summary per document. */
export function buildReport({ tool, database, documents, errors = [], exportedAt }: BuildReportInput): AuditReport {
  const byId: Entries = new Map(database.claims.map(entry => [entry.id, entry]));
  const reader = exportedAt !== undefined;
  return {
    tool: { name: tool.name, version: tool.version },
    database: {
      version: database.version,
      // The CLI's pinned shape has no date (yet): only exports carry it.
      ...(reader && database.date !== undefined ? { date: database.date } : {}),
      claims: database.size ?? database.claims.length,
    },
    ...(reader ? { exportedAt } : {}),
    documents: documents.map(doc => buildDocument(doc, byId, reader)),
    errors: errors.map(e => ({ source: e.source, message: e.message, ...warcOf(e) })),
  };
}

/** Builds one report document at a time, for callers that stream (the CLI's NDJSON and CSV). */
export function documentBuilder(database: BuildReportInput['database']): (doc: DocumentInput) => ReportDocument {
  const byId: Entries = new Map(database.claims.map(entry => [entry.id, entry]));
  return doc => buildDocument(doc, byId, false);
}

function buildDocument(doc: DocumentInput, byId: Entries, reader: boolean): ReportDocument {
  const claims = doc.claims.map(c => toReportClaim(c, byId, reader));
  return {
    source: doc.source,
    title: doc.title,
    words: doc.words,
    claims,
    summary: countLevels(claims),
    ...warcOf(doc),
    ...(doc.score ? { score: { right: doc.score.right, total: doc.score.total } } : {}),
  };
}

// Present only for WARC records, so reports of files and pages keep their pinned keys.
function warcOf(item: { warc?: WarcRef }): { warc?: WarcRef } {
  const w = item.warc;
  if (!w) return {};
  return {
    warc: { file: w.file, offset: w.offset, recordId: w.recordId, targetUri: w.targetUri, date: w.date },
  };
}

/** Text as the page renders it: a run of whitespace from the source is one space. */
export function readable(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Fields are copied one by one so callers' extras (index, highlighted, page
// offsets) never leak into the pinned schema.
function toReportClaim(c: ClaimInput, byId: Entries, reader: boolean): ReportClaim {
  const entry = c.claimId == null ? undefined : byId.get(c.claimId);
  return {
    text: readable(c.text),
    start: c.start,
    end: c.end,
    sentence: readable(c.sentence),
    claimId: c.claimId,
    statement: c.statement,
    evidence: c.evidence,
    verdict: c.verdict,
    match: c.match ? { ...c.match } : null,
    confidence: c.confidence,
    negated: c.negated,
    hedged: c.hedged,
    overstated: c.overstated,
    overstatedBy: c.overstatedBy,
    structure: c.structure ? { ...c.structure } : null,
    citations: entry ? entry.citations.map(cite => ({ ...cite })) : [],
    ...(reader ? { dismissed: c.dismissed ?? false, guess: c.guess ?? null } : {}),
  };
}
