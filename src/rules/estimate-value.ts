import type { Size } from '#src/config/rules-schema.ts';

/** A parsed estimate value, before the finder adds where it came from. */
export type EstimateValue = { readonly points?: number; readonly size?: Size; readonly hours?: number };

/** What a key says about a bare number: story points, or time in a given unit. */
export type NumberUnit = 'points' | 'hours' | 'days' | 'weeks';

/** Working hours per unit: a day is 8 hours and a week 40, as the too-big rule's maxDays assumes. */
const HOURS: Readonly<Record<Exclude<NumberUnit, 'points'>, number>> = { hours: 1, days: 8, weeks: 40 };

const SIZE_WORDS: ReadonlyMap<string, Size> = new Map([
  ['xxs', 'XXS'],
  ['xx-small', 'XXS'],
  ['xxsmall', 'XXS'],
  ['xs', 'XS'],
  ['x-small', 'XS'],
  ['xsmall', 'XS'],
  ['extra small', 'XS'],
  ['extra-small', 'XS'],
  ['s', 'S'],
  ['small', 'S'],
  ['sm', 'S'],
  ['m', 'M'],
  ['medium', 'M'],
  ['med', 'M'],
  ['l', 'L'],
  ['large', 'L'],
  ['lg', 'L'],
  ['xl', 'XL'],
  ['x-large', 'XL'],
  ['xlarge', 'XL'],
  ['extra large', 'XL'],
  ['extra-large', 'XL'],
  ['xxl', 'XXL'],
  ['xx-large', 'XXL'],
  ['xxlarge', 'XXL'],
] as [string, Size][]);

const UNIT_WORDS: ReadonlyMap<string, NumberUnit> = new Map([
  ['h', 'hours'],
  ['hr', 'hours'],
  ['hrs', 'hours'],
  ['hour', 'hours'],
  ['hours', 'hours'],
  ['d', 'days'],
  ['day', 'days'],
  ['days', 'days'],
  ['pd', 'days'],
  ['w', 'weeks'],
  ['wk', 'weeks'],
  ['wks', 'weeks'],
  ['week', 'weeks'],
  ['weeks', 'weeks'],
  ['p', 'points'],
  ['pt', 'points'],
  ['pts', 'points'],
  ['point', 'points'],
  ['points', 'points'],
  ['sp', 'points'],
  ['story point', 'points'],
  ['story points', 'points'],
] as [string, NumberUnit][]);

// A number or a range ("3-5", "2 to 3"), then an optional unit; anchored and bounded.
const NUMBER =
  /^(\d{1,4}(?:[.,]\d{1,2})?)(?:\s{0,2}(?:-|–|to)\s{0,2}(\d{1,4}(?:[.,]\d{1,2})?))?\s{0,2}(story points?|[a-z]{1,6})?(?=$|[\s(,;/—–-])/;
// A size word first, e.g. "M", "Medium (2-3 days)", "XL - needs a spike", "extra large".
const SIZE = /^(extra[ -](?:small|large)|x{0,2}-?(?:small|large)|[a-z]{1,6})(?=$|[\s(,;/:—–-])/;
// After the value only an aside may follow ("3 (could be 5)", "M - see spike"), not more prose ("5 people").
const ASIDE = /^(?:$|\s{0,3}[(,;/—–[]|\s{1,3}-\s)/;

/**
 * Parses an estimate value written by a person: "5", "3-5" (the upper end, so a range is never
 * judged smaller than it may be), "2d", "12 hours", "1.5 weeks", "5 pts", "M", "Medium (3 days)".
 * `unit` says what a bare number means for the key it came from (undefined: a bare number is
 * not an estimate, e.g. a label "3" — only "3 points" is). Empty template values ("",
 * "_", "?", "TBD", "No response", "<points>") and prose ("Medium size input") give undefined.
 */
export const parseEstimateValue = (text: string, unit: NumberUnit | undefined): EstimateValue | undefined => {
  // Leading emoji or bullets are decoration, as in Projects options such as "🐘 XL".
  const value = text
    .trim()
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]{1,8}/u, '')
    .replace(/\.$/, '');
  if (!value || value.length > 80) return undefined;
  const number = NUMBER.exec(value);
  if (number) {
    const unitWord = number[3];
    const named = unitWord === undefined ? unit : UNIT_WORDS.get(unitWord);
    if (named === undefined || !ASIDE.test(value.slice(number[0].length))) return undefined;
    const amount = Math.max(toNumber(number[1]), number[2] === undefined ? 0 : toNumber(number[2]));
    if (!Number.isFinite(amount) || amount > 1000) return undefined;
    return named === 'points' ? { points: amount } : { hours: amount * HOURS[named] };
  }
  const size = SIZE.exec(value);
  if (size) {
    const found = SIZE_WORDS.get(size[1] as string);
    if (found && ASIDE.test(value.slice(size[0].length))) return { size: found };
  }
  return undefined;
};

/** Looks up the unit word of a key's aside, e.g. "hours" in "Estimate (hours)". */
export const unitWord = (text: string): NumberUnit | undefined =>
  UNIT_WORDS.get(text.trim().toLowerCase().replace(/^in /, ''));

/** Reads a size word alone ("M", "medium", "XL"), for labels and ticked boxes. */
export const sizeWord = (text: string): Size | undefined => SIZE_WORDS.get(text.trim().toLowerCase());

const toNumber = (text: string | undefined): number => Number((text ?? '').replace(',', '.'));
