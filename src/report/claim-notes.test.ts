import { describe, expect, it } from 'vitest';

import { classNote, matchKind, matchLine, notesOf, overstatementNote } from './claim-notes';

const entry = { id: 'e', statement: 'Probiotics heal leaky gut', via: 'entry' as const };
const base = { evidence: 'unsupported' as const, match: entry, overstated: false, overstatedBy: null };

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
    expect(matchKind({ ...base, evidence: null, match: null })).toBe('none');
    expect(matchLine({ ...base, match: null })).toBeNull();
  });

  it('says when a family’s entry graded the claim', () => {
    const family = { ...base, match: { ...entry, via: 'class' as const, family: 'probiotics' } };
    expect(matchKind(family)).toBe('class');
    expect(classNote(family)).toBe('Graded as a claim about probiotics in general.');
    expect(classNote(base)).toBeNull();
  });

  it('words an overstatement from the level', () => {
    expect(overstatementNote(base)).toBeNull();
    expect(overstatementNote({ ...base, evidence: 'limited', overstated: true, overstatedBy: 'cures' })).toBe(
      'The page says “cures”; the research shows early evidence at best.',
    );
    expect(overstatementNote({ ...base, overstated: true })).toBe(
      'The page states this more strongly than the research allows: it shows no reliable evidence.',
    );
  });

  it('joins the notes for exports', () => {
    const both = {
      ...base,
      match: { ...entry, via: 'class' as const, family: 'detox products' },
      overstated: true,
      overstatedBy: 'proven',
    };
    expect(notesOf(both)).toBe(
      'Graded as a claim about detox products in general. The page says “proven”; the research shows no reliable evidence.',
    );
    expect(notesOf(base)).toBe('');
  });
});
