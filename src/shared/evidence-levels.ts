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
  /** What the research shows, as the end of "the research shows …" (the card's note on overstated claims). */
  shows: string;
  /**
   * The mark on the page: a translucent background (readable on light and
   * dark pages), a mid-tone line with at least 3:1 contrast on white and on
   * near-black pages, and a line style of its own so marks differ without
   * colour (forced colours keep the style). The line colours stay apart under
   * protanopia and deuteranopia (src/dom/mark-colours.test.ts).
   */
  mark: {
    background: string;
    line: string;
    style: 'solid' | 'dashed' | 'dotted' | 'wavy';
    /** Line weight: style and weight together tell every mark apart (no double lines: forced colours lose them). */
    weight: 'thick' | 'thin';
    /** Lines drawn: unmatched claims get an overline too, so they never look like a level. */
    lines: 'underline' | 'underline overline';
  };
}

export const LEVEL: Readonly<Record<LevelKey, LevelInfo>> = {
  strong: {
    word: 'Strong',
    icon: '✔',
    colour: '#1b6e3a',
    meaning: 'Established: consistent, high-quality evidence in people.',
    basis:
      'Systematic reviews and meta-analyses of randomised trials, clinical guidelines (ACG, AGA, WGO, NICE), Cochrane reviews with moderate or high certainty, textbook physiology.',
    shows: 'strong evidence',
    mark: { background: 'rgb(31 138 85 / 0.22)', line: '#1f8a55', style: 'solid', weight: 'thick', lines: 'underline' },
  },
  moderate: {
    word: 'Moderate',
    icon: '▲',
    colour: '#1f5f8b',
    meaning: 'Supported by human trials, but not conclusive.',
    basis:
      'Several randomised trials with some inconsistency, or strong, consistent observational data; Cochrane reviews with low certainty that find a benefit.',
    shows: 'moderate evidence, not proof',
    mark: {
      background: 'rgb(26 127 208 / 0.22)',
      line: '#1a7fd0',
      style: 'dashed',
      weight: 'thin',
      lines: 'underline',
    },
  },
  limited: {
    word: 'Limited',
    icon: '◆',
    colour: '#7a5b00',
    meaning: 'Early or indirect evidence only.',
    basis: 'Small or pilot human studies, animal or cell studies, plausible mechanisms, association without causation.',
    shows: 'early evidence at best',
    mark: {
      background: 'rgb(192 132 0 / 0.26)',
      line: '#c08400',
      style: 'dashed',
      weight: 'thick',
      lines: 'underline',
    },
  },
  unsupported: {
    word: 'Unsupported',
    icon: '?',
    colour: '#b03a00',
    meaning: 'No reliable evidence: the claim goes beyond the data.',
    basis: 'Extrapolation, marketing, anecdote; no validated test or treatment exists.',
    shows: 'no reliable evidence for it',
    mark: {
      background: 'rgb(179 72 15 / 0.22)',
      line: '#b3480f',
      style: 'dotted',
      weight: 'thick',
      lines: 'underline',
    },
  },
  contradicted: {
    word: 'Contradicted',
    icon: '✖',
    colour: '#b3141f',
    meaning: 'Good evidence says the claim is false or harmful.',
    basis: 'Trials showing no effect, regulators’ warnings, guidelines recommending against it.',
    shows: 'good evidence against it',
    mark: { background: 'rgb(232 0 90 / 0.20)', line: '#e8005a', style: 'wavy', weight: 'thick', lines: 'underline' },
  },
  unmatched: {
    word: 'Not graded',
    icon: '○',
    colour: '#56595e',
    meaning:
      'A claim Gut Check found but does not grade: its database has no entry that fits it (yet), or none it is sure enough of.',
    basis: 'None checked: read the claim with care and look for reviews or guidelines yourself.',
    shows: 'nothing we have checked',
    mark: {
      background: 'rgb(140 140 140 / 0.22)',
      line: '#8c8c8c',
      style: 'dotted',
      weight: 'thin',
      lines: 'underline overline',
    },
  },
};

/** Levels a reader should be warned about: the badge counts them, "weak claims only" marks only them. */
export const WEAK_LEVELS: readonly EvidenceLevel[] = ['unsupported', 'contradicted'];

/** Is `value` one of the five evidence keys? */
export function isEvidenceLevel(value: unknown): value is EvidenceLevel {
  return (EVIDENCE_LEVELS as readonly unknown[]).includes(value);
}

/** Position on the scale: 0 for strong … 4 for contradicted. */
export function rankOf(level: EvidenceLevel): number {
  return EVIDENCE_LEVELS.indexOf(level);
}
