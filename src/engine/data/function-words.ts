/**
 * English function words by class: the closed classes the tagger reads
 * before it asks compromise's lexicon about open-class words. Every list is
 * general English grammar.
 */
export const DETERMINERS =
  'a an the this that these those each every some any many much more most few fewer less all both either neither no another such several enough certain various other own'.split(
    ' ',
  );
export const POSSESSIVES = 'my your his her its our their whose'.split(' ');
export const PRONOUNS =
  "i you he she it we they me him us them myself yourself itself ourselves themselves yourselves one someone something everyone everything anyone anything nobody nothing none it's they're we're you're i'm he's she's that's there's here's what's".split(
    ' ',
  );
export const PREPOSITIONS =
  'of in on at by for with without about against between into through during before after above below from up down out off over under again within across along around among beyond toward towards upon via per like unlike despite versus vs than as including except throughout onto near alongside amid inside outside'.split(
    ' ',
  );
export const COORDINATORS = 'and or but nor yet so plus'.split(' ');
export const SUBORDINATORS =
  'because although though while whereas if unless until since when whenever once after before so that as whether'.split(
    ' ',
  );
export const RELATIVES = 'which who whom whose that where'.split(' ');
export const QUESTION_WORDS = 'what why how when where which who whom whose'.split(' ');
export const MODALS =
  "may might can could will would shall should must cannot can't couldn't won't wouldn't shouldn't mustn't mightn't ought".split(
    ' ',
  );
export const BE_FORMS = "be is are was were been being am isn't aren't wasn't weren't 's 're".split(' ');
export const HAVE_FORMS = "have has had having haven't hasn't hadn't 've".split(' ');
export const DO_FORMS = "do does did doesn't don't didn't".split(' ');
export const NEGATIONS = "not never no n't nor neither".split(' ');

/** Modal and adverb hedges: the claim is stated as a possibility. */
export const HEDGE_WORDS =
  'may might could possibly potentially perhaps probably likely unlikely maybe presumably arguably apparently seemingly reportedly theoretically'.split(
    ' ',
  );

/**
 * Words that state a claim with more certainty than research ever gives a
 * limited claim: cures, guarantees, proof. The finding quotes the page's own word.
 */
export const BOOSTER_WORDS =
  'cure cures cured curing guarantee guarantees guaranteed proven definitely always completely totally permanently instantly miracle miraculous undeniably unquestionably certainly 100% eliminate eliminates eradicate eradicates forever'.split(
    ' ',
  );

/** Verbs that report what someone said, showed or believes ("studies show that…"). */
export const REPORTING_VERBS =
  'show shows showed shown suggest suggests suggested find finds found say says said claim claims claimed believe believes believed report reports reported indicate indicates indicated note notes noted argue argues argued think thinks thought know knows known estimate estimates estimated demonstrate demonstrates demonstrated confirm confirms confirmed prove proves proved proven reveal reveals revealed conclude concludes concluded agree agree agreed warn warns warned recommend recommends recommended explain explains explained state states stated point points pointed insist insists insisted promise promises promised tout touts touted hypothesise hypothesize hypothesised hypothesized propose proposes proposed speculate speculates speculated assume assumes assumed mean means meant'.split(
    ' ',
  );

/** Subjects of a reporting verb that are the research itself (evidential), not a party with a view. */
export const EVIDENCE_NOUNS =
  'evidence proof research studies study data trials trial review reviews meta-analysis analysis analyses science scientists researchers experts findings results literature guidelines evaluation surveys survey work'.split(
    ' ',
  );

/** Subjects of a reporting verb that are a party selling or believing (attribution). */
export const PARTISAN_NOUNS =
  'proponents proponent advocates advocate supporters supporter marketers manufacturers sellers influencers practitioners promoters enthusiasts believers fans companies brands websites people some many others naturopaths'.split(
    ' ',
  );

/**
 * Light verbs: with a relation noun they carry its relation ("has no proven benefit", "plays a role
 * in", "offers protection against"); some also have a sense of their own.
 */
export const LIGHT_VERBS: readonly string[] = [
  'have',
  'play',
  'provide',
  'offer',
  'give',
  'bring',
  'carry',
  'pose',
  'show',
  'deliver',
];

/** Verbs that take an infinitive or a bare verb and pass the relation on ("helps reduce", "tends to cause"). */
export const CHAIN_VERBS =
  'help helps helped helping tend tends tended seem seems seemed appear appears appeared aim aims work works claim claims claimed promise promises promised go goes went continue continues need needs needed start starts started begin begins began try tries tried serve serves served act acts'.split(
    ' ',
  );
