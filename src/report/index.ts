/** The audit report: one builder, five formats, shared by the CLI and the popup. */
export { buildReport, documentBuilder, type BuildReportInput, type DocumentInput } from './build';
export { citationRef, citationUrl } from './citations';
export { formatClaimReview, type ClaimReviewOptions } from './format-claim-review';
export { CSV_COLUMNS, formatCsv } from './format-csv';
export { formatJson, formatNdjson, formatNdjsonLine } from './format-json';
export { formatMarkdown } from './format-markdown';
export { countLevels, emptyCounts, LEVEL_KEYS, LEVELS, ratingOf, type LevelKey } from './levels';
export type * from './types';
