/**
 * The audit report document shared by the CLI (`gutcheck audit --format
 * json`) and the popup's "export JSON". The shape is pinned by
 * `build.test.ts`: change it only with a version bump and both callers.
 */
import type { Citation, EvidenceLevel } from '../engine/types';
import type { LevelKey } from './levels';

export interface ReportClaim {
  text: string;
  start: number;
  end: number;
  sentence: string;
  claimId: string | null;
  statement: string | null;
  evidence: EvidenceLevel | null;
  verdict: string | null;
  confidence: number;
  negated: boolean;
  hedged: boolean;
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
