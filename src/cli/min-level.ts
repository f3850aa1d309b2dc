/** `--min-level`: the researcher's "show me the weakly supported claims" filter. */
import type { EvidenceLevel } from '../engine/types';
import { LEVELS, type AuditReport, type ReportDocument } from '../report';

/**
 * Keeps claims whose evidence is `minLevel` or weaker on the scale strong >
 * moderate > limited > unsupported > contradicted. Claims with no database
 * match have no level to compare and are left out. Summaries are untouched:
 * they describe the whole page, not the listing.
 */
export function filterClaims(report: AuditReport, minLevel: EvidenceLevel | undefined): AuditReport {
  if (!minLevel) return report;
  return { ...report, documents: report.documents.map(d => filterDocument(d, minLevel)) };
}

/** The same filter on one document (streamed output). */
export function filterDocument(doc: ReportDocument, minLevel: EvidenceLevel | undefined): ReportDocument {
  if (!minLevel) return doc;
  const floor = LEVELS.indexOf(minLevel);
  const keep = (level: EvidenceLevel | null) => level !== null && LEVELS.indexOf(level) >= floor;
  return { ...doc, claims: doc.claims.filter(c => keep(c.evidence)) };
}
