import { normalizeKey } from './ac-normalize.ts';
import { type NumberUnit, unitWord } from './estimate-value.ts';

// Keys people write before an estimate, normalised, with what a bare number after them means.
const KEYS: ReadonlyMap<string, NumberUnit> = new Map<string, NumberUnit>([
  ...[
    'estimate',
    'estimates',
    'estimation',
    'est',
    'estimated effort',
    'effort estimate',
    'effort',
    'story points',
    'story point',
    'story point estimate',
    'story points estimate',
    'points',
    'point',
    'pts',
    'sp',
    'size',
    'sizing',
    't shirt size',
    'tshirt size',
    't shirt',
    'tshirt',
    'complexity',
    'estimated size',
    'estimated points',
    'estimated story points',
  ].map((key) => [key, 'points'] as const),
  ...['estimated time', 'time estimate', 'estimated hours', 'hours estimate', 'estimated duration', 'hours'].map(
    (key) => [key, 'hours'] as const,
  ),
  ...['estimated days', 'days estimate', 'days', 'person days', 'man days'].map((key) => [key, 'days'] as const),
  ...['estimated weeks', 'weeks'].map((key) => [key, 'weeks'] as const),
]);

const ASIDE = /^([^(]{1,40})\(([^)]{1,30})\)\s{0,3}$/;

/**
 * Tells whether a key ("Story points", "**Estimate**", "Estimate (hours)", "T-shirt size") names
 * an estimate and, if so, what a bare number after it means. A unit in parentheses wins:
 * "Estimate (days): 3" is 24 hours. Keys longer than 50 characters are never keys.
 */
export const estimateKey = (raw: string): NumberUnit | undefined => {
  if (raw.length > 50) return undefined;
  const aside = ASIDE.exec(raw);
  const unit = KEYS.get(normalizeKey(aside ? (aside[1] as string) : raw));
  if (unit === undefined || !aside) return unit;
  return unitWord(normalizeKey(aside[2] as string)) ?? unit;
};
