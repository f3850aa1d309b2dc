/**
 * Meta-test: the claims of the article the project started from (the seed,
 * `../shared/corpus/dev/seed-gold.json`, read at test time and never copied
 * here) are each found by the engine, in their canonical wording, at their
 * gold level. The few that cannot be are listed in KNOWN_GAPS with the
 * reason, and each must still fail, so the list stays honest: when one
 * starts passing, delete it from the list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { GoldPage } from '../../scripts/score-holdout';
import { compileFromDisk } from '../../src/db/load-files';
import { createEngine } from '../../src/engine';
import { DEV_CORPUS, HAVE_CORPUS } from '../shared-corpus';

const SEED = join(DEV_CORPUS, 'seed-gold.json');

/**
 * Canonical claim → the entry that covers it, and why the engine cannot report
 * it at its gold level from the canonical wording alone. The database still
 * holds each one at the gold level (checked below).
 */
const KNOWN_GAPS: Record<
  string,
  {
    entry: string;
    reason: string;
    graded?: { level: string; why: string };
  }
> = {
  'Healing leaky gut depends on diet and lifestyle changes': {
    entry: 'leaky-gut-healed-by-diets-supplements',
    reason:
      'reaches its entry at the gold level, but "depends on" reads as a link, not a cure, and the refitted calibrator gives 0.63, under the 0.65 grading threshold',
  },
  'GI disorders commonly cause bloating, gas and diarrhoea': {
    entry: 'gi-symptoms-are-common',
    reason:
      'the entry says the symptoms are common; worded as a cause, the claim reaches the leaky-gut symptoms entry, below the grading threshold',
  },
  'Bala probiotics relieve leaky-gut symptoms (diarrhoea, bloating, gas, pain)': {
    entry: 'probiotic-product-marketing-claim',
    reason: 'a vendor product claim: the brand name is not vocabulary, so the general probiotics entries outrank it',
  },
  'A healthy gut microbiome is crucial for proper digestion': {
    entry: 'healthy-microbiome-crucial-for-digestion',
    reason: 'found with its own entry, which the database grades limited',
    graded: {
      level: 'limited',
      why: 'colonic bacteria ferment the fibre fraction, but most digestion and absorption is the body\'s own (see the entry\'s citations): "crucial" overstates it',
    },
  },
  'Unabsorbed food in the intestine causes watery (osmotic) stools': {
    entry: 'unabsorbed-food-causes-osmotic-diarrhoea',
    reason: 'the subject reads as malabsorption, food and the gut at once, and no entry passes the match floor',
  },
  "Prebiotic-rich foods plus Bala's clinically-backed probiotics improve bloating and diarrhoea": {
    entry: 'probiotic-product-marketing-claim',
    reason:
      'a vendor product claim: the brand is not vocabulary, and the prebiotic foods lead to the prebiotics-and-gas entry',
  },
  'Addressing leaky-gut factors and supporting gut health mitigates leaky-gut symptoms': {
    entry: 'leaky-gut-lifestyle-eases-symptoms',
    reason: '"addressing factors" is no concept, so the subject is read as leaky gut itself',
  },
};

/** Seed topics that no database entry carries, and why. */
const TOPICS_NOT_IN_DB: Record<string, string> = {
  fermentation: 'covered by the fermented-foods and scfa topics',
  'abdominal-pain': 'a symptom, listed inside the symptoms and leaky-gut entries',
  sugar: 'a dietary factor inside the diet and gut-barrier entries',
  fat: 'a dietary factor inside the diet and gut-barrier entries',
  'trans-fats': 'named inside emulsifiers-additives-harm-gut-barrier',
  fatigue: 'a symptom, inside leaky-gut-main-symptoms-fatigue',
};

const present = HAVE_CORPUS;
const seed: GoldPage[] = present ? (JSON.parse(readFileSync(SEED, 'utf8')) as GoldPage[]) : [];
const claims = seed.flatMap(p => p.claims);
const { index } = compileFromDisk();
const engine = createEngine(index);

describe.skipIf(!present)('seed coverage', () => {
  const found = (canonical: string, level: string) =>
    engine.analyze(`${canonical}.`).claims.some(c => c.claimId !== null && c.evidence === level);

  it.each(claims.filter(c => !(c.canonical in KNOWN_GAPS)).map(c => [c.canonical, c.evidence]))(
    'found at its gold level: %s (%s)',
    (canonical, level) => {
      expect(found(canonical, level), `seed › ${canonical}`).toBe(true);
    },
  );

  it.each(Object.entries(KNOWN_GAPS))(
    'known gap is held by its entry (at the gold level unless graded otherwise): %s',
    (canonical, gap) => {
      const claim = claims.find(c => c.canonical === canonical);
      const entry = index.claims.find(e => e.id === gap.entry);
      expect(entry, `seed › ${canonical}: no entry ${gap.entry}`).toBeDefined();
      // Where the database grades the claim otherwise than the seed's gold, it says why.
      expect(entry?.evidence, `seed › ${canonical}: ${gap.entry} level`).toBe(gap.graded?.level ?? claim?.evidence);
    },
  );

  it.each(Object.entries(KNOWN_GAPS))('known gap still fails: %s', (canonical, { reason }) => {
    const claim = claims.find(c => c.canonical === canonical);
    expect(claim, `seed › known gap no longer in the seed: ${canonical}`).toBeDefined();
    expect(found(canonical, claim?.evidence ?? ''), `seed › now passes, remove it from KNOWN_GAPS (${reason})`).toBe(
      false,
    );
  });

  it('every seed topic is a database topic or listed with a reason', () => {
    const topics = new Set(index.claims.flatMap(c => c.topics));
    const missing = [...new Set(claims.flatMap(c => c.topics))].filter(t => !topics.has(t) && !(t in TOPICS_NOT_IN_DB));
    expect(missing, 'seed › topics with no entry').toEqual([]);
  });

  it('lists no topic as missing that the database has', () => {
    const topics = new Set(index.claims.flatMap(c => c.topics));
    expect(Object.keys(TOPICS_NOT_IN_DB).filter(t => topics.has(t))).toEqual([]);
  });
});
