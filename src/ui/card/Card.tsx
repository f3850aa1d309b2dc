/**
 * The evidence card: the level as word and icon, the plain verdict, what the
 * research shows with citations, notes on negation and hedging, the
 * database date and the disclaimer. Page text reaches it only as Preact
 * children (text nodes).
 */
import { Citations } from './Citations';
import { GuessPrompt, GuessResult } from './GuessPrompt';
import { Level } from './Level';
import type { CardProps } from './model';

const HEADING_ID = 'gutcheck-card-title';

export function Card(props: CardProps) {
  const { claim, entry, educator, pinned } = props;
  const level = claim.evidence ?? 'unmatched';
  const asking = educator && claim.evidence != null && claim.guess == null;
  return (
    <div
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={HEADING_ID}
      tabIndex={-1}
      popover="manual"
      data-scheme={props.scheme}
      data-pinned={pinned ? 'true' : 'false'}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      <button type="button" class="close" aria-label="Close" onClick={props.onClose}>
        <span aria-hidden="true">×</span>
      </button>
      <blockquote class="claim">{claim.text}</blockquote>
      {asking ? <GuessPrompt id={HEADING_ID} onGuess={props.onGuess} /> : <Verdict {...props} level={level} />}
      <footer>
        {props.databaseDate ? <span>Evidence database of {props.databaseDate}. </span> : null}
        <a
          href="#disclaimer"
          onClick={e => {
            e.preventDefault();
            props.onDisclaimer();
          }}
        >
          Gut Check informs; it never diagnoses or gives treatment advice.
        </a>
      </footer>
      {entry === undefined && claim.claimId ? <span class="sr-only">Loading</span> : null}
    </div>
  );
}

function Verdict({
  claim,
  entry,
  level,
}: CardProps & { level: NonNullable<CardProps['claim']['evidence']> | 'unmatched' }) {
  if (level === 'unmatched') {
    return (
      <>
        <h2 id={HEADING_ID}>
          <Level level="unmatched" /> Not in our database yet
        </h2>
        <p>
          This looks like a gut-health claim, but our reviewers have not graded the evidence for it yet. Treat it with
          care until they have.
        </p>
      </>
    );
  }
  return (
    <>
      <h2 id={HEADING_ID}>
        <Level level={level} /> <span class="sr-only">evidence: </span>
        {claim.statement}
      </h2>
      {claim.guess && claim.evidence ? <GuessResult guess={claim.guess} actual={claim.evidence} /> : null}
      {claim.verdict ? <p class="verdict">{claim.verdict}</p> : null}
      {claim.negated ? (
        <p class="note">This sentence says the opposite of a common claim; the verdict is about what it says.</p>
      ) : null}
      {claim.hedged ? (
        <p class="note">
          The page hedges this claim (&ldquo;may&rdquo;, &ldquo;might&rdquo;); the evidence level is the same.
        </p>
      ) : null}
      {entry ? (
        <section aria-label="What the research shows">
          <h3>What the research shows</h3>
          <p>{entry.summary}</p>
          <Citations citations={entry.citations} />
        </section>
      ) : null}
    </>
  );
}
