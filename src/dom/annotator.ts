/**
 * The coordinator of the DOM layer: reads text, gates it, asks for analysis
 * (injected, so this module never sees messaging), paints claims, follows
 * mutations and answers hit-tests. Everything it starts, `destroy()` stops:
 * after it, the page is exactly as it was.
 *
 * Flow: TextWalk (in slices of a few ms, yielding to the page in between)
 * → passesGate per block as blocks close → runs of gated blocks, each with
 * its context (the block before and the headings above, marked `context`),
 * as a DocumentInput → analyze (cached by document) → block offsets back to
 * page offsets → OffsetMap.range → Highlighter. Mutations → MutationQueue → the same path
 * for the touched blocks, plus pruning of ranges whose text went away.
 * No slice, and so no task of ours, should come near the 50 ms of a long task.
 */
import type { Analysis, DocumentInput, EvidenceLevel, FoundClaim } from '../engine/types';
import type { HighlightStyle } from '../settings/settings';
import { countWords } from '../shared/words';
import { compareRanges } from './doc-order';
import { ContextTracker, documentOf, toSource, type BuiltDocument } from './document-input';
import { gateReady, passesGate, prepareGate } from './gate-adapter';
import type { HighlightGroup } from './highlight-css';
import { Highlighter } from './highlighter';
import { HitIndex } from './hit-test';
import { MutationQueue, type MutationBatch } from './mutation-queue';
import type { OffsetMap } from './offset-map';
import { timed } from './perf';
import { pieces } from './pieces';
import { skipsSubtree } from './skip';
import { TextWalk, type Block } from './text-extract';
import { yieldToPage } from './yield';

/** A claim on the page: engine output (offsets into the document it was analysed in) plus where it is. */
export interface Claim {
  found: FoundClaim;
  /** Live range over the claim's text; collapses if the page removes it. */
  range: Range;
  nodes: Text[];
  key: string;
  dismissed: boolean;
  guess?: EvidenceLevel;
}

export interface AnnotatorOptions {
  /** Runs the engine on documents (one Analysis per document, same order). */
  analyze(docs: DocumentInput[]): Promise<Analysis[]>;
  /** Which highlight a claim gets, or null for none. */
  groupOf(claim: Claim): HighlightGroup | null;
  style: HighlightStyle;
  /** Claims were added or removed. */
  onChange(): void;
  /** The pointer moved onto a claim (or off every claim: null). */
  onHover(claim: Claim | null, event: PointerEvent): void;
  /** A click landed on a claim. */
  onActivate(claim: Claim, event: MouseEvent): void;
}

/** Some gated blocks of one walk, with their context, as the engine will read them. */
interface Job {
  built: BuiltDocument;
  map: OffsetMap;
  /** Cache key: the document, roles and all. */
  key: string;
  /** Characters the engine will read. */
  size: number;
}

const CACHE_MAX = 4000;
/** First batch small so the first highlights come fast; later ones bigger. */
const FIRST_BATCH_CHARS = 4000;
const BATCH_CHARS = 40_000;
/** Longest stretch of reading before we give the main thread back. */
const SLICE_MS = 6;
/** A run of consecutive gated blocks goes in one document up to this size. */
const RUN_CHARS = 4000;
/**
 * The engine's time per request we aim at. The background analyses one
 * request in one task and serves every tab, so a request is sized from how
 * long the last one took: one page's giant paragraph then costs other tabs
 * a wait of about this, not the paragraph's whole analysis (issue 15 item 1).
 */
const BATCH_MS = 150;
/** Smallest batch once the engine is slow: still a few sentences. */
const MIN_BATCH_CHARS = 1000;
/** A block longer than this goes to the engine in pieces, cut at a sentence end where there is one. */
const PIECE_CHARS = 4000;
/**
 * How often our marks are checked against what we painted while the page is
 * shown: a page script can add its ranges to our highlights at any moment
 * (there is no event for it), so a fake mark lasts at most this long.
 */
