/**
 * Claims grouped by level. Each item carries `data-index` (the claim's place
 * in page order), `data-claim-id` (the database id, or the empty string for
 * a claim not in the database) and `data-evidence` (the level the reader is
 * shown, `unmatched` for a claim not graded, also one graded too unsurely to
 * show (src/shared/grading.ts), or `hidden` while an educator-mode guess is
 * pending).
 *
 * The item's button has a short name (the claim's first words); the level,
 * the verdict and what the claim was matched with are its description, so a
 * screen reader moving down the list hears one short line per claim.
 * Activating it shows the claim on the page.
 */
import type { PageClaim } from '../../messaging/protocol';
import { classNote, matchKind, matchLine, overstatementNote, sureness } from '../../report/claim-notes';
import { LEVEL, type LevelKey } from '../../shared/evidence-levels';
import { shownKey, shownLevel } from '../../shared/grading';
import { LevelBadge } from '../shared/LevelBadge';
import { shortName } from './short-name';

interface ItemProps {
  claim: PageClaim;
  /** false in educator mode until the reader has guessed on the page. */
  revealed: boolean;
  /** `keyboard`: activated with a key (Enter/Space), not a pointer. */
  onFocus: (claim: PageClaim, keyboard: boolean) => void;
  onDismiss: (claim: PageClaim, dismissed: boolean) => void;
  dismissed?: boolean;
}

export function ClaimItem({ claim, revealed, onFocus, onDismiss, dismissed = false }: ItemProps) {
  const level: LevelKey = shownKey(claim);
  const name = shortName(claim.text);
  const about = `claim-${claim.index}-about${dismissed ? '-dismissed' : ''}`;
  const match = revealed ? matchLine(claim) : null;
  const notes = revealed ? [classNote(claim), overstatementNote(claim)].filter(n => n != null) : [];
  const verdict = revealed
    ? shownLevel(claim)
      ? (claim.verdict ?? '')
      : claim.match
        ? 'Not graded: the match is too unsure.'
        : 'Not in the database yet: no verdict.'
    : 'Make your guess on the page to see the verdict.';
  return (
    <li
      class="claim"
      data-index={claim.index}
      data-claim-id={claim.claimId ?? ''}
      data-evidence={revealed ? level : 'hidden'}
    >
      <div class="claim-body">
        <button
          type="button"
          class="claim-main"
          aria-describedby={about}
          title={name === claim.text ? undefined : claim.text}
          // detail is 0 for a click made with the keyboard.
          onClick={e => onFocus(claim, e.detail === 0)}
        >
          <span class="claim-text">{name}</span>
        </button>
        <div id={about} class="claim-about">
          <p class="claim-meta">
            {revealed ? <LevelBadge level={level} /> : <span class="gc-muted">Level hidden.</span>}{' '}
            <span class="claim-verdict">{verdict}</span>
          </p>
          {match && (
            <p class="claim-match" data-kind={matchKind(claim)}>
              {match.label}: <q>{match.statement}</q>{' '}
              <span class="gc-muted">(match confidence: {sureness(claim)})</span>
            </p>
          )}
          {notes.map(n => (
            <p key={n} class="claim-note">
              {n}
            </p>
          ))}
        </div>
      </div>
      <button
        type="button"
        class="claim-dismiss"
        aria-label={`${dismissed ? 'Restore' : 'Dismiss'}: ${name}`}
        onClick={() => onDismiss(claim, !dismissed)}
      >
        {dismissed ? 'Restore' : 'Dismiss'}
      </button>
    </li>
  );
}

interface GroupProps {
  id: string;
  title: string;
  level?: LevelKey;
  claims: PageClaim[];
  revealed: (claim: PageClaim) => boolean;
  onFocus: (claim: PageClaim, keyboard: boolean) => void;
  onDismiss: (claim: PageClaim, dismissed: boolean) => void;
  dismissed?: boolean;
}

export function ClaimGroupList({ id, title, level, claims, revealed, onFocus, onDismiss, dismissed }: GroupProps) {
  return (
    <section class="claim-group" aria-labelledby={id} data-group={level ?? id}>
      <h3 id={id}>
        {level ? <LevelBadge level={level} label={LEVEL[level].word} /> : title}{' '}
        <span class="gc-muted">({claims.length})</span>
      </h3>
      <ul class="claims">
        {claims.map(c => (
          <ClaimItem
            key={c.index}
            claim={c}
            revealed={revealed(c)}
            onFocus={onFocus}
            onDismiss={onDismiss}
            dismissed={dismissed}
          />
        ))}
      </ul>
    </section>
  );
}
