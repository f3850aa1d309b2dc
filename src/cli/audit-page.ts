/**
 * Audits one page: read, decode, extract text, run the engine. Runs in the
 * main thread (`--jobs 1`) or in a worker; input and output are plain data
 * so they cross the worker boundary by structured clone.
 */
import type { DocumentInput, ReportError } from '../report';
import { loadEngine } from './claims';
import { decodePage, InputError, pageKind, readPageFile } from './read-page';

/** One page to audit: a file path, or text already read (standard input). */
export interface PageTask {
  source: string;
  path?: string;
  bytes?: Uint8Array;
}

export interface PageOptions {
  /** Keep only the main article of HTML pages (Readability). */
  article: boolean;
}

export type PageResult = { ok: true; document: DocumentInput } | { ok: false; error: ReportError };

/** Audits a page; never throws: every failure becomes an error naming the source. */
export async function auditPage(task: PageTask, options: PageOptions): Promise<PageResult> {
  try {
    const bytes = task.bytes ?? (await readPageFile(task.path ?? task.source));
    const raw = decodePage(bytes);
    let title = '';
    let text = raw;
    if (pageKind(task.source, raw) === 'html') {
      // Loaded on the first HTML page: linkedom takes ~0.4 s to import, which
      // text-only audits and the main thread of a worker pool never need.
      const { extractHtml } = await import('./extract-html');
      ({ title, text } = extractHtml(raw, options));
      if (!text.trim()) {
        throw new InputError(
          options.article
            ? 'no article found in this page (try without --article)'
            : 'no readable text in this HTML (empty, or nothing but scripts, styles and markup)',
        );
      }
    }
    const { claims } = (await loadEngine()).analyze(text);
    return { ok: true, document: { source: task.source, title, words: countWords(text), claims } };
  } catch (e) {
    // An InputError is the user's file; anything else is our bug, still reported per page.
    const message =
      e instanceof InputError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
    return { ok: false, error: { source: task.source, message } };
  }
}

/** Words as a reader counts them: runs of letters/digits, with inner apostrophes and hyphens. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
