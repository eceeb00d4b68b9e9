import type { Config } from '#src/config/schema.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import { fail, pass } from '#src/model/check.ts';
import type { Rule } from './rule-input.ts';

const DAY_MS = 86_400_000;
// Days past the 28th and out-of-range fields are left to Date, which rolls them over ("02-30" is March 2).
const UTC_ISO = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,3})?Z$/;

// One set per config list: rules run once per item, configs are parsed once per run.
const exemptCache = new WeakMap<readonly string[], ReadonlySet<string>>();

const exemptKeys = (labels: readonly string[]): ReadonlySet<string> => {
  let keys = exemptCache.get(labels);
  if (!keys) {
    keys = new Set(labels.map((label) => label.toLowerCase()));
    exemptCache.set(labels, keys);
  }
  return keys;
};

/** Why the item can never be stale, or undefined when it can. */
const exemption = (item: BacklogItem, config: Config): string | undefined => {
  const { exemptLabels, exemptMilestones, exemptAssigned } = config.rules.stale;
  const exempt = exemptKeys(exemptLabels);
  const label = item.labels.find((name) => exempt.has(name.toLowerCase()));
  if (label !== undefined) return `Never stale: it has the exempt label "${label}".`;
  if (item.milestone) {
    const title = item.milestone.title;
    if (exemptMilestones === true) return `Never stale: it is in milestone "${title}" and milestones are exempt.`;
    if (
      Array.isArray(exemptMilestones) &&
      exemptMilestones.some((name) => name.toLowerCase() === title.toLowerCase())
    ) {
      return `Never stale: milestone "${title}" is exempt.`;
    }
  }
  if (exemptAssigned && item.assignees.length > 0)
    return `Never stale: it is assigned to ${item.assignees.join(', ')}.`;
  return undefined;
};

/**
 * Last activity by a person: the timeline's value when known, else the creation time.
 * Never `updatedAt`: bots (this tool included) move it, which is how other stale bots reset their own clock.
 */
export const lastHumanActivity = (item: BacklogItem): string => item.lastHumanActivityAt ?? item.createdAt;

/**
 * The activity staleness counts from. With `rules.stale.countReactions`, a person's reaction newer
 * than everything else takes its place (`byReaction`, so the reason can say so). An activity time
 * that is not a date stays as it is: a reaction is no proof that nothing happened after it.
 */
const lastActivity = (item: BacklogItem, config: Config): { since: string; byReaction: boolean } => {
  const since = lastHumanActivity(item);
  const reaction = config.rules.stale.countReactions ? item.lastHumanReactionAt : undefined;
  if (reaction === undefined) return { since, byReaction: false };
  return Date.parse(reaction) > Date.parse(since)
    ? { since: reaction, byReaction: true }
    : { since, byReaction: false };
};

/**
 * An item with no human activity for `rules.stale.days` days is stale (flagged, never closed).
 * With `rules.stale.countReactions`, a person's reaction on the issue counts as activity. The
 * failing reason holds only dates, so it stays the same from one day to the next; the passing
 * reason (reports only, never written to GitHub) also gives the days since.
 */
export const staleRule: Rule = ({ item, config, now }) => {
  const { enabled, days: limit } = config.rules.stale;
  if (!enabled) return pass('stale', 'Rule disabled in config.');
  const exempt = exemption(item, config);
  if (exempt) return pass('stale', exempt);
  const { since, byReaction } = lastActivity(item, config);
  const sinceMs = Date.parse(since);
  if (Number.isNaN(sinceMs))
    return pass('stale', `Last human activity unknown ("${since}" is not a date); not judged as stale.`);
  const days = Math.max(0, Math.floor((now.getTime() - sinceMs) / DAY_MS));
  // A canonical UTC timestamp (what GitHub sends) already starts with its date; others go through Date.
  const day = UTC_ISO.test(since) ? since.slice(0, 10) : new Date(sinceMs).toISOString().slice(0, 10);
  const date = byReaction ? `a reaction on ${day}` : day;
  // The failing reason names a date, never a day count: it is written into the comment and the agenda,
  // and a count that grows every day would rewrite them every night on an untouched backlog.
  if (days >= limit)
    return fail('stale', `No human activity since ${date}; the limit is ${limit} days. Keep, re-scope or close it.`);
  return pass(
    'stale',
    `Last human activity ${days} ${days === 1 ? 'day' : 'days'} ago (${date}); the limit is ${limit}.`,
  );
};
