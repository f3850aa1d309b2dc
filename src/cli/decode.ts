/**
 * Bytes → text. Files a researcher saved are decoded strictly (UTF-8, or
 * UTF-16 with a BOM), so a wrong guess is an error and never silent
 * mojibake. Pages from a crawl (WARC) are decoded as a browser would: the
 * declared charset, else a BOM or <meta charset>, else UTF-8, else
 * windows-1252 (the HTML standard's fallback for unlabelled pages).
 */
import { InputError } from './input-error';

// ignoreBOM keeps a leading U+FEFF in the string, as fs.readFileSync(path,
// 'utf8') does: claim offsets must index the text exactly as other tools read it.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The encoding named by a byte-order mark, if any. */
export function bomEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The text of a saved page, or an InputError for empty, binary or undecodable content. */
export function decodeFile(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('empty file');
  const bom = bomEncoding(bytes);
  let text: string;
  if (bom === 'utf-16le' || bom === 'utf-16be') {
    // UTF-16 is full of NUL bytes, so it is told apart by its BOM before the binary test.
    try {
      text = new TextDecoder(bom, { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      throw new InputError(`not valid ${bom.toUpperCase()} (it starts with a UTF-16 byte-order mark)`);
    }
  } else {
    // Text never contains NUL; binaries nearly always do early on (git uses the same test).
    if (bytes.subarray(0, 8192).includes(0)) throw new InputError('binary file (contains NUL bytes), not text or HTML');
    try {
      text = utf8.decode(bytes);
    } catch {
      throw new InputError('not valid UTF-8 (re-save it as UTF-8)');
    }
  }
  if (!/[^\s\uFEFF]/.test(text)) throw new InputError('contains only whitespace');
  return text;
}

/** The charset parameter of a Content-Type header value (`text/html; charset="iso-8859-1"`). */
export function charsetOf(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m?.[1]?.toLowerCase() ?? null;
}

// <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">, in the first 1024 bytes (HTML's prescan).
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** A page from the web: decoded as a browser would, never fatally (a bad byte becomes U+FFFD, as on screen). */
export function decodeWeb(bytes: Uint8Array, declared: string | null, html: boolean): string {
  if (bytes.length === 0) throw new InputError('empty body');
  let label = bomEncoding(bytes) ?? declared ?? (html ? sniffMeta(bytes) : null);
  // Without a BOM, a "UTF-16" label is a mistake browsers read as UTF-8 (the bytes are ASCII-compatible).
  if (label?.startsWith('utf-16') && !bomEncoding(bytes)) label = 'utf-8';
  if (label && WINDOWS_1252.has(label)) return decodeWindows1252(bytes);
  if (label) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(label, { ignoreBOM: true });
    } catch {
      throw new InputError(`unknown charset "${label}"`);
    }
    return decoder.decode(bytes);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// The labels the Encoding Standard maps to windows-1252 (latin1 and ascii included).
const WINDOWS_1252 = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'l1',
  'ascii',
  'us-ascii',
  'ansi_x3.4-1968',
  'cp819',
  'ibm819',
  'iso-ir-100',
  'csisolatin1',
]);
// 0x80–0x9F in windows-1252 (Node's TextDecoder decodes them as C1 controls, i.e. as ISO-8859-1).
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, c => HIGH[c.charCodeAt(0) - 0x80]!);
}

function sniffMeta(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}
