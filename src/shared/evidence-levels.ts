/**
 * The evidence scale, defined once: the five levels, their order, and how
 * each one reads and looks everywhere (the page's marks, the card, the popup,
 * the badge, the options, the guide, the CLI and every report). Everything
 * else derives from this table; docs/evidence-scale.md is generated from it
 * (`npm run docs:scale`, checked by tests/unit/evidence-scale.test.ts).
 *
 * Plain data: no DOM, browser, Node or zod imports, so the eager content
 * script, the engine and the CLI can all import it.
 */

/** The five evidence keys, strongest first: the order of every list, summary and export. */
export const EVIDENCE_LEVELS = ['strong', 'moderate', 'limited', 'unsupported', 'contradicted'] as const;

export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** A level, or `unmatched`: a claim the database does not grade (yet). */
export type LevelKey = EvidenceLevel | 'unmatched';

/** Every key a summary counts: the levels strongest first, unmatched last. */
export const LEVEL_KEYS: readonly LevelKey[] = [...EVIDENCE_LEVELS, 'unmatched'];

/** How a level is named, explained and drawn. */
export interface LevelInfo {
  /** The word the UI shows ("Strong"). */
  word: string;
  /** A symbol shown beside the word, so a level never depends on colour alone. */
  icon: string;
  /** A solid colour that carries white text at WCAG AA contrast (≥ 4.5:1): badges, bars, the card. */
  colour: string;
  /** What the level means, in one plain sentence. */
  meaning: string;
  /** The evidence a claim at this level typically rests on. */
  basis: string;
  /**
   * The mark on the page: a translucent background (readable on light and
   * dark pages), a mid-tone underline, and a line style of its own so levels
   * differ by more than hue.
   */
  mark: { background: string; line: string; style: 'solid' | 'double' | 'dashed' | 'dotted' | 'wavy' };
}

export const LEVEL: Readonly<Record<LevelKey, LevelInfo>> = {
  strong: {
    word: 'Strong',
    icon: '✔',
    colour: '#1b6e3a',
    meaning: 'Established: consistent, high-quality evidence in people.',
    basis:
      'Systematic reviews and meta-analyses of randomised trials, clinical guidelines (ACG, AGA, WGO, NICE), Cochrane reviews with moderate or high certainty, textbook physiology.',
    mark: { background: 'rgb(46 160 67 / 0.28)', line: '#2ea043', style: 'solid' },
  },
  moderate: {
    word: 'Moderate',
    icon: '▲',
    colour: '#1f5f8b',
    meaning: 'Supported by human trials, but not conclusive.',
    basis:
      'Several randomised trials with some inconsistency, or strong, consistent observational data; Cochrane reviews with low certainty that find a benefit.',
    mark: { background: 'rgb(31 136 229 / 0.26)', line: '#1f88e5', style: 'double' },
  },
  limited: {
    word: 'Limited',
    icon: '◆',
    colour: '#7a5b00',
    meaning: 'Early or indirect evidence only.',
    basis: 'Small or pilot human studies, animal or cell studies, plausible mechanisms, association without causation.',
    mark: { background: 'rgb(230 170 0 / 0.32)', line: '#c99400', style: 'dashed' },
  },
  unsupported: {
    word: 'Unsupported',
    icon: '?',
    colour: '#b03a00',
    meaning: 'No reliable evidence: the claim goes beyond the data.',
    basis: 'Extrapolation, marketing, anecdote; no validated test or treatment exists.',
    mark: { background: 'rgb(240 110 20 / 0.30)', line: '#ef6c00', style: 'dotted' },
  },
  contradicted: {
    word: 'Contradicted',
    icon: '✖',
    colour: '#b3141f',
    meaning: 'Good evidence says the claim is false or harmful.',
    basis: 'Trials showing no effect, regulators’ warnings, guidelines recommending against it.',
    mark: { background: 'rgb(220 40 40 / 0.30)', line: '#e5393a', style: 'wavy' },
  },
  unmatched: {
    word: 'Not in database',
    icon: '○',
    colour: '#56595e',
    meaning: 'A claim Gut Check found but cannot grade: its database has no entry that fits it (yet).',
    basis: 'None checked: read the claim with care and look for reviews or guidelines yourself.',
    mark: { background: 'rgb(128 128 128 / 0.24)', line: '#8a8a8a', style: 'dotted' },
  },
};

/** Is `value` one of the five evidence keys? */
export function isEvidenceLevel(value: unknown): value is EvidenceLevel {
  return (EVIDENCE_LEVELS as readonly unknown[]).includes(value);
}

/** Position on the scale: 0 for strong … 4 for contradicted. */
export function rankOf(level: EvidenceLevel): number {
  return EVIDENCE_LEVELS.indexOf(level);
}