const VERIFY_MS = 500;

const normalise = (s: string) => s.replace(/\s/g, ' ');

export class Annotator {
  readonly highlighter: Highlighter;
  private readonly hits = new HitIndex<Claim>();
  private readonly byKey = new Map<string, Claim>();
  private sorted: Claim[] | null = [];
  private readonly cache = new Map<string, Analysis>();
  private readonly pending = new Map<string, Promise<Analysis | undefined>>();
  private readonly counted = new Set<string>();
  private readonly ids = new WeakMap<Node, number>();
  /** Each claim's range boundaries when last seen over its text (verify() re-reads the text only when they moved). */
  private readonly bounds = new WeakMap<Claim, [Node, number, Node, number]>();
  private nextId = 1;
  private readonly queue: MutationQueue;
  private readonly roots = new Set<Node>();
  private readonly shadowRoots: ShadowRoot[] = [];
  private readonly abort = new AbortController();
  private inflight = 0;
  private destroyed = false;
  private hoverFrame = 0;
  private hovered: Claim | null = null;
  private verifyTimer = 0;
  private wordCount: number | null = null;
  sentences = 0;

  constructor(
    private readonly doc: Document,
    private readonly options: AnnotatorOptions,
  ) {
    this.highlighter = new Highlighter(options.style);
    this.queue = new MutationQueue(doc.defaultView as Window, batch =>
      timed('mutations', () => this.onMutations(batch)),
    );
  }

  /** Scanning until the first pass and every analysis it asked for are done. */
  get scanning(): boolean {
    return this.inflight > 0;
  }

  start(): void {
    timed('scan', () => this.scanRoot(this.doc));
    const win = this.doc.defaultView as Window;
    this.verifyTimer = win.setInterval(() => {
      if (!this.doc.hidden && this.highlighter.painting) this.verify();
    }, VERIFY_MS);
  }

  /**
   * Puts our marks back exactly as we painted them (ranges a page added to
   * our highlights are dropped, see Highlighter.sweep) and forgets claims
   * whose range no longer covers their text (a page can move our ranges
   * too). Runs every VERIFY_MS and before the claims are listed.
   */
  verify(): void {
    // Not timed(): a measure every VERIFY_MS would grow the page's performance timeline
    // without bound. Measured at 0.1–0.2 ms per check on the demo article (22 marks).
    if (this.destroyed) return;
    this.highlighter.sweep();
    const before = this.byKey.size;
    for (const c of [...this.byKey.values()]) if (this.moved(c) && this.stale(c)) this.remove(c);
    if (this.byKey.size !== before) this.options.onChange();
  }

  /** Words of visible text in every tree, counted on first ask and again only after the page changed. */
  words(): number {
    if (this.wordCount == null) {
      let n = 0;
      for (const root of this.roots) n += timed('words', () => wordsIn(new TextWalk(root)));
      this.wordCount = n;
    }
    return this.wordCount;
  }

  /** Claims in reading order. */
  claims(): Claim[] {
    this.sorted ??= [...this.byKey.values()].sort((a, b) => compareRanges(a.range, b.range));
    return this.sorted;
  }

  /** The claim under a viewport point of `doc`. */
  claimAt(doc: Document, x: number, y: number): Claim | null {
    return this.hits.at(doc, x, y, this.shadowRoots);
  }

  /** Re-applies `groupOf` to every claim (settings changed, a claim was dismissed). */
  repaint(): void {
    this.highlighter.clear();
    for (const c of this.byKey.values()) this.paint(c);
    this.highlighter.sweep();
  }

  setStyle(style: HighlightStyle): void {
    this.highlighter.setStyle(style);
  }

