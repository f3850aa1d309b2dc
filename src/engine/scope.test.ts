/**
 * Negation scope and testimonials, end to end over the real database. Each row:
 * [sentence, expected claim id | null (undefined: no finding), negated].
 * Sentences were written for this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { compileFromDisk } from '../db/load-files';
import { createEngine, type Engine } from './index';

let engine: Engine;
beforeAll(() => {
  engine = createEngine(compileFromDisk().index);
});

type Row = [sentence: string, claimId: string | null | undefined, negated: boolean];

function check([sentence, claimId, negated]: Row): void {
  const { claims } = engine.analyze(sentence);
  const at = `scope › "${sentence}"`;
  if (claimId === undefined) {
    expect(claims, `${at} › should find nothing`).toEqual([]);
    return;
  }
  const found = claims.find(c => c.claimId === claimId);
  expect(found, `${at} › findings: ${claims.map(c => c.claimId).join(', ')}`).toBeDefined();
  expect(found?.negated, `${at} › negated`).toBe(negated);
  for (const c of claims) expect(sentence.slice(c.start, c.end), `${at} › offsets`).toBe(c.text);
}

describe('negation inside a relative clause restricts a noun; it denies nothing', () => {
  it.each<Row>([
    ['Detox teas are mostly laxatives that the body does not need.', 'detox-teas-are-laxatives', false],
    [
      'Painkillers such as ibuprofen damage the gut lining, which cannot repair itself quickly.',
      'nsaids-damage-gut-lining',
      false,
    ],
  ])('%s', (...row) => check(row));
});

describe('a complement clause carries the claim, so its negation counts', () => {
  it.each<Row>([
    ['Trials show that probiotics do not cure eczema.', 'probiotics-treat-eczema', true],
    ['There is no evidence that colon cleanses remove toxins.', 'detox-diets-remove-toxins', true],
  ])('%s', (...row) => check(row));
});

describe('testimonials are anecdotes, with or without quotation marks', () => {
  it.each<Row>([
    ['“I’ve had IBS for ten years and since I started these capsules my bloating is gone.”', undefined, false],
    ['- I tried kefir for a month and my gut has never felt better.', undefined, false],
  ])('%s', (...row) => check(row));
});
