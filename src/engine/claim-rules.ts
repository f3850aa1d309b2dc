/**
 * Named surface rules about what a sentence is when it is not a claim: a
 * call to action, a disclaimer, an anecdote, a remark about the article, a
 * definition, a product line, a question. They are features of the claim
 * classifier (claim-features.ts), not verdicts: the learned model weighs
 * them against the parse. `npm run engine:ablate` reports each one's effect
 * on the cross-validated score; a rule that earns nothing goes.
 */
export const QUESTION_START =
  /^(?:what|why|how|when|where|which|who|whom|whose|can|could|does|do|did|is|are|was|were|should|will|would|has|have)\b/i;

// Imperatives that sell, navigate or recruit rather than assert.
export const CTA =
  /^(?:subscribe|sign\s+up|shop|buy|order|click|tap|register|join|download|learn\s+more|read\s+(?:more|on|next)|discover|explore|visit|get\s+(?:your|our|started|the|\d)|take\s+(?:our|the|this|a)\b.{0,40}\b(?:quiz|test|assessment|survey)|book|schedule|contact|call\s+us|follow|share|save|add\s+to|start\s+(?:your|today|now)|claim\s+your|use\s+(?:code|our)|let['’]s|try\s+(?:our|it|them)|see\s+(?:more|also|our)|check\s+out|find\s+out|feel\s+better|glow|skip\s+to)\b/i;
export const CTA_ANYWHERE =
  /\b(?:subscribe\s*(?:&|and)\s*save|add\s+to\s+cart|free\s+shipping|\d+%\s+off|use\s+code|we\s+invite\s+you|take\s+our\b.{0,40}\bquiz|shop\s+now|order\s+now|buy\s+now|sign\s+up\s+(?:for|today|now)|join\s+us)\b/i;

export const DISCLAIMER =
  /\b(?:(?:seek|need|get)\s+(?:immediate\s+)?medical\s+(?:attention|help|advice)|for\s+(?:informational|educational)\s+purposes|not\s+intended\s+to\s+(?:diagnose|treat|cure|replace|be)|(?:consult|talk\s+to|speak\s+(?:to|with)|check\s+with|ask)\s+(?:your|a)\s+(?:doctor|physician|healthcare|health\s+care|gp|pharmacist|dietitian)|medically\s+reviewed|these\s+statements\s+have\s+not|first\s+published|this\s+(?:article|content|page|information)\s+(?:is|was|does)|affiliate|all\s+rights\s+reserved|privacy\s+policy|terms\s+of\s+(?:use|service)|cookie)/i;

export const ANECDOTE =
  /\b(?:she|he)\s+(?:learns|learned|notices|noticed|visits|visited|decides|decided|starts|started|tries|tried|was\s+diagnosed|is\s+diagnosed)\b|^(?:consider\s+the\s+case|case\s+study|take\s+the\s+case)|\b(?:a|an)\s+\d+-year-old\b|^(?:i|i['’]ve|i['’]m|my|we\s+(?:tried|had|started))\b|\bwhen\s+i\b|\b(?:my|our)\s+(?:client|patient|husband|wife|partner|mom|mum|mother|dad|father|daughter|son|friend|sister|brother|cousin|aunt|uncle|gran|grandma|grandmother|grandad|grandpa|grandfather|niece|nephew|neighbou?r|colleague|kids|youngest|eldest|toddler|baby)\b|\bi\s+(?:was|had|felt|got|ate|took|tried|used\s+to)\b|\bwe\s+(?:ate|had|tried|took|drank)\b|^(?:last\s+(?:time|year|month|week)|(?:a\s+few|two|three|four|five|six|ten|many)\s+(?:days|weeks|months|years)\s+ago)\b/i;

export const META =
  /\b(?:in\s+this\s+(?:article|post|blog|guide|piece|review|section)|this\s+(?:article|post|blog|guide|review)\s+(?:reviews|explores|covers|looks|will|discusses|provides)|read\s+on\b|we['’]ll\s+(?:explore|look|discuss|cover|dive)|(?:here['’]s|here\s+is)\s+what\s+you\s+need|you\s+need\s+to\s+be\s+aware|issues\s+(?:you\s+need\s+)?to\s+be\s+aware|the\s+term\b|table\s+of\s+contents|that['’]s\s+where|come\s+in\.?$|educate\s+yourself|growing\s+interest|definitive\s+guide|comprehensive\s+guide|strategies[^.]{0,30}are\s+provided|we['’]re\s+committed\s+to\s+(?:bringing|providing)|what\s+you\s+need\s+to\s+know|this\s+(?:post|article|guide|blog)\b|this\s+(?:leaflet|factsheet|fact\s+sheet|booklet|page|section|brochure)\s+(?:explains|describes|covers|tells|gives|is\s+for|will)\b|^(?:the\s+)?(?:researchers|scientists|investigators|the\s+(?:team|study|trial))\s+(?:asked|recruited|gave|randomly|randomi[sz]ed|assigned|enrolled|followed|collected|measured|compared|looked\s+at)\b|we\s+will\s+(?:also\s+)?(?:discuss|explore|cover|look|examine)|in\s+the\s+right\s+place|gained\s+(?:a\s+lot\s+of\s+|much\s+|some\s+)?(?:attention|popularity|traction)|a\s+term\s+(?:that|for|used)|used\s+to\s+describe|(?:described|referred\s+to)\s+as|you['’]ve\s+(?:probably\s+|likely\s+|may\s+have\s+)?(?:heard|seen|read)|^you(?:['’]ll|\s+will)\s+(?:probably\s+|often\s+)?(?:see|find|notice|hear|spot|come\s+across)\b|^understanding\b|^(?:these|here)\s+are\s+(?:a\s+few|some|the)\b|we\s+hope\b|^(?:at\s+[\p{Lu}][\p{L}\s]+,\s+)?we\s+(?:advocate|believe\s+in|love|recommend\s+our|offer)\b)/iu;

