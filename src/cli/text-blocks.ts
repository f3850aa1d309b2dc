/**
 * A plain-text page (.txt) as blocks, the way the extension gets them from
 * the DOM: paragraphs end at blank lines, every line that starts with a list
 * marker ("-", "*", "•", "1.", "2)") is a list item, and a paragraph of one
 * short line with no closing full stop is taken for a heading. Offsets index
 * the text exactly as given (BOM and CRLF included), so a claim's
 * `text === input.slice(start, end)`.
 */
import type { Block, DocumentInput } from '../engine/types';

const LIST_MARKER = /^[ \t]*(?:[-*•·–]|\d{1,3}[.)])[ \t]+\S/;
/** At most this many words, and no sentence end, for a lone line to count as a heading. */
const HEADING_WORDS = 12;

/** Blocks of a plain text, in reading order. */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let para: { start: number; end: number; lines: number } | null = null;
  const closePara = () => {
    if (!para) return;
    const body = text.slice(para.start, para.end);
    const words = body.split(/\s+/).filter(Boolean).length;
    const heading = para.lines === 1 && words <= HEADING_WORDS && !/[.;,]["'”’)]*$/.test(body);
    blocks.push(
      heading ? { ...para, role: 'heading', level: 2 } : { start: para.start, end: para.end, role: 'paragraph' },
    );
    para = null;
  };
  const lineRe = /[^\r\n]*(?:\r\n|\n|\r|$)/g;
  for (let m = lineRe.exec(text); m && m[0] !== ''; m = lineRe.exec(text)) {
    const raw = m[0].replace(/[\r\n]+$/, '');
    const lead = raw.length - raw.trimStart().length;
    const start = m.index + lead;
    const end = m.index + raw.trimEnd().length;
    if (end <= start || !/[^\s\uFEFF]/.test(raw)) {
      closePara();
      continue;
    }
    if (LIST_MARKER.test(raw)) {
      closePara();
      blocks.push({ start, end, role: 'list-item' });
      continue;
    }
    if (para) {
      para.end = end;
      para.lines++;
    } else para = { start, end, lines: 1 };
  }
  closePara();
  return blocks.map(({ start, end, role, level }) => (level ? { start, end, role, level } : { start, end, role }));
}

/** A plain text as the engine reads it: the text itself and its blocks. */
export function textDocument(text: string): DocumentInput {
  return { text, blocks: textBlocks(text) };
}
