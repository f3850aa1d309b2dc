/**
 * Gut Check in one tab: settings decide whether the annotator runs; messages
 * from the popup and the background are answered here; the card follows the
 * pointer and the keyboard. Every way of turning off (settings, site list,
 * the toggle command, extension update) goes through `stop()`.
 *
 *   settingsItem / dismissedItem ──watch──▶ apply() ──▶ start() | stop()
 *   Annotator ──onChange──▶ reportCounts (badge)   ──onHover/onActivate──▶ CardHost
 *   onMessage: ping, getReport, focusClaim, resetGuesses, runCommand
 */
import type { ContentScriptContext } from '#imports';

import { Annotator, type Claim } from '../dom/annotator';
import type { HighlightGroup } from '../dom/highlight-css';
import { Highlighter } from '../dom/highlighter';
import { pageOffsets } from '../dom/page-offsets';
import type { DocumentInput } from '../engine/types';
import { onMessage, sendMessage } from '../messaging/messenger';
import type { DatabaseInfo, EntryDetails } from '../messaging/protocol';
import { countLevels } from '../report/levels';
import { dismissedItem, isDismissed, type DismissedMap } from '../settings/dismissed';
import { isEnabledFor, settingsItem, type Settings } from '../settings/settings';
import { LEVEL } from '../shared/evidence-levels';
import { shownLevel } from '../shared/grading';
import { guessOutcome } from '../ui/card/guess-outcome';
import { CardHost } from './card-host';
import { highlightGroup } from './claim-group';
import { isEditable } from './focus';
import { pageReport } from './page-report';
import { SessionGuesses } from './session-guesses';
import { stepIndex } from './step';

