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
import { onMessage, sendMessage } from '../messaging/messenger';
import type { DatabaseInfo, EntryDetails, PageReport } from '../messaging/protocol';
import { countLevels } from '../report/levels';
import { dismissedItem, isDismissed, type DismissedMap } from '../settings/dismissed';
import { isEnabledFor, settingsItem, type Settings } from '../settings/settings';
import { CardHost } from './card-host';
import { highlightGroup } from './claim-group';
import { isEditable } from './focus';
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
  const entries = new Map<string, Promise<EntryDetails | null>>();

  const loadDatabase = async () => {
    database ??= await sendMessage('getDatabase', undefined);
    return database;
  };

  const card = new CardHost(ctx, {
    entry: id => {
      let p = entries.get(id);
      if (!p) entries.set(id, (p = sendMessage('getEntry', { id }).catch(() => null)));
      return p;
    },
    databaseDate: () => database?.date,
    settings: () => settings,
    onGuess: (claim, level) => {
      claim.guess = level;
      card.draw();
    },
    onDisclaimer: () => void sendMessage('openDisclaimer', undefined),
    onClosed: claim => {
      if (focused === claim) {
        focused = null;
        annotator?.setFocus(null);
      }
    },
  });

  /** Which highlight a claim gets; also refreshes its dismissed flag. */
  const groupOf = (claim: Claim): HighlightGroup | null => {
    claim.dismissed = isDismissed(dismissed, location.href, claim.found);
    return claim.dismissed ? null : highlightGroup(claim.found.evidence, settings);
  };

  /** Claims the reader can move between: painted ones. */
  const navigable = () => annotator?.claims().filter(c => !c.dismissed && groupOf(c)) ?? [];

  const active = () => !userPaused && isEnabledFor(settings, location.href);

  const reportCounts = () => {
    const claims = annotator?.claims().filter(c => !c.dismissed) ?? [];
    const counts = countLevels(claims.map(c => c.found));
    const paused = !annotator;
    const key = JSON.stringify([counts, paused]);
    if (key === lastCounts) return;
    lastCounts = key;
    void sendMessage('reportCounts', { counts, paused }).catch(() => undefined);
  };

  const start = () => {
    annotator = new Annotator(document, {
      analyze: docs => sendMessage('analyzeDocuments', { docs }),
      groupOf,
      style: settings.style,
      onChange: () => {
        // A claim the card shows may have lost its text.
        if (card.current && annotator && !annotator.claims().includes(card.current)) card.close();
        reportCounts();
      },
      onHover: (claim, event) => {
        if (card.pinned) return;
        if (claim && groupOf(claim)) void card.show(claim, { pinned: false, focus: false });
        else if (!card.owns(event.target)) card.hideSoon();
      },
      onActivate: claim => {
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
      card.draw();
    }
    reportCounts();
  };

  const focusClaim = (claim: Claim) => {
    focused = claim;
    const el = claim.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    annotator?.setFocus(claim);
    void card.show(claim, { pinned: true, focus: true });
  };

  const step = (delta: 1 | -1) => {
    const list = navigable();
    if (!list.length) return;
    const at = focused ? list.indexOf(focused) : -1;
    focusClaim(list[stepIndex(list.length, at, delta)] as Claim);
  };

  const report = (offsets = false): PageReport => {
    const claims = annotator?.claims() ?? [];
    const page = offsets
      ? pageOffsets(
          document,
          claims.map(c => c.range),
        )
      : null;
    return {
      url: location.href,
      title: document.title,
      state: !annotator ? 'paused' : annotator.scanning ? 'scanning' : 'ready',
      sentences: annotator?.sentences ?? 0,
      // Counted once, again only after the page changed: not a re-read of the page per popup open.
      words: annotator?.words() ?? 0,
      claims: claims.map((c, index) => ({
        ...c.found,
        index,
        dismissed: c.dismissed,
        ...(c.guess ? { guess: c.guess } : {}),
        highlighted: c.range.toString(),
        ...(page ? { page: page[index] } : {}),
      })),
      database: database ?? { version: '', date: '', claims: 0 },
    };
  };

  const stops = [
    onMessage('ping', () => ({ ok: true as const, url: location.href })),
    onMessage('getReport', async ({ data }) => {
      await loadDatabase().catch(() => undefined);
      return report(data?.offsets);
    }),
    onMessage('focusClaim', ({ data }) => {
      const claim = annotator?.claims()[data.index];
      if (!claim) return false;
      focusClaim(claim);
      return true;
    }),
    onMessage('resetGuesses', () => {
      for (const c of annotator?.claims() ?? []) delete c.guess;
      card.draw();
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

  ctx.onInvalidated(() => {
    stop();
    for (const s of stops) s();
  });

  if (!Highlighter.supported(document)) return;
  void loadDatabase().catch(() => undefined);
  apply();
}
