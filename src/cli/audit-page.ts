/**
 * Audits one page: read, decode, extract text, run the engine. Runs in a
 * worker thread (or, as a last resort, the main thread); input and output are
 * plain data so they cross the thread boundary by structured clone.
 */
import { blocksFromText } from '../engine/blocks-from-text';
import type { DocumentInput } from '../engine/types';
import type { DocumentInput as ReportDocumentInput, ReportError, WarcRef } from '../report';
import { countWords } from '../shared/words';
import { loadEngine } from './claims';
import { decodeFile, decodeWeb } from './decode';
import { InputError } from './input-error';
import { pageKind, readPageFile, type PageKind } from './read-page';

/** One page to audit: a file path, or bytes already read (standard input, a WARC record). */
export interface PageTask {
  source: string;
  path?: string;
  bytes?: Uint8Array;
  /** Set for pages from the web (WARC): HTML or text by content type, decoded as a browser would. */
  web?: { kind: PageKind; charset: string | null };
  /** Where a WARC record came from; carried into the report. */
  warc?: WarcRef;
}

export interface PageOptions {
  /** Keep only the main article of HTML pages (Readability). */
  article: boolean;
}

export type PageResult = { ok: true; document: ReportDocumentInput } | { ok: false; error: ReportError };

/** Audits a page; never throws: every failure becomes an error naming the source. */
export async function auditPage(task: PageTask, options: PageOptions): Promise<PageResult> {
  const warc = task.warc ? { warc: task.warc } : {};
  try {
    const bytes = task.bytes ?? (await readPageFile(task.path ?? task.source));
    const raw = task.web ? decodeWeb(bytes, task.web.charset, task.web.kind === 'html') : decodeFile(bytes);
    const page = await analyzePage(raw, task.web?.kind ?? pageKind(task.source, raw), options);
    return { ok: true, document: { source: task.source, ...page, ...warc } };
  } catch (e) {
    // An InputError is the user's file; anything else is our bug, still reported per page.
    const message =
      e instanceof InputError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
    return { ok: false, error: { source: task.source, message, ...warc } };
  }
}

/**
 * The one place a decoded page becomes findings: read as the engine reads it,
 * then analysed. Files, standard input and WARC records all come through here.
 */
export async function analyzePage(
  raw: string,
  kind: PageKind,
  options: PageOptions,
): Promise<Omit<ReportDocumentInput, 'source'>> {
  const { title, doc, words } = await readAs(kind, raw, options);
  const { claims } = (await loadEngine()).analyzeDocument(doc);
  return { title, words, claims };
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
  if (kind === 'txt') return { title: '', doc: { text: raw, blocks: blocksFromText(raw) }, words: countWords(raw) };
  // Loaded on the first HTML page: linkedom takes ~0.4 s to import, which
  // text-only audits never need.
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
