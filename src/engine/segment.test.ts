import { describe, expect, it } from 'vitest';

import { segment } from './segment';

const texts = (text: string) => segment(text).map(s => text.slice(s.start, s.end));

describe('segment', () => {
  const rows: [string, string, string[]][] = [
    [
      'prose',
      'Fibre feeds gut bacteria. Stress may upset digestion! Why?',
      ['Fibre feeds gut bacteria.', 'Stress may upset digestion!', 'Why?'],
    ],
    [
      'abbreviations',
      'Dr. Lee said e.g. kefir helps. S. boulardii is a yeast.',
      ['Dr. Lee said e.g. kefir helps.', 'S. boulardii is a yeast.'],
    ],
    [
      'heading lines',
      'Key Takeaways\nProbiotics can ease bloating\n\nWhat Causes Gas\nSwallowed air is one source.',
      ['Key Takeaways', 'Probiotics can ease bloating', 'What Causes Gas', 'Swallowed air is one source.'],
    ],
    [
      'bullets and emoji',
      '- Reduces bloating\n• Supports regularity\n✅ Feeds good bacteria\n1. Improved Digestion',
      ['Reduces bloating', 'Supports regularity', 'Feeds good bacteria', 'Improved Digestion'],
    ],
    ['bare bullet markers', 'Benefits:\n-\nLess gas\n-\nBetter sleep', ['Benefits:', 'Less gas', 'Better sleep']],
    [
      'wrapped line',
      'Fermented foods such as kefir,\nsauerkraut and kimchi contain live microbes.',
      ['Fermented foods such as kefir,\nsauerkraut and kimchi contain live microbes.'],
    ],
    [
      'quotes after the stop',
      'It is called "leaky gut." Doctors disagree.',
      ['It is called "leaky gut."', 'Doctors disagree.'],
    ],
    ['no final stop', 'gut health tips for busy people', ['gut health tips for busy people']],
  ];
  it.each(rows)('%s', (where, text, expected) => {
    expect(texts(text), `segment › ${where}`).toEqual(expected);
  });

  it('marks layout: terminal, whole line, bullet', () => {
    const [heading, bullet, prose] = segment('Why Fibre Matters\n- Eases constipation\nFibre helps. More later.');
    expect(heading, 'segment › heading').toMatchObject({ terminal: false, wholeLine: true, bullet: false });
    expect(bullet, 'segment › bullet').toMatchObject({ terminal: false, bullet: true });
    expect(prose, 'segment › prose').toMatchObject({ terminal: true, wholeLine: false });
  });

  it('segments only the requested range', () => {
    const text = 'One line.\nSecond line here.\nThird.';
    const from = text.indexOf('Second');
    expect(
      segment(text, from, text.indexOf('\nThird')).map(s => text.slice(s.start, s.end)),
      'segment › range',
    ).toEqual(['Second line here.']);
  });
});
