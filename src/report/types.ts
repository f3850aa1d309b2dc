/**
 * The audit report document shared by the CLI (`gutcheck audit --format
 * json`) and the popup's "export JSON". The shape is pinned by
 * `build.test.ts`: change it only with a version bump and both callers.
 *
 * The extension's exports add what only a reader's browser knows (marked
 * "extension" below): when the file was made, which claims the reader
 * dismissed, and an educator's guesses. The CLI's output leaves them out.
 */
import type { Citation, EvidenceLevel, FoundClaim } from '../engine/types';
import type { LevelKey } from './levels';

/**
 * A found claim (the engine's output) with its entry's citations.
 * `text` and `sentence` read as the page renders them (runs of whitespace
 * from the source are one space); `start`/`end` index the page's text as
 * the CLI reads it (blocks joined by a blank line), so where the source had
 * such runs `text` is shorter than `end - start`.
 */
export interface ReportClaim extends Omit<FoundClaim, 'block'> {
  /** From the database entry named by `claimId`; empty when unmatched. */
  citations: Citation[];
  /** Extension: the reader dismissed this claim on the page (it is kept, flagged). */
  dismissed?: boolean;
  /** Extension, educator mode: the level the reader guessed before the reveal, or null. */
  guess?: EvidenceLevel | null;
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
  /** Extension, educator mode: guesses right out of guesses on graded claims. */
  score?: { right: number; total: number };
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
  /** `claims` is the number of entries in the database; `date` (extension) its newest review. */
  database: { version: string; date?: string; claims: number };
  /** Extension: when the file was made (ISO 8601). */
  exportedAt?: string;
  documents: ReportDocument[];
  errors: ReportError[];
}
