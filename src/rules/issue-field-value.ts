import type { BacklogItem } from '#src/model/backlog-item.ts';

/** An issue field's value on an item, with the field's name as the item spells it. */
export type FieldHit = { readonly name: string; readonly value: string | number };

/**
 * The first of `names` (in config order, case-insensitive) that has a non-empty value on the item's
 * organisation issue fields; undefined when the item has none of them or its fields are unknown.
 */
export const issueFieldValue = (item: BacklogItem, names: readonly string[]): FieldHit | undefined => {
  const fields = item.issueFields;
  if (!fields) return undefined;
  const byKey = new Map(Object.entries(fields).map(([name, value]) => [name.trim().toLowerCase(), { name, value }]));
  for (const wanted of names) {
    const hit = byKey.get(wanted.trim().toLowerCase());
    if (hit && String(hit.value).trim() !== '') return hit;
  }
  return undefined;
};
