/**
 * Builds the audit report from engine output. Pure: the caller passes the
 * database, so the CLI and the extension pages can share it.
 */
import type { ClaimEntry, FoundClaim } from '../engine/types';
import { countLevels } from './levels';
import type { AuditReport, ReportClaim, ReportDocument, ReportError, WarcRef } from './types';

/** One analysed document as the caller has it (extra fields on claims are dropped). */
export interface DocumentInput {
  source: string;
  title: string;
  words: number;
  claims: readonly Omit<FoundClaim, 'block'>[];
  /** Pages from a WARC file (CLI). */
  warc?: WarcRef;
}

export interface BuildReportInput {
  tool: { name: string; version: string };
  /** Any object with the index's version and entries (`claimsIndex` fits). */
  database: { version: string; claims: readonly ClaimEntry[] };
  documents: readonly DocumentInput[];
  errors?: readonly ReportError[];
}

/** The report document, with citations looked up by claim id and a summary per document. */
export function buildReport({ tool, database, documents, errors = [] }: BuildReportInput): AuditReport {
  const byId = new Map(database.claims.map(entry => [entry.id, entry]));
  return {
    tool: { name: tool.name, version: tool.version },
    database: { version: database.version, claims: database.claims.length },
    documents: documents.map(doc => buildDocument(doc, byId)),
    errors: errors.map(e => ({ source: e.source, message: e.message, ...warcOf(e) })),
  };
}

/** Builds one report document at a time, for callers that stream (the CLI's NDJSON and CSV). */
export function documentBuilder(database: BuildReportInput['database']): (doc: DocumentInput) => ReportDocument {
  const byId = new Map(database.claims.map(entry => [entry.id, entry]));
  return doc => buildDocument(doc, byId);
}

function buildDocument(doc: DocumentInput, byId: ReadonlyMap<string, ClaimEntry>): ReportDocument {
  const claims = doc.claims.map(c => toReportClaim(c, byId));
  return {
    source: doc.source,
    title: doc.title,
    words: doc.words,
    claims,
    summary: countLevels(claims),
    ...warcOf(doc),
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

// Fields are copied one by one so callers' extras (index, dismissed, guess)
// never leak into the pinned schema.
function toReportClaim(c: Omit<FoundClaim, 'block'>, byId: ReadonlyMap<string, ClaimEntry>): ReportClaim {
  const entry = c.claimId == null ? undefined : byId.get(c.claimId);
  return {
    text: c.text,
    start: c.start,
    end: c.end,
    sentence: c.sentence,
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
  };
}
