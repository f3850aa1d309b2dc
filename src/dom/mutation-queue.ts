/**
 * One MutationObserver for every tree we annotate (documents, shadow roots,
 * same-origin frames). Its callback only queues; batches are processed in
 * idle time and reduced to the smallest set of block-level subtrees to read
 * again (Dark Reader's `createOptimizedTreeObserver` habit). A huge batch
 * becomes a rescan of its tree, and a page that mutates without pause is
 * processed less and less often until it calms down.
 */
import { BLOCK_TAGS, UI_HOST_TAG } from './skip';
import { blockOf } from './text-extract';

export interface MutationBatch {
  /** Subtrees to read again, none inside another. */
  subtrees: Node[];
  /** Trees to rescan whole (the batch was too big to be worth sorting). */
  rescan: Node[];
  /** Nodes were removed: highlights may have lost their text. */
  removed: boolean;
  /** Text nodes whose data changed. */
  edited: Set<Node>;
}

/** Subtrees above this count make a batch "huge". */
const HUGE = 400;
const IDLE_TIMEOUT = 500;
const MAX_DELAY = 2000;
/** Batches closer than this count as a storm. */
const STORM_GAP = 500;

const isBlock = (n: Node) => n.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has((n as Element).tagName);
const isOurs = (n: Node) => n.nodeType === Node.ELEMENT_NODE && (n as Element).tagName === UI_HOST_TAG;

export class MutationQueue {
  private readonly observer: MutationObserver;
  private records: MutationRecord[] = [];
  private scheduled = false;
  private delay = 0;
  private lastBatch = 0;
  private timer = 0;
  private idle = 0;

  constructor(
    private readonly win: Window,
    private readonly onBatch: (batch: MutationBatch) => void,
  ) {
    this.observer = new MutationObserver(records => {
      for (const r of records) this.records.push(r);
      this.schedule();
    });
  }

  observe(root: Node): void {
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const run = () => {
      this.timer = 0;
      this.idle = this.win.requestIdleCallback(() => this.process(), { timeout: IDLE_TIMEOUT });
    };
    if (this.delay) this.timer = this.win.setTimeout(run, this.delay);
    else run();
  }

  private process(): void {
    this.idle = 0;
    this.scheduled = false;
    const records = this.records;
    this.records = [];
    // Back off while batches keep coming in quick succession.
    const now = performance.now();
    this.delay = nextDelay(now - this.lastBatch, this.delay);
    this.lastBatch = now;
    const batch = reduce(records);
    if (batch.subtrees.length || batch.rescan.length || batch.removed || batch.edited.size) this.onBatch(batch);
  }

  disconnect(): void {
    this.observer.disconnect();
    this.records = [];
    if (this.timer) this.win.clearTimeout(this.timer);
    if (this.idle) this.win.cancelIdleCallback(this.idle);
    this.scheduled = false;
  }
}

/**
 * The wait before the next batch, given the time since the last one and the
 * current wait: doubling (100 ms, 200 ms, … up to MAX_DELAY) while batches
 * keep coming within STORM_GAP of the end of the last wait, none once the
 * page has been quiet that long.
 */
export function nextDelay(sinceLast: number, delay: number): number {
  return sinceLast < STORM_GAP + delay ? Math.min(MAX_DELAY, Math.max(100, delay * 2)) : 0;
}

/** Records → the few subtrees to read again. */
export function reduce(records: MutationRecord[]): MutationBatch {
  const dirty = new Set<Node>();
  const edited = new Set<Node>();
  let removed = false;
  const mark = (n: Node | null) => {
    if (n) dirty.add(blockOf(n) ?? n.getRootNode());
  };
  for (const r of records) {
    if (r.type === 'characterData') {
      edited.add(r.target);
      mark(r.target.parentNode);
      continue;
    }
    if (isOurs(r.target)) continue;
    if (r.removedNodes.length && ![...r.removedNodes].every(isOurs)) {
      removed = true;
      // Removing inline markup can join text into a new sentence.
      if (!isBlock(r.target)) mark(r.target);
    }
    for (const n of r.addedNodes) {
      if (isOurs(n)) continue;
      if (isBlock(n)) dirty.add(n);
      else mark(r.target);
    }
  }
  const live = [...dirty].filter(n => n.isConnected);
  if (live.length > HUGE) {
    return { subtrees: [], rescan: [...new Set(live.map(n => n.getRootNode()))], removed, edited };
  }
  // Keep only outermost subtrees.
  const subtrees = live.filter(n => {
    for (let p = n.parentNode; p; p = p.parentNode) if (dirty.has(p)) return false;
    return true;
  });
  return { subtrees, rescan: [], removed, edited };
}
