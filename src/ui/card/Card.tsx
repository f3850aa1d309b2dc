/**
 * The evidence card. First a compact preview: the level as word and icon,
 * the database claim it was matched with, the plain verdict and any
 * overstatement; "Show the research" adds the summary and citations, the
 * database date, the disclaimer and the legend follow. Below the scrolling
 * body, always in view: "← Previous · Next →". Page text reaches it only as
 * Preact children (text nodes).
 */
import { useLayoutEffect, useRef } from 'preact/hooks';

import { classNote, overstatement, sureness } from '../../report/claim-notes';
import { matchKind, shownLevel } from '../../shared/grading';
import { Legend } from '../shared/Legend';
import { Citations } from './Citations';
import { GuessPrompt, GuessResult } from './GuessPrompt';
import { Level } from './Level';
import type { CardProps } from './model';

export const HEADING_ID = 'gutcheck-card-title';
const LEVEL_ID = 'gutcheck-card-level';
const RESEARCH_ID = 'gutcheck-card-research';
const LEGEND_ID = 'gutcheck-card-legend';

export function Card(props: CardProps) {
  const { claim, educator, pinned } = props;
  // Only a claim shown with a level has one to guess.
  const asking = educator && shownLevel(claim) != null && claim.guess == null;
  const graded = !asking && shownLevel(claim) != null;
  const body = useRef<HTMLDivElement>(null);
  // A new claim, or the legend opened or closed: read from the top.
  useLayoutEffect(() => {
    if (body.current) body.current.scrollTop = 0;
  }, [claim.text, props.legend]);
  return (
    <div
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={graded && !props.legend ? `${LEVEL_ID} ${HEADING_ID}` : HEADING_ID}
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
      {/* Focusable so keyboard users can scroll it when the card is capped to a small window. */}
      <div class="body" tabIndex={0} ref={body}>
        {props.legend ? (
          <>
            <h2 id={HEADING_ID}>What the marks mean</h2>
            <Legend style={props.highlightStyle} id={LEGEND_ID} />
          </>
        ) : (
          <>
            <blockquote class="claim" data-clamped={props.expanded ? undefined : 'true'}>
              {claim.text}
            </blockquote>
            {asking ? <GuessPrompt id={HEADING_ID} onGuess={props.onGuess} /> : <Verdict {...props} />}
          </>
        )}
        <div class="meta">
          <button
            type="button"
            class="link"
            aria-expanded={props.legend}
            aria-controls={props.legend ? LEGEND_ID : undefined}
            onClick={() => props.onLegend(!props.legend)}
          >
            {props.legend ? 'Back to the claim' : 'What the marks mean'}
          </button>
          {props.databaseDate ? <span> · Evidence database of {props.databaseDate}.</span> : null}{' '}
          <a
            href="#disclaimer"
            onClick={e => {
              e.preventDefault();
              props.onDisclaimer();
            }}
          >
            Gut Check informs; it never diagnoses or gives treatment advice.
          </a>
        </div>
      </div>
      {props.nav ? <Nav {...props.nav} /> : null}
      <p class="sr-only" role="status">
        {props.announcement}
      </p>
    </div>
  );
}

function Nav({ position, total, onPrevious, onNext }: NonNullable<CardProps['nav']>) {
  return (
    <div class="nav" role="group" aria-label="Claims on this page">
      <button type="button" class="previous" onClick={onPrevious} disabled={total < 2}>
        <span aria-hidden="true">← </span>Previous
      </button>
      <span class="position">
        {position} of {total}
      </span>
      <button type="button" class="next" onClick={onNext} disabled={total < 2}>
        Next<span aria-hidden="true"> →</span>
      </button>
    </div>
  );
}

function Verdict(props: CardProps) {
  const { claim, entry } = props;
  const kind = matchKind(claim);
  const level = shownLevel(claim);
  if (kind === 'none') {
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
  if (!level) {
    return (
      <div class="closest">
        <h2 id={HEADING_ID}>Closest claim in our database</h2>
        <p class="matched">
          <q>{claim.match?.statement}</q>
        </p>
        <p class="note sureness">
          Match confidence: {sureness(claim)}. It may not be what this sentence claims, so Gut Check does not grade it.
          Read the claim with care.
        </p>
      </div>
    );
  }
  const cls = classNote(claim);
  const over = overstatement(claim);
  const research = !!entry && (entry.summary || entry.citations.length > 0);
  return (
    <>
      <p class="level-row" id={LEVEL_ID}>
        <Level level={level} />
        <span class="sr-only"> evidence.</span>
      </p>
      <h2 id={HEADING_ID} class="matched">
        Matched: <q>{claim.match?.statement ?? claim.statement}</q>
      </h2>
      <p class="note sureness">Match confidence: {sureness(claim)}.</p>
      {cls ? <p class="note class-note">{cls}</p> : null}
      {claim.guess ? <GuessResult guess={claim.guess} actual={level} onNext={props.nav?.onNext} /> : null}
      {claim.verdict ? <p class="verdict">{claim.verdict}</p> : null}
      {over ? (
        <p class="overstated">
          {over.says ? (
            <>
              The page says <em>{over.says}</em>; the research shows {over.shows}.
            </>
          ) : (
            <>The page states this more strongly than the research allows: it shows {over.shows}.</>
          )}
        </p>
      ) : null}
      {/* The grade turned the entry around (its statement is not the entry's): "not a diagnosis"
          matched to an entry that says so itself is no opposite. */}
      {claim.negated && claim.match && claim.statement !== claim.match.statement ? (
        <p class="note">This sentence says the opposite of the matched claim; the verdict is about what it says.</p>
      ) : null}
      {claim.hedged ? (
        <p class="note">
          The page hedges this claim (&ldquo;may&rdquo;, &ldquo;might&rdquo;); the evidence level is the same.
        </p>
      ) : null}
      {research ? (
        <>
          <button
            type="button"
            class="expand"
            aria-expanded={props.expanded}
            aria-controls={RESEARCH_ID}
            onClick={() => props.onExpand(!props.expanded)}
          >
            {props.expanded ? 'Hide the research' : 'Show the research'}
          </button>
          <section id={RESEARCH_ID} aria-label="What the research shows" hidden={!props.expanded}>
            <h3>What the research shows</h3>
            <p>{entry.summary}</p>
            <Citations citations={entry.citations} />
          </section>
        </>
      ) : null}
    </>
  );
}
