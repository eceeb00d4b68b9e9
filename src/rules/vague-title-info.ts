import { BUGGY_WORDS, GENERIC_WORDS_EXTRA, STOP_WORDS, TEMPLATE_WORDS } from './vague-lexicon.ts';
import { isPraise } from './vague-praise.ts';
import { hasCjk, segmentWords, weightedWordCount } from './vague-segment.ts';
import { GENERIC_WORDS, isGenericTitleKey, stripTitlePrefixes, titleWords } from './vague-titles.ts';

/** What a title tells about an item, for the vague rule. */
export type TitleInfo = {
  /** The title as shown in reasons (trimmed, at most 120 characters). */
  readonly shown: string;
  /** Words after "[Bug]:"-style prefixes, lower-cased. */
  readonly words: readonly string[];
  /** Words that name a subject: not function words, not generic words, not bare numbers or "XX" placeholders. */
  readonly content: readonly string[];
  /** How many words `content` makes (Chinese and Japanese single characters count as half a word). */
  readonly contentCount: number;
  /** Says nothing: a built-in or configured generic title, or generic words with at most one other word. */
  readonly generic: boolean;
  /** A generic "something is broken" title ("Doesn't work", "Login error"). */
  readonly buggy: boolean;
  /** Names enough (three content words or more, and not only thanks) to stand as the description on its own. */
  readonly specific: boolean;
  /** Not specific and calls the issue a template ("User story template", "[TEMPLATE] Story"). */
  readonly template: boolean;
};

/** Content words a title needs to be a description on its own ("Add a dark mode toggle to Settings"). */
export const SPECIFIC_TITLE_WORDS = 3;

const isGenericWord = (word: string): boolean => GENERIC_WORDS.has(word) || GENERIC_WORDS_EXTRA.has(word);
const NUMBER = /^\d+$/;
const TEMPLATE_PREFIX = /^\s*\[template\]/i;
// "XX", "YYY", "zzz": letters repeated as placeholders in scaffolds ("US_XX.YYY").
const REPEATED_LETTER = /^([a-z])\1+$/;

const isContent = (word: string): boolean =>
  !STOP_WORDS.has(word) && !isGenericWord(word) && !NUMBER.test(word) && !REPEATED_LETTER.test(word);

/** Reads a title: its words, content words, and whether it is generic, a bug-like complaint, or specific. */
export const describeTitle = (title: string, extra: readonly string[] = []): TitleInfo => {
  const shown = title.trim().slice(0, 120);
  const rest = stripTitlePrefixes(title);
  const latin = titleWords(rest);
  const cjk = hasCjk(rest);
  const words = cjk ? segmentWords(rest) : latin;
  const content = words.filter(isContent);
  const contentCount = cjk ? weightedWordCount(content) : content.length;
  const hasGeneric = words.some(isGenericWord);
  const generic =
    words.length === 0 ||
    isGenericTitleKey(latin.join(' '), extra) ||
    (cjk && GENERIC_WORDS_EXTRA.has(words.join(''))) ||
    (content.length === 0 && words.length > 0 && (hasGeneric || words.every((word) => STOP_WORDS.has(word)))) ||
    (contentCount <= 1 && hasGeneric);
  const buggy = generic && words.some((word) => BUGGY_WORDS.has(word));
  // "Thank you for this great project" has content words but names no work: thanks are not a description.
  const specific = !generic && contentCount >= SPECIFIC_TITLE_WORDS && !isPraise(rest);
  const template = !specific && (words.some((word) => TEMPLATE_WORDS.has(word)) || TEMPLATE_PREFIX.test(title));
  return { shown, words, content, contentCount, generic, buggy, specific, template };
};
