import type { Fields } from './protocol';

export type Field = Fields[string];

/**
 * Which of two writes of the same field survives: the newer HLC. Equal HLCs come from the same
 * write, but a tie is still broken by value so the choice never depends on arrival order.
 */
export function wins(a: Field, b: Field): boolean {
  if (a[1] !== b[1]) return a[1] > b[1];
  return JSON.stringify(a[0]) > JSON.stringify(b[0]);
}

/**
 * Per-field last-writer-wins. Pure: returns the merged fields and the columns `incoming` changed.
 * Commutative, associative and idempotent (see merge.test.ts), so shuffled and repeated
 * deliveries converge.
 */
export function mergeFields(current: Fields, incoming: Fields): { merged: Fields; changed: string[] } {
  const merged: Fields = { ...current };
  const changed: string[] = [];
  for (const [col, field] of Object.entries(incoming)) {
    const have = merged[col];
    if (!have || wins(field, have)) {
      merged[col] = field;
      changed.push(col);
    }
  }
  return { merged, changed };
}
