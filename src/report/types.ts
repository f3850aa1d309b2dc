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
  /** File path (CLI) or page URL (extension). */
  source: string;
  title: string;
  words: number;
  claims: ReportClaim[];
  summary: Record<LevelKey, number>;
}

export interface ReportError {
  source: string;
  message: string;
}

export interface AuditReport {
  tool: { name: string; version: string };
  /** `claims` is the number of entries in the database. */
  database: { version: string; claims: number };
  documents: ReportDocument[];
  errors: ReportError[];
}
