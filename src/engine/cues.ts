/**
 * Negation, hedging and attribution cues of a sentence or clause. Plain
 * regexes: these are closed classes of words and set phrases, which regexes
 * read more reliably (and far more cheaply) than a tagger.
 */

/**
 * - `evidential`: denies that evidence or recognition exists ("no evidence
 *   that", "not proven", "not a recognised diagnosis").
 * - `weak`: says the evidence is thin, not absent ("only limited evidence that…").
 * - `plain`: denies the claim itself ("probiotics do not cure eczema").
 */
export type NegationKind = 'evidential' | 'weak' | 'plain';

export interface Cues {
  negation: NegationKind | null;
  hedged: boolean;
  /** Reported as someone else's claim ("proponents say", "is said to"). */
  attributed: boolean;
}

const QUAL =
  '(?:(?:good|strong|reliable|scientific|clinical|solid|convincing|high[- ]quality|real|conclusive|consistent|credible|robust|sufficient|enough|much|any|hard|firm|direct|human|published|medical|quality)\\s+)*';
const EVIDENTIAL = new RegExp(
  [
    `\\b(?:no|little|limited|insufficient|scant|scarce|weak|lack\\s+of|lacks?|lacking|without|not\\s+(?:much|enough|any|a\\s+lot\\s+of)|isn't\\s+(?:much|any)|there's\\s+no)\\s+${QUAL}(?:evidence|proof|research|data|studies|scientific\\s+basis|support)\\b`,
    `\\b(?:not|n't|never)\\s+(?:been\\s+|yet\\s+|be\\s+)?(?:(?:scientifically|clinically|currently|officially|formally|widely|medically|generally|well)\\s+)?(?:proven|supported|backed|evidence[- ]based|validated|established|recogni[sz]ed|accepted|demonstrated|shown)\\b`,
    `\\b(?:unproven|unsubstantiated|unfounded|baseless|debunked|not\\s+evidence[- ]based|a\\s+myth|no\\s+such\\s+thing)\\b`,
    `\\bno\\s+(?:validated|standardi[sz]ed|reliable|accepted|approved|proven|recogni[sz]ed|specific|established|single|particular)\\s+(?:[\\w-]+\\s+){0,3}(?:tests?|diagnos\\w*|treatments?|cures?|diets?|criteria|definition)\\b`,
    `\\b(?:does|do|did)\\s*(?:not|n't)\\s+recogni[sz]e\\b`,
    `\\bnor\\s+(?:a\\s+)?(?:valid|recogni[sz]ed|real)\\b`,
    `\\bnot\\s+(?:a\\s+)?(?:valid|real|true|recogni[sz]ed|formal|proper|genuine)\\s+(?:medical\\s+)?(?:diagnosis|condition|disease|syndrome)\\b`,
    `\\b(?:problematic|controversial)\\b`,
  ].join('|'),
  'i',
);

// "Only limited evidence", "the evidence is mixed": thin support, not none.
const WEAK =
  /\b(?:only\s+(?:limited|weak|modest|preliminary)|limited|weak|mixed|inconclusive)\s+(?:(?:scientific|clinical|human)\s+)?(?:evidence|research|data|support)\b|\bevidence\s+(?:is|remains)\s+(?:limited|weak|mixed|inconclusive|thin)\b/i;

// Negations that do not deny anything: "cannot be overstated", "no surprise", "not only".
const IDIOM =
  /\b(?:can(?:not|'t|’t)\s+be\s+(?:overstated|understated|ignored)|no\s+(?:surprise|wonder|doubt|question|coincidence|secret|exaggeration|matter|longer\s+a\s+secret)|not\s+(?:only|just|surprising(?:ly)?|to\s+mention)|whether\s+or\s+not|if\s+not|nothing\s+short\s+of|not\s+least)\b/gi;
// "No" denies the clause when it opens the subject ("No diet cures IBS") or follows an
// existential ("There is currently no cure"), or names what the claim is ("is no cure for", "no
// proven benefit"); inside a phrase ("safe, with no side effects") it denies nothing about the claim.
const PLAIN =
  /\b(?:not|never|cannot|nor|neither|nothing|nonexistent|non-existent|no\s+(?:\w+\s+)?(?:benefit|effect|impact|role|link|connection|need|reason|amount|way|cure|treatment|remedy)|doesn't|don't|isn't|aren't|won't|can't|didn't|wasn't|weren't|shouldn't|wouldn't|couldn't|hasn't|haven't)\b|n['’]t\b|^\W*no\s+(?!one\b)[a-z]|\bthere\s*(?:is|are|'s|was|were)\s+(?:\w+ly\s+)?no\b/i;

// Qualifiers that restrict a claim rather than deny it: "doesn't always", "not everyone",
// "can't always be sure", "not for everyone". They hedge; they are not negations.
const QUALIFIER =
  /\b(?:(?:do|does|did|is|are|was|were|can|will|would|should|has|have)(?:\s+not|n't)\s+always|(?:can(?:not|'t)|cannot)\s+always|not\s+always|not\s+(?:for\s+)?(?:everyone|everybody|every\s+\w+|all\s+(?:people|cases|patients))|not\s+necessarily)\b/gi;

// "More likely" and "less likely" compare ("people with IBS are more likely to have anxiety"); they hedge nothing.
const HEDGE =
  /\b(?:may|might|could|possibly|potentially|perhaps|probably|(?<!\b(?:more|less|most|least)\s)likely|unlikely|appears?\s+to|appear|seems?\s+to|thought\s+to|believed\s+to|suggests?|suggested|preliminary|emerging|some\s+(?:studies|research|evidence|experts)|in\s+some\s+(?:people|cases)|promising)\b/i;

const ATTRIBUTION = new RegExp(
  [
    '\\b(?:proponents?|advocates?|supporters?|marketers?|manufacturers?|sellers?|influencers?|practitioners?|promoters?|enthusiasts?|believers?|fans|some\\s+people|many\\s+people|some\\s+websites|the\\s+(?:wellness|supplement)\\s+industry)\\b[^.;]{0,40}?\\b(?:claim|say|believe|argue|assert|promise|tout|insist|proclaim|allege|maintain)',
    '\\b(?:is|are|was|were|been|often|commonly|widely|frequently)\\s+(?:\\w+\\s+)?(?:said|claimed|touted|promoted|marketed|advertised|purported|supposed|rumou?red|alleged|ascribed|blamed)\\s+(?:to|as|for|on)\\b',
    '\\b(?:purported(?:ly)?|allegedly|supposedly|so-called|can\\s+be\\s+blamed)\\b',
    '\\b(?:claims?|myths?)\\s+(?:that|about)\\b',
  ].join('|'),
  'i',
);

/** Cues of `text` (a sentence or clause). */
export function readCues(text: string): Cues {
  const t = text.replace(/’/g, "'");
  const qualified = QUALIFIER.test(t);
  QUALIFIER.lastIndex = 0;
  const stripped = t.replace(IDIOM, ' ').replace(QUALIFIER, ' ');
  let negation: NegationKind | null = null;
  if (WEAK.test(stripped)) negation = 'weak';
  else if (EVIDENTIAL.test(stripped)) negation = 'evidential';
  else if (PLAIN.test(stripped)) negation = 'plain';
  return { negation, hedged: qualified || HEDGE.test(t), attributed: ATTRIBUTION.test(t) };
}