// "Probiotics are live microorganisms that…", "Kefir is milk fermented with grains": says what
// a thing is or how it is made, not what it does to health.
export const DEFINITION =
  /^(?:[\p{L}'’-]+\s+){1,3}(?:is|are)\s+(?:a\s+|an\s+)?(?:(?:type\s+of\s+|kind\s+of\s+|group\s+of\s+|form\s+of\s+)?(?:live|living|tiny|microscopic|naturally\s+occurring)?\s*(?:bacteria|microorganisms|micro-organisms|microbes|yeasts?|organisms|compounds|substances|strains)\b|(?:[\p{L}-]+\s+){0,3}(?:made|fermented|brewed|produced|prepared|cultured)\s+(?:by|from|with|using)\b)/iu;

export const PRODUCT =
  /\b\d+\s*(?:-\s*)?(?:pack|count|ct|capsules|caps|servings|pcs|bottles?|tablets|gummies)\b|[$£€]\s?\d|\bsale\b|\bsold\s+out\b/i;

/** Every rule by name: what the ablation switches off one at a time. */
export const RULES = {
  cta: (t: string) => CTA.test(t) || CTA_ANYWHERE.test(t),
  disclaimer: (t: string) => DISCLAIMER.test(t),
  anecdote: (t: string) => ANECDOTE.test(t.replace(/^[\s"'“‘«(\-–—]+/, '')),
  meta: (t: string) => META.test(t),
  definition: (t: string) => DEFINITION.test(t),
  product: (t: string) => PRODUCT.test(t),
  questionStart: (t: string) => QUESTION_START.test(t),
  headingColon: (t: string) => /:\s*$/.test(t),
} as const;

export type RuleName = keyof typeof RULES | keyof typeof GATES;

/**
 * Named rules that decide rather than weigh. A question asks and asserts nothing (41 of the 43
 * questions in the dev corpus hold no claim); the rhetorical "did you know that …?" is read by
 * the parse as a wrapper and stays a claim.
 */
export const GATES = {
  question: (sentence: string, rhetorical: boolean) =>
    !rhetorical && /\?["'”’)\]]*\s*$/.test(sentence) && QUESTION_START.test(sentence.replace(/^[\s\d.)•*-]+/, '')),
} as const;
