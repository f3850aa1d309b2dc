/**
 * Reads one saved page from disk, turning every way a file can be unusable
 * into an `InputError` whose message is fit to show the user. Only regular
 * files are read: a FIFO would hang the run and /dev/zero would fill memory.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';

import { InputError } from './input-error';
import { describeFileType, describeFsError } from './inputs';

export { InputError };
export { decodeFile as decodePage } from './decode';

/** Larger files are refused rather than read into memory (and they are rarely pages). */
export const MAX_BYTES = 50 * 1024 * 1024;

export type PageKind = 'html' | 'txt';

/**
 * The bytes of a regular file, refusing anything else and anything over
 * MAX_BYTES before reading it. Opened non-blocking, so a FIFO cannot stall
 * the open itself; the type is then checked on the open handle, so a file
 * swapped after the folder was listed is still caught.
 */
export async function readPageFile(path: string): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch((e: NodeJS.ErrnoException) => {
    throw new InputError(describeFsError(e));
  });
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InputError(describeFileType(info));
    if (info.size > MAX_BYTES) throw new InputError(overLimit(info.size));
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** All of standard input, with the same size limit as files. */
export async function readStdin(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > MAX_BYTES) throw new InputError(`standard input is over the ${formatMb(MAX_BYTES)} limit`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** HTML for .html/.htm; for stdin, HTML when it starts like an HTML document; text otherwise. */
export function pageKind(source: string, text: string): PageKind {
  const ext = extname(source).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (source === '-' && /^\uFEFF?\s*<(?:!doctype\s+html|html|head|body)[\s>]/i.test(text)) return 'html';
  return 'txt';
}

export function overLimit(size: number): string {
  return `over the ${formatMb(MAX_BYTES)} limit (${size.toLocaleString('en')} bytes)`;
}

function formatMb(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
