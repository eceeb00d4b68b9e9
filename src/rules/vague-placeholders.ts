import { tokens } from './vague-tokens.ts';
import { isWordCode } from './vague-words.ts';

/** Template text that counts as unfilled, in the words people see it (quoted in reasons). */
export const PLACEHOLDER_PHRASES = [
  'A clear and concise description of what the bug is',
  'A clear and concise description of what you want to happen',
  'A clear and concise description of what you expected to happen',
  'A clear and concise description of what the problem is',
  "A clear and concise description of any alternative solutions or features you've considered",
  'Steps to reproduce the behavior',
  "Go to '...'",
  "Click on '....'",
  "Scroll down to '....'",
  'See error',
  'If applicable, add screenshots to help explain your problem',
  'Add any other context about the problem here',
  'Add any other context or screenshots about the feature request here',
  'Is your feature request related to a problem? Please describe',
  "Ex. I'm always frustrated when",
  "Describe the solution you'd like",
  "Describe alternatives you've considered",
  'Describe the bug',
  'please complete the following information',
  '_No response_',
  'Write your description here',
  'Describe your issue here',
  'Add a description',
  'Your text here',
  'Lorem ipsum dolor sit amet',
];

/** Whole blocks that say nothing ("TBD", "N/A"); as single words inside a sentence they are real text. */
const WHOLE_BLOCK = new Set([
  'tbd',
  'todo',
  'to do',
  'n a',
  'na',
  'none',
  'nothing',
  'tba',
  'wip',
  'placeholder',
  'fill in',
  'fill this in',
  'xxx',
  'no response',
]);

/** Words that carry no content on their own: what is left of "As a <type of user>, I want <some goal> so that <some reason>". */
const GLUE = new Set([
  'a',
  'an',
  'the',
  'as',
  'i',
  'we',
  'you',
  'my',
  'our',
  'want',
  'wants',
  'so',
  'that',
  'to',
  'in',
  'order',
  'of',
  'and',
  'or',
  'is',
  'are',
  'be',
  'can',
  'when',
  'then',
  'given',
  'it',
  'this',
  'on',
  'at',
  'for',
  'with',
  'e',
  'g',
  'eg',
  'ex',
  'etc',
  'user',
  'role',
  'goal',
  'reason',
  'benefit',
  'value',
  'type',
  'some',
  'someone',
  'something',
  'who',
  'what',
  'why',
]);

// Bracketed hints ("[e.g. iOS]", "[...]") are placeholders; task markers and footnotes ("[x]", "[1]") are not.
const BRACKET = /\[([^\]\n]{0,100})\]/g;
const NOT_PLACEHOLDER = /^(?:\s|x|X|\d{1,3})?$/;

const isWord = (token: string) => token !== '…';

type Phrase = { readonly text: string; readonly tokens: readonly string[] };
/**
 * Phrases indexed by their first token (longest first) for exact matching, plus hash keys of their
 * first one or two words so the fast scan can tell, without allocating, whether a block may hold one.
 */
type PhraseIndex = {
  readonly byFirst: ReadonlyMap<string, readonly Phrase[]>;
  readonly singles: ReadonlySet<number>;
  readonly pairs: ReadonlySet<number>;
  /** A 4096-bit filter of first-word hashes: most words are ruled out by one array read instead of a Set lookup. */
  readonly firstBits: Uint8Array;
  /** Exact measures of short blocks already seen: issue forms repeat "_No response_" and template lines in every issue. */
  readonly seen: Map<string, TextMeasure>;
};

/** Hash of one lower-cased word, "’" read as "'"; the fast scan computes the same value char by char. */
const step = (hash: number, code: number): number => ((hash << 5) - hash + (code === 0x2019 ? 39 : code)) | 0;
const wordHash = (word: string): number => {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = step(hash, word.charCodeAt(i));
  return hash;
};
const pairKey = (first: number, second: number): number => (first >>> 0) * 0x200000 + (second & 0x1fffff);
const FILTER_MASK = 0xfff;

const buildIndex = (phrases: readonly string[]): PhraseIndex => {
  const byFirst = new Map<string, Phrase[]>();
  const singles = new Set<number>();
  const pairs = new Set<number>();
  const firstBits = new Uint8Array(FILTER_MASK + 1);
  for (const text of phrases) {
    const list = tokens(text);
    const first = list[0];
    if (first === undefined) continue;
    byFirst.set(
      first,
      [...(byFirst.get(first) ?? []), { text, tokens: list }].sort((a, b) => b.tokens.length - a.tokens.length),
    );
    const words = list.filter(isWord).map(wordHash);
    const [one, two] = words;
    if (one === undefined) continue;
    firstBits[one & FILTER_MASK] = 1;
    if (two === undefined) singles.add(one);
    else pairs.add(pairKey(one, two));
  }
  return { byFirst, singles, pairs, firstBits, seen: new Map() };
};

const GLUE_HASHES = new Set([...GLUE].map(wordHash));

const NEEDS_LOWER_CASE = -2;
/** True for ASCII letters and digits, the word characters of most text. */
const ASCII_WORD = new Uint8Array(128).map((_, code) => Number(isWordCode(code)));
const APOSTROPHE_RIGHT = 0x2019;

/** Cased characters outside ASCII: String#toLowerCase may map them to other characters (Σ, İ, the Kelvin sign). General Punctuation (’ — …) has no case. */
const needsLowerCase = (code: number): boolean => code >= 0xc0 && (code < 0x2000 || code > 0x206f);

