/**
 * Plain text as a document: blocks by blank lines and list markers, with a
 * role guessed from layout. Web text saved as .txt keeps one block per line
 * (a heading, a paragraph, a bullet), so every non-blank line starts a block
 * unless it plainly wraps the line before (lowercase start after a line that
 * does not end a sentence).
 */
import type { Block } from './types';

const BULLET = /^\s*(?:[-–—*•·▪►▸✓✔➤→]|\d{1,2}[.)](?:\s|$)|[a-z][.)]\s)/u;
/** A list marker alone on its line: web text copied or extracted as text often puts the item on the next line. */
const BARE_MARKER = /^\s*(?:[-–—*•·▪►▸✓✔➤→]|\d{1,2}[.)])\s*$/u;
const MARKDOWN_HEADING = /^\s*(#{1,6})\s+\S/;
const TERMINAL = /[.!?…]["'”’)\]]*\s*$/u;

const words = (s: string) => s.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length;

/** Blocks of `text` in reading order, as ranges of it (list markers and blank lines left out of none: ranges are whole lines). */
export function blocksFromText(text: string): Block[] {
  const blocks: Block[] = [];
  let pos = 0;
  let prevLine: { text: string; blank: boolean } | null = null;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const raw = text.slice(pos, nl);
    const line = raw.replace(/\r$/, '');
    const blank = !/\S/.test(line);
    if (!blank) {
      const start = pos + (line.length - line.trimStart().length);
      const end = pos + line.trimEnd().length;
      const last = blocks[blocks.length - 1];
      const wraps =
        last &&
        prevLine &&
        !prevLine.blank &&
        last.role === 'paragraph' &&
        !BULLET.test(line) &&
        /^\s*\p{Ll}/u.test(line) &&
        !TERMINAL.test(prevLine.text);
      const itemOfMarker =
        last && prevLine && !prevLine.blank && last.role === 'list-item' && BARE_MARKER.test(prevLine.text);
      if ((wraps || itemOfMarker) && last) last.end = end;
      else blocks.push({ start, end, role: roleOf(line), ...headingLevel(line) });
    }
    prevLine = { text: line, blank };
    pos = nl + 1;
  }
  return blocks;
}

function roleOf(line: string): Block['role'] {
  if (MARKDOWN_HEADING.test(line)) return 'heading';
  if (BULLET.test(line)) return 'list-item';
  const t = line.trim();
  if (/^["“‘'].*["”’']$/u.test(t) && words(t) > 3) return 'quote';
  // A short line that does not end a sentence: a title or a section heading.
  if (!TERMINAL.test(t) && !/[:,;]$/.test(t) && words(t) <= 14) return 'heading';
  if (/\?\s*$/.test(t) && words(t) <= 14) return 'heading';
  return 'paragraph';
}

function headingLevel(line: string): { level?: number } {
  const md = MARKDOWN_HEADING.exec(line);
  if (md) return { level: (md[1] as string).length };
  return roleOf(line) === 'heading' ? { level: 2 } : {};
}