export async function runGutCheck(ctx: ContentScriptContext): Promise<void> {
  let settings: Settings = await settingsItem.getValue();
  let dismissed: DismissedMap = await dismissedItem.getValue();
  if (!ctx.isValid) return;
  let userPaused = false;
  let annotator: Annotator | null = null;
  let focused: Claim | null = null;
  let database: DatabaseInfo | undefined;
  let lastCounts = '';
  /** Entry details, as they came with the analyses (the card never asks again). */
  const entries = new Map<string, EntryDetails>();
  const guesses = new SessionGuesses();

  const loadDatabase = async () => {
    database ??= await sendMessage('getDatabase', undefined);
    return database;
  };

  const card = new CardHost(ctx, {
    entry: id => entries.get(id) ?? null,
    databaseDate: () => database?.date,
    settings: () => settings,
    place: claim => {
      const list = navigable();
      const at = list.indexOf(claim);
      return at < 0 ? null : { position: at + 1, total: list.length };
    },
    step: (from, delta) => step(delta, from, false),
    onGuess: (claim, level) => {
      if (!shownLevel(claim.found)) return;
      claim.guess = level;
      guesses.record(claim.found, level);
      notifyPopup();
      const actual = shownLevel(claim.found);
      if (actual) card.revealed(claim, guessOutcome(level, actual));
    },
    onDisclaimer: () => void sendMessage('openDisclaimer', undefined),
    onClosed: claim => {
      if (focused === claim) {
        focused = null;
        annotator?.setFocus(null);
      }
    },
  });

  /** Which highlight a claim gets; also refreshes its dismissed flag and its guess from this session. */
  const groupOf = (claim: Claim): HighlightGroup | null => {
    claim.dismissed = isDismissed(dismissed, location.href, claim.found);
    claim.guess ??= guesses.of(claim.found);
    return claim.dismissed ? null : highlightGroup(claim.found, settings);
  };

  /** Claims the reader can move between: painted ones. */
  const navigable = () => annotator?.claims().filter(c => !c.dismissed && groupOf(c)) ?? [];

  const active = () => !userPaused && isEnabledFor(settings, location.href);

  // An open popup hears when the report changes instead of polling (none open: nobody answers).
  let notifyTimer = 0;
  const notifyPopup = () => {
    if (notifyTimer) return;
    notifyTimer = ctx.setTimeout(() => {
      notifyTimer = 0;
      void sendMessage('reportChanged', undefined).catch(() => undefined);
    }, 100);
  };

  const reportCounts = () => {
    notifyPopup();
    const claims = annotator?.claims().filter(c => !c.dismissed) ?? [];
    // The badge counts what the reader is shown: an unsure grade is no warning.
    const counts = countLevels(claims.map(c => ({ evidence: shownLevel(c.found) })));
    const paused = !annotator;
    const key = JSON.stringify([counts, paused]);
    if (key === lastCounts) return;
    lastCounts = key;
    void sendMessage('reportCounts', { counts, paused }).catch(() => undefined);
  };

  const analyze = async (docs: DocumentInput[]) => {
    const { analyses, entries: details } = await sendMessage('analyzeDocuments', { docs });
    for (const e of details) entries.set(e.id, e);
    return analyses;
  };

  const start = () => {
    annotator = new Annotator(document, {
      analyze,
      groupOf,
      style: settings.style,
      onChange: () => {
        // A claim the card shows may have lost its text.
        if (card.current && annotator && !annotator.claims().includes(card.current)) card.close();
        reportCounts();
      },
      onHover: (claim, event) => {
        if (card.pinned) return;
        if (claim && groupOf(claim)) card.showSoon(claim);
        else if (!card.owns(event.target)) card.hideSoon();
      },
      onActivate: (claim, event) => {
        // A click that ends a text selection is the reader selecting, not asking for the card.
        const selection = (event.target as Node | null)?.ownerDocument?.getSelection();
        if (selection && !selection.isCollapsed) return;
        if (groupOf(claim)) void card.show(claim, { pinned: true, focus: false });
      },
    });
    annotator.start();
  };

  const stop = () => {
    card.destroy();
    annotator?.destroy();
    annotator = null;
    focused = null;
  };

  const apply = () => {
    if (active() && !annotator) start();
    else if (!active() && annotator) stop();
    else if (annotator) {
      annotator.setStyle(settings.style);
      annotator.repaint();
      if (focused) annotator.setFocus(focused);
      // A claim the reader can no longer see (a level turned off) has no card.
      if (card.current && !groupOf(card.current)) card.close();
      else card.draw();
    }
    reportCounts();
  };

  /** Scrolls to a claim, rings it and opens its card pinned; `focus` moves focus into the card. */
  const focusClaim = (claim: Claim, focus = true) => {
    focused = claim;
    const el = claim.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    annotator?.setFocus(claim);
    const list = navigable();
    const shown = shownLevel(claim.found);
    const level = shown && !settings.educator ? `${LEVEL[shown].word}. ` : '';
    // From the card's own buttons focus stays on them; the status line says where we are.
    const announce = focus ? undefined : `Claim ${list.indexOf(claim) + 1} of ${list.length}. ${level}`;
    void card.show(claim, { pinned: true, focus, announce });
  };

  const step = (delta: 1 | -1, from: Claim | null = focused, focus = true) => {
    const list = navigable();
    if (!list.length) return;
    const at = from ? list.indexOf(from) : -1;
    focusClaim(list[stepIndex(list.length, at, delta)] as Claim, focus);
  };

  const stops = [
    onMessage('ping', () => ({ ok: true as const, url: location.href })),
    onMessage('getReport', async ({ data }) => {
      await loadDatabase().catch(() => undefined);
      await guesses.ready;
      // Only claims we found, over the text we found them in (a page may have tampered since).
      annotator?.verify();
      const claims = annotator?.claims() ?? [];
      return pageReport({
        url: location.href,
        title: document.title,
        state: !annotator ? 'paused' : annotator.scanning ? 'scanning' : 'ready',
        sentences: annotator?.sentences ?? 0,
        // Counted once, again only after the page changed: not a re-read of the page per popup open.
        words: annotator?.words() ?? 0,
        claims,
        // Page-level offsets walk the whole page: only for exports, which ask for them.
        offsets: data?.offsets
          ? pageOffsets(
              document,
              claims.map(c => c.range),
            )
          : null,
        database,
      });
    }),
    onMessage('focusClaim', ({ data }) => {
      const claim = annotator?.claims()[data.index];
      if (!claim) return false;
      focusClaim(claim);
      return true;
    }),
    onMessage('resetGuesses', () => {
      for (const c of annotator?.claims() ?? []) delete c.guess;
      guesses.forget();
      card.draw();
      notifyPopup();
    }),
    onMessage('runCommand', ({ data }) => {
      if (data.command === 'toggle-highlights') {
        userPaused = !userPaused;
        apply();
      } else if (annotator) step(data.command === 'next-claim' ? 1 : -1);
    }),
    settingsItem.watch(next => {
      settings = next;
      apply();
    }),
    dismissedItem.watch(next => {
      dismissed = next;
      if (annotator) annotator.repaint();
      if (card.current?.dismissed) card.close();
      reportCounts();
    }),
  ];

  ctx.addEventListener(
    document,
    'keydown',
    (e: KeyboardEvent) => {
      if (!card.current) return;
      if (e.key === 'Escape') card.close();
      else if (e.key === 'Enter' && !card.pinned && !isEditable(e.target)) {
        e.preventDefault();
        void card.show(card.current, { pinned: true, focus: true });
      }
    },
    { capture: true },
  );

  // A click or tap anywhere but the card or a claim closes the card.
  ctx.addEventListener(
    document,
    'pointerdown',
    (e: PointerEvent) => {
      if (!card.current || card.owns(e.target)) return;
      if (annotator?.claimAt(document, e.clientX, e.clientY)) return;
      card.close();
    },
    { capture: true },
  );

  // Guesses from earlier in this session (a reload) reach the claims already on the page.
  void guesses.ready.then(() => {
    for (const c of annotator?.claims() ?? []) c.guess ??= guesses.of(c.found);
    card.draw();
    notifyPopup();
  });

  ctx.onInvalidated(() => {
    stop();
    for (const s of stops) s();
  });

  if (!Highlighter.supported(document)) return;
  void loadDatabase().catch(() => undefined);
  apply();
}
