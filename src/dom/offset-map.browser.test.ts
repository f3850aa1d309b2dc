/** The offset map over real text nodes: ranges cross inline elements and skip separators. */
import { afterEach, describe, expect, it } from 'vitest';

import { mount, unmountAll } from './test-page';
import { TextWalk } from './text-extract';

afterEach(() => unmountAll());

describe('OffsetMap in Chromium', () => {
  it('turns text offsets into live ranges across inline markup', () => {
    const root = mount('<p>Probiotics <b>heal</b> <i>leaky</i> gut.</p><p>Second block.</p>');
    const walk = new TextWalk(root);
    walk.step();
    const at = walk.text.indexOf('heal leaky');
    const range = walk.map.range(at, at + 'heal leaky'.length);
    expect(range?.toString()).toBe('heal leaky');
    expect(range?.startContainer.parentElement?.tagName).toBe('B');
    expect(range?.endContainer.parentElement?.tagName).toBe('I');
    expect(walk.map.nodes(at, at + 'heal leaky'.length).map(n => n.data)).toEqual(['heal', ' ', 'leaky']);
    const second = walk.text.indexOf('Second');
    expect(walk.map.range(second, second + 6)?.toString()).toBe('Second');
  });

  it('ranges follow the page: removed text collapses them', () => {
    const root = mount('<p>NSAIDs damage the gut lining.</p>');
    const walk = new TextWalk(root);
    walk.step();
    const range = walk.map.range(0, 6)!;
    root.querySelector('p')!.remove();
    expect(range.toString()).toBe('');
  });
});
