/**
 * schema.org ClaimReview JSON-LD for every matched claim, so an audit can be
 * published as fact-check markup (https://schema.org/ClaimReview).
 */
import { citationUrl } from './citations';
import { ratingOf } from './levels';
import type { AuditReport } from './types';

export interface ClaimReviewOptions {
  /** ISO date for `datePublished` (the database date is a good choice). */
  date?: string;
}

/**
 * A `@graph` of ClaimReviews. Unmatched claims have no rating, and claims
 * the reader dismissed as not claims at all are not published, so both are
 * left out.
 */
export function formatClaimReview(report: AuditReport, options: ClaimReviewOptions = {}): string {
  const author = { '@type': 'Organization', name: report.tool.name };
  const graph = report.documents.flatMap(doc =>
    doc.claims.flatMap(c => {
      if (c.evidence == null || c.claimId == null || c.dismissed) return [];
      return [
        {
          '@type': 'ClaimReview',
          claimReviewed: c.text,
          ...(options.date ? { datePublished: options.date } : {}),
          author,
          itemReviewed: {
            '@type': 'Claim',
            appearance: { '@type': 'CreativeWork', url: doc.source, headline: doc.title },
          },
          reviewRating: {
            '@type': 'Rating',
            ratingValue: ratingOf(c.evidence),
            bestRating: 5,
            worstRating: 1,
            alternateName: c.evidence,
            ratingExplanation: c.verdict ?? '',
          },
          citation: c.citations.flatMap(cite => {
            const url = citationUrl(cite);
            return url ? [url] : [];
          }),
        },
      ];
    }),
  );
  return `${JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }, null, 2)}\n`;
}
