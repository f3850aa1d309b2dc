/**
 * Lists introduced by a sentence ending in a colon, whose items open with a
 * label: "Leaky gut is linked to symptoms such as:" then "• Bloating: a
 * feeling of fullness…". The label is what the lead-in relates to its
 * subject; the rest of the item describes it. Pure: words and mentions in,
 * a frame out.
 */
import { frameNounAt } from './data/relations';
import type { Mention } from './lexicon';
import type { Token } from './tokens';
import type { RelationClass } from './types';

export interface LeadInFrame {
  /** The lead-in's subject: who the items are about (never empty). */
  subject: Mention[];
  /** How the lead-in relates its subject to each item; null when it does not say. */
  relation: RelationClass | null;
  /** "Causes of X include:": each item is a cause of X (the subject), not an effect. */
  itemsCause: boolean;
}

/** A label is at most this many words before the item's first colon. */
const MAX_LABEL_WORDS = 5;

/**
 * The frame a lead-in sets. "Symptoms of X (include):" and "Causes of X:" name their relation
 * with a frame noun; otherwise the lead-in's own reading does ("X is linked to problems like:").
 */
export function leadInFrame(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  reading: { subject: readonly Mention[]; relation: RelationClass | null } | undefined,
  /** Can the mention be what the items are about? "Benefits for digestion:" is about the topic above. */
  canLead: (m: Mention) => boolean = () => true,
): LeadInFrame | null {
  const norms = tokens.map(t => t.norm);
  for (let k = 0; k + 1 < tokens.length; k++) {
    const frame = frameNounAt(norms, k);
    if (!frame) continue;
    const prep = tokens[k + frame.span];
    if (!prep || !['of', 'for', 'from'].includes(prep.norm)) continue;
    const thing = mentions.filter(m => m.start >= prep.end && !m.nested);
    if (thing.length) return { subject: thing.slice(0, 1), relation: 'causes', itemsCause: !frame.effect };
  }
  if (reading?.subject.length) return { subject: [...reading.subject], relation: reading.relation, itemsCause: false };
  // A verbless lead-in ("Benefits of kefir:") lends its things, and no relation.
  const own = leadingMentions(mentions, canLead);
  return own.length ? { subject: own, relation: null, itemsCause: false } : null;
}

/** The lead-in's own things that items can be about: anchors, outer, and able to lead. */
export function leadingMentions(mentions: readonly Mention[], canLead: (m: Mention) => boolean): Mention[] {
  return mentions.filter(m => m.anchor && !m.nested && canLead(m));
}

/** The end offset of an item's opening label ("Bloating:"), or -1 when it has none. */
export function labelEnd(tokens: readonly Token[], text: string): number {
  const first = tokens[0];
  if (!first) return -1;
  // A numbered item ("2. Bloating: …") labels after its number.
  const from = /^\d+$/.test(first.norm) && /^[.)]\s/.test(text.slice(first.end, first.end + 2)) ? 1 : 0;
  for (let k = from; k < Math.min(tokens.length - 1, from + MAX_LABEL_WORDS); k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    const gap = text.slice(t.end, next.start);
    if (/[.!?;,]/.test(gap)) return -1;
    if (/^\s*:\s/.test(gap) || gap.trim() === ':') return t.end;
  }
  return -1;
}
