/**
 * The popup's order: the problems first (contradicted, unsupported, …,
 * strong), then claims the database cannot grade. A reader opening the
 * popup wants to know what on the page is wrong before what is right.
 */
import { EVIDENCE_LEVELS, type LevelKey } from '../../shared/evidence-levels';

export const WORST_FIRST: readonly LevelKey[] = [...[...EVIDENCE_LEVELS].reverse(), 'unmatched'];
