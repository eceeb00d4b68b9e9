import type { Config } from '#src/config/schema.ts';
import type { BacklogItem, LabelEvent } from '#src/model/backlog-item.ts';
import { relevantFindings } from '#src/model/relevant-findings.ts';
import type { Verdict } from '#src/model/verdict.ts';
import { findingLabel, labelKey, managedLabels } from './managed-labels.ts';

/** Managed labels to add to and remove from one item, in managedLabels order. */
export type LabelDiff = { readonly add: readonly string[]; readonly remove: readonly string[] };

const NO_CHANGE: LabelDiff = { add: [], remove: [] };

/**
 * The managed labels an item should carry, or undefined when it is skipped (then nothing is touched).
 * Pinned items (a person said "ready") carry only the ready label. Otherwise the item carries
 * `ready` or `needs-refinement`, plus one finding label per relevant finding when finding labels are
 * on: what the item's own definition of ready requires, plus `stale` and `needs-priority`, which ask
 * for a decision on any item (a ready item can still be stale). A ready bug is never labelled
 * `needs-estimate` when bugs need no estimate.
 */
export const desiredLabels = (verdict: Verdict, config: Config): string[] | undefined => {
  if (verdict.skipped) return undefined;
  const { ready, needsRefinement } = config.labels;
  if (verdict.pinned) return [ready.name];
  const labels = [verdict.ready ? ready.name : needsRefinement.name];
  for (const finding of relevantFindings(verdict)) {
    const name = findingLabel(config, finding.rule);
    if (name !== undefined) labels.push(name);
  }
  return labels;
};

/** The newest event per label (keyed case-insensitively); events come oldest first. */
const latestEvents = (events: readonly LabelEvent[] = []): ReadonlyMap<string, LabelEvent> =>
  events.length === 0 ? NO_EVENTS : new Map(events.map((event) => [labelKey(event.label), event]));

// Most items read without a timeline (CLI input, first sweep) have no label events: one shared empty map.
const NO_EVENTS: ReadonlyMap<string, LabelEvent> = new Map();

type ManagedKeys = {
  readonly labels: readonly { readonly name: string; readonly key: string }[];
  readonly overrideKey: string;
};

// Configs are parsed once per run and never changed, so the managed labels are listed once per config, not once per item.
const managedCache = new WeakMap<Config, ManagedKeys>();

const managedKeys = (config: Config): ManagedKeys => {
  let keys = managedCache.get(config);
  if (!keys) {
    keys = {
      labels: managedLabels(config).map(({ name }) => ({ name, key: labelKey(name) })),
      overrideKey: labelKey(config.labels.override.name),
    };
    managedCache.set(config, keys);
  }
  return keys;
};

/**
 * The label diff for one item. Only managed labels are ever added or removed, and never against a
 * person: a managed label a person added last is never removed, one a person removed last is never
 * re-added (until someone adds it again). Labels without events (e.g. CLI input) follow the verdict.
 * The override label belongs to people: the tool creates it but never adds or removes it.
 */
export const planLabels = (item: BacklogItem, verdict: Verdict, config: Config): LabelDiff => {
  const desired = desiredLabels(verdict, config);
  if (desired === undefined) return NO_CHANGE;
  const wanted = new Set(desired.map(labelKey));
  const current = new Map(item.labels.map((name) => [labelKey(name), name]));
  const last = latestEvents(item.labelEvents);
  const { labels, overrideKey } = managedKeys(config);
  const add: string[] = [];
  const remove: string[] = [];
  for (const { name, key } of labels) {
    if (key === overrideKey) continue;
    const event = last.get(key);
    const byPerson = event?.by === 'person';
    const present = current.get(key);
    if (wanted.has(key) && present === undefined && !(byPerson && event?.action === 'removed')) add.push(name);
    // Remove with the spelling the item has, so the request names the label exactly as GitHub shows it.
    if (!wanted.has(key) && present !== undefined && !(byPerson && event?.action === 'added')) remove.push(present);
  }
  return { add, remove };
};