  /** Draws the focus ring on one claim (or none). */
  setFocus(claim: Claim | null): void {
    this.highlighter.clearGroup('focus');
    if (claim) this.highlighter.add(claim.range, 'focus');
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.abort.abort();
    this.doc.defaultView?.clearInterval(this.verifyTimer);
    this.queue.disconnect();
    this.highlighter.destroy();
    this.hits.clear();
    this.byKey.clear();
    this.sorted = [];
    if (this.hoverFrame) this.doc.defaultView?.cancelAnimationFrame(this.hoverFrame);
  }

  private paint(claim: Claim): void {
    const group = this.options.groupOf(claim);
    if (group) this.highlighter.add(claim.range, group);
  }

  private idOf(node: Node): number {
    let id = this.ids.get(node);
    if (id == null) this.ids.set(node, (id = this.nextId++));
    return id;
  }

  /** First sight of a tree (document, shadow root, frame document): watch it and read it. */
  private scanRoot(root: Document | ShadowRoot): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    if (root.nodeType !== Node.DOCUMENT_NODE) this.shadowRoots.push(root as ShadowRoot);
    else this.listen(root as Document);
    this.queue.observe(root);
    void this.scan(root);
  }

  /**
   * Reads a subtree (a whole tree or a block the page changed) in slices of
   * SLICE_MS, yielding to the page between them, and sends each slice's
   * gated blocks for analysis at once, so the first highlights do not wait
   * for the end of a long page. A small subtree is read in one slice,
   * synchronously. If the page removes the node the walk stands on between
   * slices, the walk starts again (blocks already sent are cached by text).
   */
  private async scan(node: Node): Promise<void> {
    this.inflight++;
    try {
      if (!gateReady()) {
        // Compiling the gate is a task of its own, not added to a slice.
        timed('gate-compile', prepareGate);
        await yieldToPage();
      }
      let walk = new TextWalk(node);
      let gated = 0;
      let context = new ContextTracker();
      for (;;) {
        if (this.destroyed) return;
        const done = timed('extract', () => walk.step(performance.now() + SLICE_MS));
        let jobs: Job[] = [];
        timed('gate', () => {
          jobs = gatedRuns(walk, gated, context);
          gated = walk.blocks.length;
        });
        if (jobs.length) void this.run(jobs);
        if (done) break;
        await yieldToPage();
        if (!walk.intact) {
          walk = new TextWalk(node);
          gated = 0;
          context = new ContextTracker();
        }
      }
      if (this.destroyed) return;
      for (const s of walk.shadowRoots) timed('scan', () => this.scanRoot(s));
      for (const f of walk.frames) this.watchFrame(f);
    } finally {
      this.inflight--;
      if (!this.inflight && !this.destroyed) this.options.onChange();
    }
  }

  private watchFrame(frame: HTMLIFrameElement): void {
    const tryScan = () => {
      let doc: Document | null = null;
      try {
        doc = frame.contentDocument; // null (or a throw) when cross-origin
      } catch {
        return;
      }
      if (doc && doc.readyState !== 'loading' && !this.destroyed) timed('scan', () => this.scanRoot(doc as Document));
    };
    // The frame may (re)load later; each load is a new document.
    frame.addEventListener('load', tryScan, { signal: this.abort.signal });
    tryScan();
  }

  private async run(jobs: Job[]): Promise<void> {
    this.inflight++;
    try {
      const todo: Job[] = [];
      for (const job of jobs) {
        const hit = this.cache.get(job.key);
        if (hit) this.apply(job, hit);
        else todo.push(job);
      }
      let limit = FIRST_BATCH_CHARS;
      while (todo.length && !this.destroyed) {
        const batch: Job[] = [];
        let chars = 0;
        while (todo.length && (chars < limit || !batch.length)) {
          const job = todo.shift() as Job;
          chars += job.size;
          batch.push(job);
        }
        const started = performance.now();
        const results = await this.analyze(batch);
        const took = performance.now() - started;
        // The next batch is sized so the engine spends about BATCH_MS on it.
        limit = Math.round(Math.min(BATCH_CHARS, Math.max(MIN_BATCH_CHARS, (chars * BATCH_MS) / Math.max(took, 1))));
        if (this.destroyed) return;
        timed('apply', () =>
          batch.forEach((job, i) => {
            const a = results[i];
            if (a) this.apply(job, a);
          }),
        );
      }
    } finally {
      this.inflight--;
      if (!this.destroyed) this.options.onChange();
    }
  }

  /** Analyses documents, sharing requests already in flight and remembering results by document. */
  private async analyze(jobs: Job[]): Promise<(Analysis | undefined)[]> {
    const fresh = new Map<string, DocumentInput>();
    for (const j of jobs) if (!this.cache.has(j.key) && !this.pending.has(j.key)) fresh.set(j.key, j.built.doc);
    if (fresh.size) {
      const request = this.options.analyze([...fresh.values()]);
      [...fresh.keys()].forEach((t, i) => {
        const p = request.then(
          all => all[i],
          () => undefined,
        );
        this.pending.set(t, p);
        void p.then(a => {
          this.pending.delete(t);
          if (!a) return;
          if (this.cache.size >= CACHE_MAX) this.cache.delete(this.cache.keys().next().value as string);
          this.cache.set(t, a);
        });
      });
    }
    return Promise.all(jobs.map(j => this.cache.get(j.key) ?? this.pending.get(j.key)));
  }

  private apply(job: Job, analysis: Analysis): void {
    if (!this.counted.has(job.key)) {
      this.counted.add(job.key);
      this.sentences += analysis.sentences;
    }
    let added = false;
    for (const found of analysis.claims) {
      const at = toSource(job.built, found.block, found.start, found.end);
      if (!at) continue;
      const range = job.map.range(at[0], at[1]);
      // The page may have changed or removed the text since we read it (an SPA swaps its
      // view while the engine works: a range over detached nodes must not be painted).
      if (!range || !range.startContainer.isConnected || normalise(range.toString()) !== found.text) continue;
      const key = `${this.idOf(range.startContainer)}:${range.startOffset}:${this.idOf(range.endContainer)}:${range.endOffset}`;
      if (this.byKey.has(key)) continue;
      const claim: Claim = {
        found,
        range,
        nodes: job.map.nodes(at[0], at[1]),
        key,
        dismissed: false,
      };
      this.byKey.set(key, claim);
      this.hits.add(claim.nodes, claim);
      this.paint(claim);
      added = true;
    }
    if (added) {
      this.sorted = null;
      if (!this.inflight) this.options.onChange();
    }
  }

  private remove(claim: Claim): void {
    this.byKey.delete(claim.key);
    this.hits.remove(claim.nodes, claim);
    this.highlighter.delete(claim.range);
    if (this.hovered === claim) this.hovered = null;
    this.sorted = null;
  }

  /** Did the range's boundaries change since we last saw it over its text? (Notes where they are now.) */
  private moved(claim: Claim): boolean {
    const r = claim.range;
    const b = this.bounds.get(claim);
    if (b && b[0] === r.startContainer && b[1] === r.startOffset && b[2] === r.endContainer && b[3] === r.endOffset)
      return false;
    this.bounds.set(claim, [r.startContainer, r.startOffset, r.endContainer, r.endOffset]);
    return true;
  }

  private stale(claim: Claim): boolean {
    const r = claim.range;
    return (
      r.collapsed ||
      r.startContainer.nodeType !== Node.TEXT_NODE ||
      r.endContainer.nodeType !== Node.TEXT_NODE ||
      !r.startContainer.isConnected ||
      normalise(r.toString()) !== claim.found.text
    );
  }

  private onMutations(batch: MutationBatch): void {
    if (this.destroyed) return;
    this.wordCount = null;
    const before = this.byKey.size;
    if (batch.removed) {
      for (const c of [...this.byKey.values()]) if (this.stale(c)) this.remove(c);
    } else {
      for (const node of batch.edited) for (const c of [...this.hits.on(node)]) if (this.stale(c)) this.remove(c);
    }
    for (const root of batch.rescan) void this.scan(root);
    for (const node of batch.subtrees) if (!insideSkipped(node)) void this.scan(node);
    if (this.byKey.size !== before) this.options.onChange();
  }

  /** Pointer listeners on one document: hover (rAF-throttled) and click. */
  private listen(doc: Document): void {
    const signal = this.abort.signal;
    const win = doc.defaultView as Window;
    let last: PointerEvent | null = null;
    doc.addEventListener(
      'pointermove',
      e => {
        last = e;
        if (this.hoverFrame) return;
        this.hoverFrame = win.requestAnimationFrame(() => {
          this.hoverFrame = 0;
          if (!last || this.destroyed) return;
          const at = last;
          const claim = timed('hit-test', () => this.claimAt(doc, at.clientX, at.clientY));
          if (claim !== this.hovered) {
            this.hovered = claim;
            this.options.onHover(claim, last);
          }
        });
      },
      { passive: true, capture: true, signal },
    );
    doc.addEventListener(
      'click',
      e => {
        const claim = this.claimAt(doc, e.clientX, e.clientY);
        if (claim) this.options.onActivate(claim, e);
      },
      { capture: true, signal },
    );
  }
}

