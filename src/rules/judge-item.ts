import type { Config } from '#src/config/schema.ts';
import { parseBody } from '#src/markdown/parse-body.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { Check, Finding } from '#src/model/check.ts';
import type { Estimate } from '#src/model/estimate.ts';
import { RULE_IDS } from '#src/model/rule-id.ts';
import type { Verdict } from '#src/model/verdict.ts';
import { ALL_RULES } from './all-rules.ts';
import { childrenEstimate, ownEstimate } from './child-estimates.ts';
import { estimateToPoints } from './find-estimate.ts';
import { findPriority } from './find-priority.ts';
import type { JudgeContext, RuleInput } from './rule-input.ts';
import { selectKind } from './select-kind.ts';

/** Lower-cased label names the judge looks for, derived once per config (configs are parsed once per run). */
type LabelKeys = { readonly override: string; readonly ready: string; readonly skip: ReadonlySet<string> };
const labelKeysCache = new WeakMap<Config, LabelKeys>();

const labelKeys = (config: Config): LabelKeys => {
  let keys = labelKeysCache.get(config);
  if (!keys) {
    keys = {
      override: config.labels.override.name.toLowerCase(),
      ready: config.labels.ready.name.toLowerCase(),
      // The tool's own issues (agendas, the Health issue) are never judged, whatever skipLabels says.
      skip: new Set(
        [...config.readiness.skipLabels, config.agenda.label, config.health.label].map((name) => name.toLowerCase()),
      ),
    };
    labelKeysCache.set(config, keys);
  }
  return keys;
};

const hasLabel = (item: BacklogItem, wanted: ReadonlySet<string> | string): boolean =>
  item.labels.some((label) => {
    const key = label.toLowerCase();
    return typeof wanted === 'string' ? key === wanted : wanted.has(key);
  });

/**
 * A person pinned the verdict: the override label is on the item, or the latest timeline event
 * for the ready label is a person adding it (so we never undo a person's label choice).
 */
export const isPinned = (item: BacklogItem, config: Config): boolean => {
  const keys = labelKeys(config);
  if (hasLabel(item, keys.override)) return true;
  const { ready } = keys;
  const events = item.labelEvents ?? [];
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    if (event && event.label.toLowerCase() === ready) return event.action === 'added' && event.by === 'person';
  }
  return false;
};

/**
 * Judges one item: parses the body once, finds the estimate once, runs every rule in RULE_IDS
 * order and applies the definition of ready of the item's kind. Items with a skip label
 * (`readiness.skipLabels`) still get every check computed, for reports, but come back with
 * `skipped: true`, `ready: false`, no blocking findings and `pinned: false`; they are never
 * labelled or commented on. Pure and deterministic: the same item and context give an equal verdict.
 */
export const judgeItem = (item: BacklogItem, context: JudgeContext): Verdict => {
  const { config } = context;
  const doc = parseBody(item.body);
  // Issue fields first (native wins), then labels, Projects and body; a parent without any gets its children's sum.
  const estimate = ownEstimate(item, config, doc) ?? childrenEstimate(item);
  // Listed field by field: spreading the context object took the slow generic copy on every item.
  const { now, templates } = context;
  const input: RuleInput =
    templates === undefined ? { config, now, item, doc, estimate } : { config, now, templates, item, doc, estimate };
  const checks: Check[] = RULE_IDS.map((id) => ALL_RULES[id](input));
  const kind = selectKind(item, config);
  const priority = findPriority(item, config, doc);
  const points = estimate ? estimateToPoints(estimate) : undefined;
  const skipped = hasLabel(item, labelKeys(config).skip);
  // Built field by field rather than spread from partial objects: the same keys in the same order, without the copies.
  let verdict: Verdict;
  if (skipped) {
    verdict = {
      number: item.number,
      ready: false,
      kind: kind.name,
      checks,
      blocking: [],
      pinned: false,
      skipped: true,
    };
  } else {
    const required = new Set(kind.require);
    const blocking: Finding[] = [];
    for (const check of checks) if (!check.ok && required.has(check.rule)) blocking.push(check as Finding);
    const pinned = isPinned(item, config);
    verdict = {
      number: item.number,
      ready: pinned || blocking.length === 0,
      kind: kind.name,
      checks,
      blocking,
      pinned,
      skipped: false,
    };
  }
  return withFound(verdict, estimate, points, priority);
};

const withFound = (
  verdict: Verdict,
  estimate: Estimate | undefined,
  points: number | undefined,
  priority: string | undefined,
): Verdict => {
  const found: { -readonly [K in keyof Verdict]: Verdict[K] } = verdict;
  if (estimate !== undefined) found.estimate = estimate;
  if (points !== undefined) found.points = points;
  if (priority !== undefined) found.priority = priority;
  return found;
};
