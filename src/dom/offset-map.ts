/**
 * Character offsets in extracted text ↔ DOM positions, the way Hypothesis
 * keeps `text-range.ts` apart from its string matching. Every text node the
 * walker read is one segment; separators the walker added ("\n" between
 * blocks) belong to no segment.
 */

export interface Segment {
  node: Text;
  /** Offset of the node's first character in the extracted text. */
  start: number;
}

export class OffsetMap {
  /** Segments in text order (strictly increasing `start`). */
  readonly segments: Segment[] = [];

  add(node: Text, start: number): void {
    this.segments.push({ node, start });
  }

  /** Index of the segment holding character `offset`, or of the last one starting before it. */
  private find(offset: number): number {
    const s = this.segments;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((s[mid] as Segment).start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** A live Range over text `[start, end)`, or null if it maps to no text node. */
  range(start: number, end: number): Range | null {
    if (!this.segments.length || end <= start) return null;
    const a = this.segments[this.find(start)] as Segment;
    const b = this.segments[this.find(end - 1)] as Segment;
    const aOff = Math.min(start - a.start, a.node.length);
    const bOff = Math.min(end - b.start, b.node.length);
    if (aOff < 0 || bOff <= 0) return null;
    const range = (a.node.ownerDocument as Document).createRange();
    range.setStart(a.node, aOff);
    range.setEnd(b.node, bOff);
    return range;
  }

  /** Text nodes touched by text `[start, end)`, for the hit-test index. */
  nodes(start: number, end: number): Text[] {
    const out: Text[] = [];
    for (let i = this.find(start); i < this.segments.length; i++) {
      const seg = this.segments[i] as Segment;
      if (seg.start >= end) break;
      out.push(seg.node);
    }
    return out;
  }
}
