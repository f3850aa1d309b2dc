/** What each level means, from shared/evidence-scale.md, for the guide and the options catalogue. */
import type { EvidenceLevel } from '../../engine/types';

export const LEVEL_MEANING: Record<EvidenceLevel, { meaning: string; basis: string }> = {
  strong: {
    meaning: 'Established: consistent, high-quality evidence in people.',
    basis: 'Systematic reviews and meta-analyses of randomised trials, clinical guidelines, textbook physiology.',
  },
  moderate: {
    meaning: 'Supported by human trials, but not conclusive.',
    basis: 'Several trials with some inconsistency, or strong, consistent observational data.',
  },
  limited: {
    meaning: 'Early or indirect evidence only.',
    basis: 'Small or pilot human studies, animal or cell studies, plausible mechanisms, association without causation.',
  },
  unsupported: {
    meaning: 'No reliable evidence: the claim goes beyond the data.',
    basis: 'Extrapolation, marketing, anecdote; no validated test or treatment exists.',
  },
  contradicted: {
    meaning: 'Good evidence says the claim is false or harmful.',
    basis: 'Trials showing no effect, regulators’ warnings, guidelines recommending against it.',
  },
};
