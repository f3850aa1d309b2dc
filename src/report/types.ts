/**
 * The audit report document shared by the CLI (`gutcheck audit --format
 * json`) and the popup's "export JSON". The shape is pinned by
 * `build.test.ts`: change it only with a version bump and both callers.
 */
import type { Citation, FoundClaim } from '../engine/types';
import type { LevelKey } from './levels';

/** A found claim (the engine's output) with its entry's citations. */
export interface ReportClaim extends Omit<FoundClaim, 'block'> {
  /** From the database entry named by `claimId`; empty when unmatched. */
  citations: Citation[];
}

export interface ReportDocument {
  /** File path (CLI), page URL (extension), or for a WARC record its WARC-Target-URI. */
  source: string;
  title: string;
  words: number;
  claims: ReportClaim[];
  summary: Record<LevelKey, number>;
  /** Only for pages read from a WARC file (CLI): where the record is. */
  warc?: WarcRef;
}

export interface ReportError {
  source: string;
  message: string;
  /** Only for WARC records that could not be audited: where the record is. */
  warc?: WarcRef;
}

/** A record in a WARC file: enough to find it again, and the page it holds. */
export interface WarcRef {
  /** The WARC file as given. */
  file: string;
  /** Byte offset of the record in the file (of its gzip member, for .warc.gz). */
  offset: number;
  /** WARC-Record-ID, e.g. `<urn:uuid:…>` (null when the record has none). */
  recordId: string | null;
  /** WARC-Target-URI: the page's URL. */
  targetUri: string | null;
  /** WARC-Date: when it was captured. */
  date: string | null;
}

export interface AuditReport {
  tool: { name: string; version: string };
  /** `claims` is the number of entries in the database. */
  database: { version: string; claims: number };
  documents: ReportDocument[];
  errors: ReportError[];
}
