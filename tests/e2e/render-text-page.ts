/**
 * Renders a plain-text page (a corpus .txt) as a simple HTML article, the
 * way such a page is published: blank-line paragraphs as <p>, runs of list
 * lines ("- x", "• x", "1. x") as <ul>/<ol>, a lone short line without a
 * closing full stop as <h2>. Text is escaped, never parsed as markup.
 */
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const BULLET = /^\s*[-*•·–]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;

export function renderTextPage(text: string, title: string): string {
  const body: string[] = [];
  const paragraphs = text.replace(/^\uFEFF/, '').split(/\r?\n\s*\r?\n/);
  for (const para of paragraphs) {
    const lines = para.split(/\r?\n/).filter(l => l.trim());
    if (!lines.length) continue;
    let list: { tag: 'ul' | 'ol'; items: string[] } | null = null;
    let prose: string[] = [];
    const flushList = () => {
      if (list) body.push(`<${list.tag}>${list.items.map(i => `<li>${escape(i)}</li>`).join('')}</${list.tag}>`);
      list = null;
    };
    const flushProse = () => {
      if (!prose.length) return;
      const joined = prose.join('\n');
      const heading = prose.length === 1 && joined.split(/\s+/).length <= 12 && !/[.;,]["'”’)]*\s*$/.test(joined);
      body.push(heading ? `<h2>${escape(joined.trim())}</h2>` : `<p>${escape(joined.trim())}</p>`);
      prose = [];
    };
    for (const line of lines) {
      const bullet = BULLET.exec(line);
      const numbered = bullet ? null : NUMBERED.exec(line);
      const item = bullet ?? numbered;
      if (item) {
        flushProse();
        const tag = bullet ? 'ul' : 'ol';
        if (list && list.tag !== tag) flushList();
        list ??= { tag, items: [] };
        list.items.push(item[1] ?? '');
      } else {
        flushList();
        prose.push(line);
      }
    }
    flushList();
    flushProse();
  }
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head>\n<body><main><article>\n${body.join('\n')}\n</article></main></body></html>\n`;
}
