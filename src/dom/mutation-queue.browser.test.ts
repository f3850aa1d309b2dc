/** The mutation queue in Chromium: real MutationObserver records reduced to the blocks to read again. */
import { afterEach, describe, expect, it } from 'vitest';

import { MutationQueue, type MutationBatch } from './mutation-queue';
import { mount, unmountAll } from './test-page';

afterEach(() => unmountAll());

/** Starts a queue on `root` and resolves with its first batch. */
function nextBatch(root: Node, change: () => void): Promise<MutationBatch> {
  return new Promise(resolve => {
    const queue = new MutationQueue(window, batch => {
      queue.disconnect();
      resolve(batch);
    });
    queue.observe(root);
    change();
  });
}

describe('MutationQueue in Chromium', () => {
  it('an added paragraph is one subtree to read', async () => {
    const root = mount('<article><p>first</p></article>');
    const p = document.createElement('p');
    p.textContent = 'Probiotics heal leaky gut.';
    const batch = await nextBatch(root, () => root.querySelector('article')!.append(p));
    expect(batch.subtrees).toEqual([p]);
    expect(batch.removed).toBe(false);
  });

  it('text added inside a paragraph marks that paragraph, once', async () => {
    const root = mount('<p id="x">Kefir <b>is</b> tasty</p>');
    const p = root.querySelector('#x')!;
    const batch = await nextBatch(root, () => {
      p.append(' and fizzy');
      p.querySelector('b')!.append(' very');
    });
    expect(batch.subtrees).toEqual([p]);
  });

  it('an edited text node is reported as edited', async () => {
    const root = mount('<p>NSAIDs damage the gut lining.</p>');
    const text = root.querySelector('p')!.firstChild as Text;
    const batch = await nextBatch(root, () => {
      text.data = 'NSAIDs can damage the gut lining.';
    });
    expect([...batch.edited]).toEqual([text]);
  });

  it('a removal says so', async () => {
    const root = mount('<p>one</p><p>two</p>');
    const batch = await nextBatch(root, () => root.querySelector('p')!.remove());
    expect(batch.removed).toBe(true);
  });

  it('a huge batch becomes a rescan of its tree', async () => {
    const root = mount('<div id="list"></div>');
    const list = root.querySelector('#list')!;
    const batch = await nextBatch(root, () => {
      for (let i = 0; i < 500; i++) {
        const p = document.createElement('p');
        p.textContent = `item ${i}`;
        list.append(p);
      }
    });
    expect(batch.subtrees).toEqual([]);
    expect(batch.rescan).toEqual([document]);
  });

  it('ignores our own UI host', async () => {
    const root = mount('<p>page</p>');
    const batch = await Promise.race([
      nextBatch(root, () => root.append(document.createElement('gutcheck-ui'))),
      new Promise<null>(resolve => setTimeout(() => resolve(null), 1500)),
    ]);
    expect(batch).toBeNull();
  });
});
