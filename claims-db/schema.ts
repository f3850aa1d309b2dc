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
import { EVIDENCE_LEVELS } from '../src/shared/evidence-levels';

/** The five evidence keys (src/shared/evidence-levels.ts defines them once), strongest first. */
export { EVIDENCE_LEVELS };
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
  /** Empty only for abstract parents that readers never name ("properties and figures"). */
  terms: z.array(term).default([]),
  /**
   * Phrases that, when they contain a matched term, cancel it: "gut feeling",
   * "gut-wrenching", "digital detox". Same matching rules as terms.
   */
  exclude: z.array(term).optional(),
  /**
   * Terms of this concept with everyday senses outside gut health ("wind",
   * "gut", "colon", "fibre"): a page mentioning only these is read only where
   * an unambiguous anchor ("probiotics", "bloating") stands near.
   */
  ambiguous: z.array(term).optional(),
  /**
   * Anchor concepts are gut-health vocabulary: a sentence needs at least one
   * to be analysed at all (the cheap gate). Generic concepts (verbs such as
   * "cause", "heal") are not anchors.
   */
  anchor: z.boolean().default(false),
  /**
   * Parents in the concept hierarchy (is-a): kimchi is a fermented food,
   * ibuprofen an NSAID, Crohn's disease an IBD. An entry about a parent
   * covers claims about its descendants ("graded as a claim about fermented
   * foods in general") unless a more specific entry exists.
   */
  is: z.array(id).min(1).optional(),
  /**
   * What more of it means for health: `bad` for conditions, symptoms and
   * harms (inflammation, bloating, permeability), `good` for functions and
   * healthy states (digestion, microbial diversity, the gut barrier). The
   * engine uses it to read direction: "reduces bloating" treats, "reduces
   * diversity" harms. Leave it out for things that are neither.
   */
  valence: z.enum(['good', 'bad']).optional(),
  /**
   * What this concept is the absence or removal of: stopping smoking of
   * smoking, low stomach acid of stomach acid. A claim about it is the
   * converse claim about that concept ("stopping smoking helps Crohn's" is
   * what an entry "smoking worsens Crohn's" says), so one entry covers both.
   */
  absenceOf: id.optional(),
});

export const conceptsFileSchema = z.strictObject({
  concepts: z.record(id, conceptSchema),
});

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
    /**
     * What this source found for THIS entry's claim: the effect, the
     * population, the certainty ("Cochrane review, 33 RCTs in children:
     * probiotics cut antibiotic-associated diarrhoea from 19% to 8%,
     * moderate certainty"). A source that does not address the claim does
     * not belong on the entry.
     */
    supports: z.string().min(20).optional(),
  })
  .refine(c => c.pmid ?? c.doi ?? c.url, {
    message: 'a citation needs a pmid, a doi or a url',
    path: ['pmid'],
  });

/** The relation classes of src/engine/types.ts `RelationClass`. */
export const RELATIONS = ['causes', 'treats', 'associated', 'is', 'contains', 'diagnoses'] as const;

/**
 * The claim as a structured statement over the concept hierarchy: who does
 * what to whom. One entry covers its paraphrases, its active and passive
 * forms, and claims about the subject's and object's descendants.
 */
export const structureSchema = z.strictObject({
  /** Concept ids, any of which can be the subject. */
  subject: z.array(id).min(1),
  /**
   * `causes`: causes, worsens, increases or damages. `treats`: treats,
   * relieves, prevents, improves or supports. `associated`: linked, without
   * a direction. `is`: is a kind of, has a property, a figure. `contains`:
   * contains or produces. `diagnoses`: diagnoses, tests or measures.
   */
  relation: z.enum(RELATIONS),
  /** Concept ids, any of which can be the object (the outcome, property or thing contained). */
  object: z.array(id).min(1),
  /** Optional: the claim is about these people (infants, people with IBS); concept ids, any of. */
  population: z.array(id).min(1).optional(),
  /** The statement itself denies: "Leaky gut is not a recognised diagnosis". */
  negated: z.boolean().optional(),
});

export const claimSchema = z.strictObject({
  id,
  /** The canonical claim, as an affirmative sentence. */
  statement: z.string().min(10),
  topics: z.array(id).min(1),
  /** The claim as subject, relation and object. */
  claim: structureSchema,
  /**
   * A class entry grades a whole family of claims when no specific entry
   * exists ("a supplement heals leaky gut"). The value names the family in
   * plain words for the card: "supplements for leaky gut".
   */
  class: z.string().min(5).optional(),
  /**
   * Paraphrases in our own words that must match this entry (tested): the
   * active and passive forms, a specific variant, a hedged or denied form.
   * Never copy a page's sentence here.
   */
  examples: z.array(z.string().min(10)).min(1).optional(),
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
export type StructureSource = z.infer<typeof structureSchema>;
export type TopicFile = z.infer<typeof topicFileSchema>;