function wordsIn(walk: TextWalk): number {
  walk.step();
  return countWords(walk.text);
}

/**
 * The gated blocks of `walk` from block `from` on, as documents: each run of
 * consecutive gated blocks (up to RUN_CHARS) is read with its context, the
 * block before the run and the headings above it, so the engine sees what
 * the CLI sees when it reads the page whole. `context` follows every block.
 */
function gatedRuns(walk: TextWalk, from: number, context: ContextTracker): Job[] {
  const text = walk.text;
  const jobs: Job[] = [];
  let run: { context: number[]; blocks: number[]; chars: number } | null = null;
  const flush = () => {
    if (!run) return;
    const blocks = [
      ...run.context.map(i => ({ ...(walk.blocks[i] as Block), context: true })),
      ...run.blocks.map(i => walk.blocks[i] as Block),
    ];
    const built = documentOf(text, blocks);
    jobs.push({ built, map: walk.map, key: keyOf(built), size: built.doc.text.length });
    run = null;
  };
  for (let i = from; i < walk.blocks.length; i++) {
    const b = walk.blocks[i] as Block;
    if (b.end - b.start > PIECE_CHARS && passesGate(text.slice(b.start, b.end))) {
      // One giant block: its pieces go one per document, each with the block's context.
      flush();
      const ctx = context.context();
      for (const piece of pieces(text, b, PIECE_CHARS)) {
        const built = documentOf(text, [...ctx.map(k => ({ ...(walk.blocks[k] as Block), context: true })), piece]);
        jobs.push({ built, map: walk.map, key: keyOf(built), size: built.doc.text.length });
      }
      context.add(b);
      continue;
    }
    if (passesGate(text.slice(b.start, b.end))) {
      const last = run?.blocks[run.blocks.length - 1];
      if (run && (last !== i - 1 || run.chars >= RUN_CHARS)) flush();
      run ??= { context: context.context(), blocks: [], chars: 0 };
      run.blocks.push(i);
      run.chars += b.end - b.start;
    } else flush();
    context.add(b);
  }
  flush();
  return jobs;
}

/** Cache key: the document, roles and all. */
function keyOf(built: BuiltDocument): string {
  return JSON.stringify([built.doc.text, built.doc.blocks.map(b => [b.role, b.level ?? 0, b.context ?? false])]);
}

/** Is `node` inside a region the walker never reads (editable, code, hidden, our UI)? */
function insideSkipped(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === Node.ELEMENT_NODE) {
      const el = n as Element;
      if (skipsSubtree(el) || (typeof el.checkVisibility === 'function' && !el.checkVisibility())) return true;
    }
  }
  return false;
}
