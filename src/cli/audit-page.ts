/**
 * Audits one page: read, decode, extract text, run the engine. Runs in the
 * main thread (`--jobs 1`) or in a worker; input and output are plain data
 * so they cross the worker boundary by structured clone.
 */
import type { DocumentInput } from '../engine/types';
import type { DocumentInput as ReportDocumentInput, ReportError } from '../report';
import { countWords } from '../shared/words';
import { loadEngine } from './claims';
import { decodePage, InputError, pageKind, readPageFile, type PageKind } from './read-page';
import { textDocument } from './text-blocks';

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

export type PageResult = { ok: true; document: ReportDocumentInput } | { ok: false; error: ReportError };

/** Audits a page; never throws: every failure becomes an error naming the source. */
export async function auditPage(task: PageTask, options: PageOptions): Promise<PageResult> {
  try {
    const bytes = task.bytes ?? (await readPageFile(task.path ?? task.source));
    const raw = decodePage(bytes);
    const { title, doc, words } = await readAs(pageKind(task.source, raw), raw, options);
    const { claims } = (await loadEngine()).analyzeDocument(doc);
    return { ok: true, document: { source: task.source, title, words, claims } };
  } catch (e) {
    // An InputError is the user's file; anything else is our bug, still reported per page.
    const message =
      e instanceof InputError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
    return { ok: false, error: { source: task.source, message } };
  }
}

/**
 * A page as the engine reads it: HTML through the extension's own walk
 * (extract-html.ts), plain text as blocks by blank lines and list markers.
 */
async function readAs(
  kind: PageKind,
  raw: string,
  options: PageOptions,
): Promise<{ title: string; doc: DocumentInput; words: number }> {
  if (kind === 'txt') return { title: '', doc: textDocument(raw), words: countWords(raw) };
  // Loaded on the first HTML page: linkedom takes ~0.4 s to import, which
  // text-only audits and the main thread of a worker pool never need.
  const { extractHtml } = await import('./extract-html');
  const page = extractHtml(raw, options);
  if (!page.doc.blocks.length) {
    throw new InputError(
      options.article
        ? 'no article found in this page (try without --article)'
        : 'no readable text in this HTML (empty, or nothing but scripts, styles and markup)',
    );
  }
  return page;
}
