// Lower is more urgent. Each scale maps to 0..3 (P-levels to 0..4) so mixed repositories still sort sensibly.
const WORDS: Readonly<Record<string, number>> = {
  critical: 0,
  urgent: 0,
  blocker: 0,
  highest: 0,
  high: 1,
  major: 1,
  medium: 2,
  normal: 2,
  moderate: 2,
  low: 3,
  minor: 3,
  lowest: 4,
  trivial: 4,
  must: 0,
  should: 1,
  could: 2,
  "won't": 3,
  wont: 3,
};

/**
 * The rank of a priority text such as "P1", "priority: high", "Must have" or "won't have";
 * undefined when nothing in it is recognised (those items sort last). Scans word by word.
 */
export const priorityRank = (text: string | undefined): number | undefined => {
  if (!text) return undefined;
  const words = text
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/[^a-z0-9']+/);
  for (const word of words) {
    if (/^p[0-9]$/.test(word)) return Number(word.slice(1));
    const rank = WORDS[word];
    if (rank !== undefined) return rank;
  }
  return undefined;
};
