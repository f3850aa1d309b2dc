/**
 * Canonical layout of a claims-db YAML file, so that reviews show content
 * changes only. Comments are kept; topic files get their claims sorted by id.
 */
import { isMap, isSeq, parseDocument, type Scalar } from 'yaml';

const OPTIONS = { lineWidth: 100, minContentWidth: 40, indentSeq: true, flowCollectionPadding: false } as const;

export function formatDbFile(text: string): string {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) throw doc.errors[0];
  const claims = doc.get('claims');
  if (isSeq(claims)) {
    const idOf = (item: unknown) =>
      isMap(item) ? String((item.get('id', true) as Scalar | undefined)?.value ?? '') : '';
    claims.items.sort((a, b) => idOf(a).localeCompare(idOf(b)));
  }
  return doc.toString(OPTIONS);
}

/** 1-based line and column of the first difference between two texts, or null when equal. */
export function firstDifference(a: string, b: string): { line: number; column: number } | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const before = a.slice(0, i).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