/**
 * One allocation-free pass over a block, ASCII lower-cased on the fly: counts its words, or returns
 * -1 as soon as the block may hold a placeholder (a phrase's first words, a bracket, a tiny or
 * all-glue block) and so needs the exact, tokenising scan. Unless `lowered`, it gives up with
 * NEEDS_LOWER_CASE at the first character only String#toLowerCase can lower-case.
 */
const countPlainWords = (text: string, index: PhraseIndex, lowered: boolean): number => {
  const { firstBits, singles, pairs } = index;
  const length = text.length;
  let words = 0;
  let previous = 0;
  let previousMayStart = false;
  let allGlue = true;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    if (code < 128 ? ASCII_WORD[code] === 0 : !lowered || !isWordCode(code)) {
      if (code === 91) return -1;
      if (!lowered && needsLowerCase(code)) return NEEDS_LOWER_CASE;
      i++;
      continue;
    }
    // A word starts here; its hash is the one wordHash gives for the lower-cased word.
    words++;
    let hash = 0;
    for (;;) {
      if (code >= 65 && code <= 90) code += 32;
      hash = ((hash << 5) - hash + code) | 0;
      if (++i >= length) break;
      code = text.charCodeAt(i);
      if (code < 128) {
        if (ASCII_WORD[code] === 1) continue;
      } else if (!lowered) {
        if (needsLowerCase(code)) return NEEDS_LOWER_CASE;
      } else if (isWordCode(code)) continue;
      // An apostrophe between word characters joins them ("don't", "you’d") and hashes as "'".
      if ((code === 39 || code === APOSTROPHE_RIGHT) && i + 1 < length && isWordCode(text.charCodeAt(i + 1))) {
        code = 39;
        continue;
      }
      break;
    }
    const mayStart = firstBits[hash & FILTER_MASK] === 1;
    if ((mayStart && singles.has(hash)) || (previousMayStart && pairs.has(pairKey(previous, hash)))) return -1;
    if (allGlue) allGlue = GLUE_HASHES.has(hash);
    previous = hash;
    previousMayStart = mayStart;
  }
  return words <= 3 || allGlue ? -1 : words;
};

const BUILT_IN_INDEX = buildIndex(PLACEHOLDER_PHRASES);
const indexCache = new WeakMap<readonly string[], PhraseIndex>();

/** The phrase index for built-in plus configured placeholders (`rules.vague.placeholders`), built once per config. */
export const placeholderIndex = (extra: readonly string[]): PhraseIndex => {
  if (extra.length === 0) return BUILT_IN_INDEX;
  let index = indexCache.get(extra);
  if (!index) {
    index = buildIndex([...PLACEHOLDER_PHRASES, ...extra]);
    indexCache.set(extra, index);
  }
  return index;
};

/** How much of a block is real text and how much is template placeholder. */
export type TextMeasure = { readonly words: number; readonly placeholderWords: number; readonly placeholder?: string };

const startsWithPhrase = (list: readonly string[], at: number, phrase: readonly string[]) =>
  phrase.every((token, i) => list[at + i] === token);

/** Measures one block's text: meaningful words, placeholder words and the first placeholder seen (for the reason). */
export const measureText = (text: string, index: PhraseIndex): TextMeasure => {
  let words = countPlainWords(text, index, false);
  if (words === NEEDS_LOWER_CASE) words = countPlainWords(text.toLowerCase(), index, true);
  if (words !== -1) return { words, placeholderWords: 0 };
  if (text.length > MAX_SEEN_LENGTH) return measureExactly(text, index);
  let measure = index.seen.get(text);
  if (measure === undefined) {
    if (index.seen.size >= MAX_SEEN) index.seen.clear();
    measure = measureExactly(text, index);
    index.seen.set(text, measure);
  }
  return measure;
};

const MAX_SEEN_LENGTH = 200;
const MAX_SEEN = 5_000;

const measureExactly = (text: string, index: PhraseIndex): TextMeasure => {
  let placeholder: string | undefined;
  let placeholderWords = 0;
  const rest = text.replace(BRACKET, (whole, inner: string) => {
    if (NOT_PLACEHOLDER.test(inner)) return whole;
    placeholder ??= whole;
    placeholderWords += tokens(inner).filter(isWord).length || 1;
    return ' ';
  });
  const list = tokens(rest);
  const residue: string[] = [];
  for (let i = 0; i < list.length;) {
    const token = list[i] as string;
    const phrase = index.byFirst.get(token)?.find((candidate) => startsWithPhrase(list, i, candidate.tokens));
    if (phrase) {
      placeholder ??= phrase.text;
      placeholderWords += phrase.tokens.filter(isWord).length;
      i += phrase.tokens.length;
    } else {
      if (isWord(token)) residue.push(token);
      i++;
    }
  }
  const joined = residue.join(' ');
  if (WHOLE_BLOCK.has(joined))
    return { words: 0, placeholderWords: placeholderWords + residue.length, placeholder: placeholder ?? text.trim() };
  // "OS: [e.g. iOS]" leaves "os": a label whose value is still a placeholder.
  if (placeholder !== undefined && residue.length <= 2)
    return { words: 0, placeholderWords: placeholderWords + residue.length, placeholder };
  if (residue.length > 0 && residue.every((word) => GLUE.has(word))) {
    const story = residue.includes('want') && residue.includes('as');
    return story
      ? {
          words: 0,
          placeholderWords: placeholderWords + residue.length,
          placeholder: placeholder ?? 'As a <type of user>, I want <some goal> so that <some reason>',
        }
      : { words: 0, placeholderWords, ...(placeholder === undefined ? {} : { placeholder }) };
  }
  return { words: residue.length, placeholderWords, ...(placeholder === undefined ? {} : { placeholder }) };
};
