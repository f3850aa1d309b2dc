/**
 * Schema of the human-edited claims database.
 *
 * Two kinds of file live in `claims-db/`:
 *  - `concepts*.yaml`: the vocabulary the engine matches on. A concept is an
 *    id plus the phrasings readers meet ("probiotics" ~ "good bacteria").
 *  - every other `*.yaml`: one topic each, holding graded claims.
 *
 * The compiler (`src/db/compile.ts`) validates every file against these
 * schemas and reports errors as `file › entry id › field: message`.
 */
import { z } from 'zod';

import { isSafeCitationUrl } from '../src/shared/citation-url';

/** The five evidence keys of `shared/evidence-scale.md`, strongest first. */
export const EVIDENCE_LEVELS = ['strong', 'moderate', 'limited', 'unsupported', 'contradicted'] as const;
export const evidenceLevel = z.enum(EVIDENCE_LEVELS);

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens');

/**
 * A term is matched case-insensitively on word boundaries. Regular
 * inflections of the last word (-s, -es, -ed, -ing, y→ies) are accepted by
 * the engine, so list base forms. A trailing `*` on the last word makes it a
 * prefix ("inflam*"); use it sparingly, it costs precision.
 */
const term = z
  .string()
  .min(2)
  .refine(t => t === t.toLowerCase(), 'terms are lowercase')
  .refine(t => t.trim() === t && !/\s{2}/.test(t), 'no leading, trailing or double spaces');

export const conceptSchema = z.strictObject({
  /** Short human label, used in the catalogue. */
  label: z.string().min(2),
  terms: z.array(term).min(1),
  /**
   * Phrases that, when they contain a matched term, cancel it: "gut feeling",
   * "gut-wrenching", "digital detox". Same matching rules as terms.
   */
  exclude: z.array(term).optional(),
  /**
   * Anchor concepts are gut-health vocabulary: a sentence needs at least one
   * to be analysed at all (the cheap gate). Generic concepts (verbs such as
   * "cause", "heal") are not anchors.
   */
  anchor: z.boolean().default(false),
});

export const conceptsFileSchema = z.strictObject({
  concepts: z.record(id, conceptSchema),
});

/** A requirement is a concept id, or a list of concept ids of which any one will do. */
const requirement = z.union([id, z.array(id).min(2)]);

export const citationSchema = z
  .strictObject({
    title: z.string().min(5),
    year: z.number().int().min(1900).max(2100),
    /** Journal, or the publisher of a guideline. */
    journal: z.string().min(2),
    pmid: z
      .string()
      .regex(/^[1-9][0-9]{0,8}$/, 'a PMID is 1 to 9 digits')
      .optional(),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'a DOI looks like 10.NNNN/suffix (no https://doi.org/ prefix)')
      .optional(),
    url: z
      .url()
      .refine(u => isSafeCitationUrl(u), 'must be an https: URL (http: only for a host in HTTP_CITATION_HOSTS)')
      .optional(),
    /** What kind of evidence this is: "Cochrane review of 82 RCTs". */
    kind: z.string().min(5),
  })
  .refine(c => c.pmid ?? c.doi ?? c.url, {
    message: 'a citation needs a pmid, a doi or a url',
    path: ['pmid'],
  });

export const claimSchema = z.strictObject({
  id,
  /** The canonical claim, as an affirmative sentence. */
  statement: z.string().min(10),
  topics: z.array(id).min(1),
  match: z.strictObject({
    /** Every requirement must be met by a concept mentioned in the sentence. */
    all: z.array(requirement).min(1),
    /** Optional: at least one of these concepts must also be mentioned. */
    any: z.array(id).min(1).optional(),
    /** Optional: the claim does not match when any of these is mentioned. */
    none: z.array(id).min(1).optional(),
  }),
  evidence: evidenceLevel,
  /** One plain sentence for the tooltip, GRADE-style wording. */
  verdict: z.string().min(20),
  /** A short paragraph: what the research shows. */
  summary: z.string().min(40),
  /**
   * What it means when a page denies the claim ("there is no evidence that
   * X", "X does not Y"), where that needs saying. Without it the engine
   * derives the level of the denial from `evidence`.
   */
  negation: z
    .strictObject({
      statement: z.string().min(10),
      evidence: evidenceLevel,
      verdict: z.string().min(20),
    })
    .optional(),
  citations: z.array(citationSchema).min(1),
  /** ISO date the entry was last reviewed against its sources. */
  reviewed: z.iso.date(),
});

export const topicFileSchema = z.strictObject({
  /** Topic id of the file (also its name without `.yaml`). */
  topic: id,
  title: z.string().min(3),
  claims: z.array(claimSchema).min(1),
});

export type EvidenceLevel = z.infer<typeof evidenceLevel>;
export type ConceptSource = z.infer<typeof conceptSchema>;
export type CitationSource = z.infer<typeof citationSchema>;
export type ClaimSource = z.infer<typeof claimSchema>;
export type TopicFile = z.infer<typeof topicFileSchema>;
