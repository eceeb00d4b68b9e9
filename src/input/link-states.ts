import type { BacklogItem } from '#src/model/backlog-item.ts';

// "#" then 1–7 digits: bounded, so scanning a long body stays linear.
const REFERENCE = /#(\d{1,7})\b/g;

/** The issue numbers a body mentions as "#N", each once, in order of first mention. */
export const referencedNumbers = (body: string): number[] => {
  const numbers = new Set<number>();
  for (const match of body.matchAll(REFERENCE)) numbers.add(Number(match[1]));
  return [...numbers];
};

/**
 * Fills each item's `linkedStates` with the state of every issue its body mentions that is
 * also in the file, so the blocked rule can tell "blocked by #7" (open) from a closed blocker.
 * Issues not in the file stay unknown rather than guessed.
 */
export const linkStates = (items: readonly BacklogItem[]): BacklogItem[] => {
  const states = new Map(items.map((item) => [item.number, item.state] as const));
  return items.map((item) => {
    const linked: Record<number, 'open' | 'closed'> = {};
    let any = false;
    for (const number of referencedNumbers(item.body)) {
      const state = states.get(number);
      if (state !== undefined && number !== item.number) {
        linked[number] = state;
        any = true;
      }
    }
    return any ? { ...item, linkedStates: linked } : item;
  });
};
