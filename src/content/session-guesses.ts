/**
 * Educator mode's guesses on this page, kept by the background in session
 * storage (src/settings/guesses.ts): loaded once, so a reload keeps the
 * reader's guesses and score; recorded as they are made; forgotten on reset.
 */
import type { FoundClaim } from '../engine/types';
import { sendMessage } from '../messaging/messenger';
import { claimKey } from '../settings/dismissed';
import type { EvidenceLevel } from '../shared/evidence-levels';
import type { PageGuesses } from '../shared/guess';

export class SessionGuesses {
  private guesses: PageGuesses = {};
  /** Resolves once the page's earlier guesses are in (or failed to come). */
  readonly ready: Promise<void>;

  constructor() {
    this.ready = sendMessage('pageGuesses', undefined).then(
      g => void (this.guesses = { ...g, ...this.guesses }),
      () => undefined,
    );
  }

  /** The guess made earlier this session on this claim, if any. */
  of(found: Pick<FoundClaim, 'claimId' | 'text'>): EvidenceLevel | undefined {
    return this.guesses[claimKey(found)]?.guess;
  }

  record(found: Pick<FoundClaim, 'claimId' | 'text' | 'evidence'>, guess: EvidenceLevel): void {
    if (!found.evidence) return;
    const record = { guess, evidence: found.evidence, text: found.text };
    this.guesses[claimKey(found)] = { ...record, at: new Date().toISOString() };
    void sendMessage('recordGuess', { claim: { claimId: found.claimId, text: found.text }, record }).catch(
      () => undefined,
    );
  }

  forget(): void {
    this.guesses = {};
    void sendMessage('forgetGuesses', undefined).catch(() => undefined);
  }
}
