/**
 * What the marks on the page mean: each level's line drawn as the page draws
 * it (the same style from src/dom/highlight-css.ts), its icon and word, and
 * what it means. One component for the card and the popup; it carries its
 * own layout as inline styles, so it needs no stylesheet of either.
 */
import { markStyle } from '../../dom/highlight-css';
import type { HighlightStyle } from '../../settings/model';
import { LEVEL, LEVEL_KEYS, type LevelKey } from '../../shared/evidence-levels';

/** The line in words, for readers who cannot see it ("wavy underline"). */
export const lineWords = (key: LevelKey) => {
  const { weight, style, lines } = LEVEL[key].mark;
  return `${weight} ${style} ${lines.replace(' ', ' and ')}`;
};

export function Legend({ style, id }: { style: HighlightStyle; id?: string }) {
  return (
    <dl class="gc-legend" id={id} style={{ margin: 0 }}>
      {LEVEL_KEYS.map(key => (
        <div key={key} data-level={key} style={{ margin: '0 0 8px' }}>
          <dt style={{ margin: 0, fontWeight: 600 }}>
            <span
              aria-hidden="true"
              class="gc-legend-sample"
              style={{ display: 'inline-block', minWidth: '5.5em', paddingBottom: '2px', ...markStyle(key, style) }}
            >
              a claim
            </span>{' '}
            <span aria-hidden="true">{LEVEL[key].icon}</span> {LEVEL[key].word}
          </dt>
          <dd style={{ margin: '2px 0 0' }}>
            <span class="gc-legend-line">{capitalise(lineWords(key))}. </span>
            {LEVEL[key].meaning}
            {key === 'unmatched' ? ' Marked only if you turn it on in the options.' : ''}
          </dd>
        </div>
      ))}
    </dl>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
