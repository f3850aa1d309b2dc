import { describe, expect, it } from 'vitest';

import { readCues, type Cues } from './cues';

describe('readCues', () => {
  const rows: [string, Cues['negation'], boolean, boolean][] = [
    // sentence, negation, hedged, attributed
    ['There is no evidence that probiotics heal leaky gut.', 'evidential', false, false],
    ['There is little good evidence that cleanses work.', 'evidential', false, false],
    ['Leaky gut is not a recognised diagnosis.', 'evidential', false, false],
    ['Colon cleanses are not supported by science.', 'evidential', false, false],
    ['These remedies remain unproven.', 'evidential', false, false],
    ['No validated test for leaky gut exists.', 'evidential', false, false],
    ['No particular leaky gut diet is recommended by specialists.', 'evidential', false, false],
    ['There is only limited evidence that kefir improves digestion.', 'weak', false, false],
    ['The evidence is mixed for glutamine.', 'weak', false, false],
    ['Probiotics do not cure eczema.', 'plain', false, false],
    ['We simply don’t store pounds of waste in the colon.', 'plain', false, false],
    ['Fibre can’t be digested by human enzymes.', 'plain', false, false],
    // "No" opening the subject, or after an existential, denies; inside a phrase it does not.
    ['No diet cures irritable bowel syndrome.', 'plain', false, false],
    ['There is currently no cure for IBS.', 'plain', false, false],
    ['Probiotics are safe, with no side effects.', null, false, false],
    ['No one knows exactly what causes IBS.', null, false, false],
    ['Probiotics may help ease bloating.', null, true, false],
    ['Some studies suggest kefir improves digestion.', null, true, false],
    ['Fibre is thought to protect the gut lining.', null, true, false],
    ['Proponents claim the colon is clogged with waste.', null, false, true],
    ['Bone broth is said to seal the gut.', null, false, true],
    ['The gut’s influence on health cannot be overstated.', null, false, false],
    ['It is no surprise that the gut matters.', null, false, false],
    ['Fibre not only feeds bacteria but also eases constipation.', null, false, false],
    ['Probiotics ease bloating.', null, false, false],
    // Qualifiers restrict a claim; they do not deny it.
    ['Coeliac disease doesn’t always cause gut symptoms.', null, true, false],
    ['Probiotics are not for everyone.', null, true, false],
    ['Fibre does not always ease bloating.', null, true, false],
    ['Not everyone with IBS needs a colonoscopy.', null, true, false],
    ['We can’t always be sure a probiotic contains what its label says.', null, true, false],
    ['Not all probiotics survive stomach acid.', 'plain', false, false],
    // A seller's promise is attribution, not a hedge; "promising" results are a hedge.
    ['Sellers promise that the tea flushes toxins.', null, false, true],
    ['Early results for the diet look promising.', null, true, false],
  ];
  it.each(rows)('%s', (text, negation, hedged, attributed) => {
    expect(readCues(text), `cues › ${text}`).toEqual({ negation, hedged, attributed });
  });
});
