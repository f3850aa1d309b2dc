/**
 * The concept hierarchy (is-a) as the matcher reads it: how far a concept
 * is above another, and the valence a concept inherits from its parents.
 */
import type { Concept } from './types';

export interface Hierarchy {
  /** Steps from `child` up to `ancestor` (0 when equal), or -1 when `ancestor` is not above `child`. */
  distance(child: string, ancestor: string): number;
  /** Every ancestor of a concept with its distance, the concept itself at 0. */
  ancestors(id: string): ReadonlyMap<string, number>;
  /** Own valence, else the nearest ancestor's. */
  valence(id: string): 'good' | 'bad' | undefined;
  label(id: string): string;
  /** How many steps below a root: roots are 0. */
  depth(id: string): number;
  /** What the concept is the absence or removal of, if anything. */
  absenceOf(id: string): string | undefined;
}

export function buildHierarchy(concepts: readonly Concept[]): Hierarchy {
  const byId = new Map(concepts.map(c => [c.id, c]));
  const up = new Map<string, Map<string, number>>();
  const ancestors = (id: string): Map<string, number> => {
    let known = up.get(id);
    if (known) return known;
    known = new Map([[id, 0]]);
    up.set(id, known); // guards a cycle the compiler would have rejected
    for (const parent of byId.get(id)?.is ?? []) {
      for (const [a, d] of ancestors(parent)) {
        const seen = known.get(a);
        if (seen === undefined || d + 1 < seen) known.set(a, d + 1);
      }
    }
    return known;
  };
  const valences = new Map<string, 'good' | 'bad' | undefined>();
  const valence = (id: string): 'good' | 'bad' | undefined => {
    if (valences.has(id)) return valences.get(id);
    const own = byId.get(id)?.valence;
    let v = own;
    if (!v) {
      // The nearest ancestor with a valence decides.
      let best = Infinity;
      for (const [a, d] of ancestors(id)) {
        const av = byId.get(a)?.valence;
        if (av && d > 0 && d < best) {
          best = d;
          v = av;
        }
      }
    }
    valences.set(id, v);
    return v;
  };
  return {
    distance: (child, ancestor) => ancestors(child).get(ancestor) ?? -1,
    ancestors,
    valence,
    label: id => byId.get(id)?.label ?? id,
    depth: id => Math.max(0, ...[...ancestors(id).values()]),
    absenceOf: id => byId.get(id)?.absenceOf,
  };
}
