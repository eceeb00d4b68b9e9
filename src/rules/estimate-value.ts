import type { Size } from '#src/config/rules-schema.ts';
import { normalizeKey } from './ac-normalize.ts';
import { BUILT_IN_LEVELS } from './estimate-levels.ts';
import { UNIT_WORDS, unitOf } from './estimate-units.ts';

/** A parsed estimate value, before the finder adds where it came from. */
export type EstimateValue = {
  readonly points?: number;
  readonly size?: Size;
  readonly hours?: number;
  /** The level word a score came from ("low", "média"), when it was one: a complexity score, not an estimate. */
  readonly level?: string;
};

/** What a key says about a bare number: story points, or time in a given unit. */
export type NumberUnit = 'points' | 'minutes' | 'hours' | 'days' | 'weeks' | 'months';

/** Working hours per unit: a day is 8 hours, a week 40 and a month 160, as the too-big rule's maxDays assumes. */
const HOURS: Readonly<Record<Exclude<NumberUnit, 'points'>, number>> = {
  minutes: 1 / 60,
  hours: 1,
  days: 8,
  weeks: 40,
  months: 160,
};

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

// Words people put before a number that only say it is approximate: "~3h", "ca. 2 Tage", "约3天".
const APPROX =
  /^(?:~|≈|±|about|around|approx\.?|approximately|roughly|circa|ca\.?|aprox\.?|aproximadamente|cerca de|environ|etwa|ungefähr|circa|około|ok\.|примерно|около|где-то|约|大约|大概|約|およそ|대략|약)\s{0,2}/u;
// A number ("13+" counts as 13) or a range ("3-5", "2 to 3"), then an optional unit (a word, or CJK characters right after the number).
const NUMBER =
  /^(\d{1,4}(?:[.,]\d{1,2})?)\+?(?:\s{0,2}(?:-|–|~|to|a|bis|à|do|до|到|〜|～)\s{0,2}(\d{1,4}(?:[.,]\d{1,2})?))?\s{0,2}(story points?|(?:person|man|effort|work|working)[- ]?days?|[\p{L}]{1,8}\.?)?/u;
// A size word first, e.g. "M", "Medium (2-3 days)", "XL - needs a spike", "extra large".
const SIZE = /^(extra[ -](?:small|large)|x{0,2}-?(?:small|large)|[a-z]{1,6})(?=$|[\s(,;/:—–-])/;
// After the value only an aside may follow ("3 (could be 5)", "M - see spike", "3 | Priority: P2"), not more prose ("5 people").
const ASIDE = /^(?:$|\s{0,3}[(,;/—–[（，、。|•·]|\s{1,3}-\s|\s{0,3}(?:\+|\?|!)$)/;
// A menu of allowed values, not a choice: "1, 2, 3, 5, 8, ?", "XS / S / M / L", "0.5 | 1 | 2".
const MENU_SEPARATOR = /\s{0,3}[,/|]\s{0,3}/;
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Parses an estimate value written by a person: "5", "3-5" (the upper end, so a range is never
 * judged smaller than it may be), "2d", "12 hours", "1.5 weeks", "5 pts", "4 PT", "3 person-days",
 * "2 Tage", "3天", "2時間", "M", "Medium (3 days)", or a level word of a complexity score ("low",
 * "média", "hoch"; `levels` maps them to points). `unit` says what a bare number means for the
 * key it came from (undefined: a bare number is not an estimate, e.g. a label "3" — only "3
 * points" is). Empty template values ("", "_", "?", "TBD", "No response", "<points>"), menus of
 * allowed values ("1, 2, 3, 5, 8") and prose ("Medium size input") give undefined.
 */
export const parseEstimateValue = (
  text: string,
  unit: NumberUnit | undefined,
  levels: ReadonlyMap<string, number> = BUILT_IN_LEVELS,
): EstimateValue | undefined => {
  // Leading emoji or bullets are decoration, as in Projects options such as "🐘 XL".
  const original = text
    .trim()
    .replace(/^[^\p{L}\p{N}~≈±]{1,8}/u, '')
    .replace(/[.。]$/, '')
    .replace(APPROX, '');
  if (!original || original.length > 80 || isMenu(original)) return undefined;
  const value = original.toLowerCase();
  const number = NUMBER.exec(value);
  if (number) return numberValue(number, original, unit);
  const size = SIZE.exec(value);
  if (size) {
    const found = SIZE_WORDS.get(size[1] as string);
    if (found && ASIDE.test(value.slice(size[0].length))) return { size: found };
  }
  return levelValue(value, levels);
};

const numberValue = (number: RegExpExecArray, original: string, unit: NumberUnit | undefined) => {
  let word = number[3];
  let rest = original.slice(number[0].length);
  let named = unit;
  if (word !== undefined) {
    // German "PT" (Personentage) and "MD" (man-days) are days; a lower-case "pt" is a point.
    const cased = original.slice(number[0].length - word.length, number[0].length);
    named = unitOf(word, cased);
    // CJK units run into the following text ("3時間程度"): take the longest known unit at the start.
    if (named === undefined && CJK.test(word)) {
      for (let end = word.length - 1; end > 0 && named === undefined; end--) {
        named = UNIT_WORDS.get(word.slice(0, end));
        if (named !== undefined) word = word.slice(0, end);
      }
      if (named !== undefined) rest = '';
    }
  }
  if (named === undefined) return undefined;
  if (rest !== '' && !ASIDE.test(rest) && !CJK.test(rest.trimStart())) return undefined;
  const amount = Math.max(toNumber(number[1]), number[2] === undefined ? 0 : toNumber(number[2]));
  if (!Number.isFinite(amount) || amount <= 0 || amount > 1000) return undefined;
  return named === 'points' ? { points: amount } : { hours: amount * HOURS[named] };
};

/** "low", "Média", "very high (new API)": a level word of a complexity, difficulty or effort score. */
const levelValue = (value: string, levels: ReadonlyMap<string, number>): EstimateValue | undefined => {
  const cut = value.search(/\s{0,3}[(,;/—–[（，]|\s-\s/);
  const written = (cut === -1 ? value : value.slice(0, cut)).trim();
  const word = normalizeKey(written);
  if (word.length === 0 || word.length > 30) return undefined;
  const points = levels.get(word);
  return points === undefined ? undefined : { points, level: written };
};

/** A menu of allowed values ("1, 2, 3, 5, 8, ?", "XS / S / M / L"): a template offering choices, not a choice. */
export const isMenu = (text: string): boolean => {
  const parts = text.split(MENU_SEPARATOR);
  if (parts.length < 3) return false;
  return parts.every((part) =>
    /^(?:\d{1,4}(?:[.,]\d{1,2})?\+?|\?|x{0,2}[sml]|x{1,3}l|xs|small|medium|large)$/i.test(part),
  );
};

/** Looks up the unit word of a key's aside, e.g. "hours" in "Estimate (hours)". */
export const unitWord = (text: string): NumberUnit | undefined =>
  UNIT_WORDS.get(
    text
      .trim()
      .toLowerCase()
      .replace(/^(?:in|en|em|in der|w|в) /, ''),
  );

/** Reads a size word alone ("M", "medium", "XL"), for labels and ticked boxes. */
export const sizeWord = (text: string): Size | undefined => SIZE_WORDS.get(text.trim().toLowerCase());

const toNumber = (text: string | undefined): number => Number((text ?? '').replace(',', '.'));
