/**
 * Claims grouped by level. Each item carries `data-claim-id` (the database
 * id, or the empty string for a claim not in the database) and
 * `data-evidence` (the level, `unmatched`, or `hidden` while an educator-mode
 * guess is pending). Activating an item scrolls the page to it.
 */
import type { PageClaim } from '../../messaging/protocol';
import { LEVEL, type LevelKey } from '../../shared/evidence-levels';
import { LevelBadge } from '../shared/LevelBadge';

interface ItemProps {
  claim: PageClaim;
  /** false in educator mode until the reader has guessed on the page. */
  revealed: boolean;
  onFocus: (claim: PageClaim) => void;
  onDismiss: (claim: PageClaim, dismissed: boolean) => void;
  dismissed?: boolean;
}

export function ClaimItem({ claim, revealed, onFocus, onDismiss, dismissed = false }: ItemProps) {
  const level: LevelKey = claim.evidence ?? 'unmatched';
  const verdict = revealed
    ? (claim.verdict ?? 'Not in the database yet: no verdict.')
    : 'Make your guess on the page to see the verdict.';
  return (
    <li class="claim" data-claim-id={claim.claimId ?? ''} data-evidence={revealed ? level : 'hidden'}>
      <button type="button" class="claim-main" onClick={() => onFocus(claim)}>
        <span class="claim-text">{claim.text}</span>
        <span class="claim-meta">
          {revealed ? <LevelBadge level={level} /> : <span class="gc-muted">Level hidden</span>}
          <span class="claim-verdict">{verdict}</span>
        </span>
        <span class="gc-visually-hidden">(show on page)</span>
      </button>
      <button
        type="button"
        class="claim-dismiss"
        aria-label={`${dismissed ? 'Restore' : 'Dismiss'}: ${claim.text}`}
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
  onFocus: (claim: PageClaim) => void;
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
