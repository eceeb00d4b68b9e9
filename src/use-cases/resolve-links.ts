import { referencedNumbers } from '#src/input/link-states.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';

/**
 * Fills `linkedStates` for the issues each item mentions, from the open backlog itself: a number
 * in the open set is open. A number not in the set stays unknown (it may be closed, a pull request
 * or another repository's) rather than costing a request per reference. What the gateway already
 * knew about an item's links wins.
 */
export const resolveLinks = (items: readonly BacklogItem[]): BacklogItem[] => {
  const open = new Set(items.map((item) => item.number));
  return items.map((item) => {
    const found = referencedNumbers(item.body).filter(
      (number) => number !== item.number && open.has(number) && item.linkedStates?.[number] === undefined,
    );
    if (found.length === 0) return item;
    const resolved = Object.fromEntries(found.map((number) => [number, 'open' as const]));
    return { ...item, linkedStates: { ...resolved, ...item.linkedStates } };
  });
};
