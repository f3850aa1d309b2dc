/**
 * A claim's short name for the popup list: its first words, cut at a word
 * boundary. Screen readers read a list button's whole name on every move;
 * the verdict and the rest go in its description.
 */
export function shortName(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : t.slice(0, max)).replace(/[\s,;:.–—-]+$/, '')}…`;
}
