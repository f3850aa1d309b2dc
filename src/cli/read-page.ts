/**
 * Reads and decodes one page, turning every way a file can be unusable into
 * an `InputError` whose message is fit to show the user.
 */
import { open } from 'node:fs/promises';
import { extname } from 'node:path';

import { describeFsError } from './inputs';

/** Larger files are refused rather than read into memory (and they are rarely pages). */
export const MAX_BYTES = 50 * 1024 * 1024;

/** A problem with the input itself, not a bug: shown as `source: message`, never as a stack. */
export class InputError extends Error {}

export type PageKind = 'html' | 'txt';

/** The bytes of a file, refusing folders and anything over MAX_BYTES before reading it. */
export async function readPageFile(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r').catch((e: NodeJS.ErrnoException) => {
    throw new InputError(describeFsError(e));
  });
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError('is a folder');
    if (info.size > MAX_BYTES)
      throw new InputError(`over the ${formatMb(MAX_BYTES)} limit (${info.size.toLocaleString('en')} bytes)`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** All of standard input, with the same size limit as files. */
export async function readStdin(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > MAX_BYTES) throw new InputError(`standard input is over the ${formatMb(MAX_BYTES)} limit`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

// ignoreBOM keeps a leading U+FEFF in the string, as fs.readFileSync(path,
// 'utf8') does: claim offsets must index the text exactly as other tools read it.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of a page, or an InputError for empty, binary or non-UTF-8 content. */
export function decodePage(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('empty file');
  // Text never contains NUL; binaries (and UTF-16 text) nearly always do early on (git uses the same test).
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError('binary file (contains NUL bytes), not text or HTML');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError('not valid UTF-8 (re-save it as UTF-8)');
  }
  if (!/[^\s\uFEFF]/.test(text)) throw new InputError('contains only whitespace');
  return text;
}

/** HTML for .html/.htm; for stdin, HTML when it starts like an HTML document; text otherwise. */
export function pageKind(source: string, text: string): PageKind {
  const ext = extname(source).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (source === '-' && /^\uFEFF?\s*<(?:!doctype\s+html|html|head|body)[\s>]/i.test(text)) return 'html';
  return 'txt';
}

function formatMb(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
