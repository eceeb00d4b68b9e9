import type { Config } from '#src/config/schema.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { RuleId } from '#src/model/rule-id.ts';

/** Which definition of ready applies to an item: the kind's name and the rules that must pass. */
export type ItemKind = { readonly name: string; readonly require: readonly RuleId[] };

/**
 * Picks the first `readiness.kinds` entry whose labels or issue types match the item
 * (case-insensitive); items matching none use "default" with `readiness.require`.
 */
export const selectKind = (item: BacklogItem, config: Config): ItemKind => {
  const labels = new Set(item.labels.map((label) => label.toLowerCase()));
  const type = item.issueType?.toLowerCase();
  for (const kind of config.readiness.kinds) {
    const byLabel = kind.labels.some((label) => labels.has(label.toLowerCase()));
    const byType = type !== undefined && kind.types.some((name) => name.toLowerCase() === type);
    if (byLabel || byType) return { name: kind.name, require: kind.require };
  }
  return { name: 'default', require: config.readiness.require };
};
