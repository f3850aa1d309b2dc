/**
 * The compiled claims database for extension pages (popup exports, options
 * catalogue, guide). Imported as JSON rather than through `engine/load` so
 * the pages do not bundle the engine and compromise they never run.
 */
import type { ClaimsIndex } from '../../engine/types';
import index from '../../generated/claims-index.json';

export const claimsDatabase = index as ClaimsIndex;
