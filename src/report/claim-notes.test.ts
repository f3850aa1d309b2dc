import { describe, expect, it } from 'vitest';

import { classNote, matchKind, matchLine, notesOf, overstatementNote, sureness } from './claim-notes';

const entry = { id: 'e', statement: 'Probiotics heal leaky gut', via: 'entry' as const };
const base = { evidence: 'unsupported' as const, confidence: 0.9, match: entry, overstated: false, overstatedBy: null };

describe('claim notes', () => {
  it('names the matched statement, or the closest one when the match could not grade the claim', () => {
    expect(matchKind(base)).toBe('entry');
    expect(matchLine(base)).toEqual({ label: 'Matched', statement: 'Probiotics heal leaky gut' });
    const closest = { ...base, evidence: null };
    expect(matchKind(closest)).toBe('closest');
    expect(matchLine(closest)).toEqual({
      label: 'Closest claim in our database',
      statement: 'Probiotics heal leaky gut',
    });
    // Graded, but below the confidence at which grades are usually right: only the closest claim.
    const unsure = { ...base, confidence: 0.79 };
    expect(matchKind(unsure)).toBe('closest');
    expect(matchLine(unsure)?.label).toBe('Closest claim in our database');
    expect(matchKind({ ...base, confidence: 0.8 })).toBe('entry');
    expect(matchKind({ ...base, evidence: null, match: null })).toBe('none');
    expect(matchLine({ ...base, match: null })).toBeNull();
  });

  it('says when a family’s entry graded the claim', () => {
    const family = { ...base, match: { ...entry, via: 'class' as const, family: 'probiotics' } };
    expect(matchKind(family)).toBe('class');
    expect(classNote(family)).toBe('Graded as a claim about probiotics in general.');
    expect(classNote(base)).toBeNull();
    expect(classNote({ ...family, confidence: 0.5 })).toBeNull();
  });

  it('words an overstatement from the level', () => {
    expect(overstatementNote(base)).toBeNull();
    expect(overstatementNote({ ...base, evidence: 'limited', overstated: true, overstatedBy: 'cures' })).toBe(
      'The page says “cures”; the research shows early evidence at best.',
    );
    expect(overstatementNote({ ...base, overstated: true })).toBe(
      'The page states this more strongly than the research allows: it shows no reliable evidence for it.',
    );
    // No grade shown, so no overstatement of it either.
    expect(overstatementNote({ ...base, confidence: 0.6, overstated: true, overstatedBy: 'cures' })).toBeNull();
  });

  it('says how sure the match is, in a word and a figure', () => {
    expect(sureness(base)).toBe('high, 0.90');
    expect(sureness({ ...base, confidence: 0.612 })).toBe('low, 0.61');
    expect(sureness({ ...base, match: null })).toBeNull();
  });

  it('joins the notes for exports', () => {
    const both = {
      ...base,
      match: { ...entry, via: 'class' as const, family: 'detox products' },
      overstated: true,
      overstatedBy: 'proven',
    };
    expect(notesOf(both)).toBe(
      'Graded as a claim about detox products in general. The page says “proven”; the research shows no reliable evidence for it.',
    );
    expect(notesOf(base)).toBe('');
  });
});
