import { fail, pass } from '#src/model/check.ts';
import type { IssueRef } from '#src/model/planning-data.ts';
import { blockedRule } from './blocked.ts';
import type { Rule } from './rule-input.ts';

const refName = (ref: IssueRef): string => `${ref.repo ?? ''}#${ref.number}`;

const list = (parts: readonly string[]): string =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;

/**
 * The blocked rule with GitHub's native dependencies: an item is blocked while any issue it is
 * "blocked by" is open, in any repository (GitHub's own count of open blockers decides, so it is
 * authoritative even when the blockers themselves were not read). Text references ("blocked by #12")
 * keep working beside it: either source can block, and the reason says which one did.
 */
export const blockedWithDependencies: Rule = (input) => {
  const text = blockedRule(input);
  const native = input.item.nativeBlockers;
  if (!input.config.rules.blocked.enabled || native === undefined) return text;
  if (native.open > 0) {
    const open = (native.issues ?? []).filter((ref) => ref.state !== 'closed').map(refName);
    const which =
      open.length === 0
        ? `${native.open} open issue${native.open === 1 ? '' : 's'}`
        : `open issue${open.length === 1 ? '' : 's'} ${list(open)}`;
    const also = text.ok ? '' : ` The body also says: ${text.reason}`;
    return fail(
      'blocked',
      `Blocked by ${which} (GitHub dependency): finish ${native.open === 1 ? 'it' : 'them'} first or remove the dependency.${also}`,
    );
  }
  if (!text.ok) return text;
  if (native.total === 0) return text;
  const closed = `${native.total} GitHub ${native.total === 1 ? 'dependency' : 'dependencies'}, all closed`;
  return pass('blocked', text.reason === 'No dependencies mentioned.' ? `${closed}.` : `${closed}. ${text.reason}`);
};
