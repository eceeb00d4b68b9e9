/** Which half of the corpus a case belongs to: rules are tuned on `tuning` and measured on `check`. */
export type CorpusPart = 'tuning' | 'check';

/** Fixed forever: changing it would reshuffle every case and void the check part. */
const SEED = 'backlog-hygiene corpus split 2026-11';
const TUNING_SHARE = 70;

/**
 * The part a case belongs to, from a seeded FNV-1a hash of its id alone, so adding or removing
 * other cases never moves it. About 70% of ids land in `tuning`, 30% in `check`.
 */
export const partOf = (id: string): CorpusPart => {
  let hash = 0x811c9dc5;
  const text = `${SEED}:${id}`;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash % 100 < TUNING_SHARE ? 'tuning' : 'check';
};
