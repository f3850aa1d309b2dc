/**
 * How often something occurs, said with numbers ("one adult in seven", "1 in 5",
 * "four out of ten people", "40% of adults", "70 million Americans"). Such
 * phrases mention the database's `prevalence` concept the way its terms do;
 * a pattern covers the numbers no term list could.
 */
export const PREVALENCE_CONCEPT = 'prevalence';

export const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'hundred',
  'thousand',
  'half',
  'third',
  'quarter',
]);

/** Who is counted: "one adult in seven", "40% of women". */
export const POPULATION_WORDS = new Set([
  'people',
  'person',
  'persons',
  'adult',
  'adults',
  'child',
  'children',
  'kids',
  'women',
  'men',
  'patients',
  'americans',
  'britons',
  'europeans',
  'individuals',
  'population',
  'adolescents',
  'infants',
  'babies',
]);

export const SCALE_WORDS = new Set(['million', 'millions', 'billion', 'billions']);
