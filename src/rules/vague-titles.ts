import { isWordCode } from './vague-words.ts';

/**
 * Titles that say nothing, compared after lower-casing, dropping apostrophes and turning other
 * punctuation into spaces ("Doesn't work!" → "doesnt work").
 */
const GENERIC_TITLES = [
  'fix bug',
  'bug',
  'bug report',
  'bugfix',
  'bug fix',
  'doesnt work',
  'does not work',
  'it doesnt work',
  'not working',
  'its not working',
  'it is not working',
  'broken',
  'its broken',
  'something is broken',
  'error',
  'help',
  'help needed',
  'please help',
  'need help',
  'issue',
  'problem',
  'improve performance',
  'performance',
  'update',
  'fix',
  'fix it',
  'question',
  'crash',
  'todo',
  'tbd',
  'feature request',
  'feature',
  'new feature',
  'enhancement',
  'improvement',
  'request',
  'idea',
  'suggestion',
  'untitled',
  'no title',
  'test',
  'urgent',
  'small fix',
  'minor fix',
  'misc',
  'stuff',
];

/** Words that say nothing on their own; a title of one or two of them is generic ("Fix crash", "Performance issue"). */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'bug',
  'bugs',
  'fix',
  'fixes',
  'fixed',
  'issue',
  'issues',
  'problem',
  'problems',
  'error',
  'errors',
  'broken',
  'crash',
  'crashes',
  'crashed',
  'help',
  'question',
  'update',
  'updates',
  'todo',
  'tbd',
  'feature',
  'request',
  'improve',
  'improvement',
  'improvements',
  'performance',
  'enhancement',
  'change',
  'changes',
  'stuff',
  'thing',
  'things',
  'it',
  'this',
  'doesnt',
  'work',
  'works',
  'working',
  'not',
  'wrong',
  'urgent',
  'please',
  'new',
  'small',
  'minor',
  'some',
  'idea',
  'suggestion',
  'tweak',
  'tweaks',
  'refactor',
  'cleanup',
  'misc',
  'test',
  'wip',
  'asap',
  'failure',
  'fails',
  'failing',
  'glitch',
  'weird',
  'strange',
  'behavior',
  'behaviour',
  'various',
  'general',
]);

// Prefixes people and issue forms put before the real title: "[Bug]:", "Bug:", "feat(ui):", "BUG -".
const BRACKET_PREFIX = /^\s{0,4}[[(][^\])\n]{0,40}[\])]\s{0,4}[:\-–]?\s{0,4}/;
const WORD_PREFIX =
  /^\s{0,4}(?:bug|bug report|feature|feature request|feat|enhancement|fix|question|docs?|chore|task|story|epic|idea|request|rfc|proposal)(?:\([^)\n]{0,30}\))?\s{0,4}(?::|\s-|\s–)\s{0,4}/i;
const BUGGY = new Set([
  'bug',
  'bugs',
  'fix',
  'broken',
  'error',
  'errors',
  'crash',
  'crashes',
  'doesnt',
  'not',
  'problem',
  'issue',
  'failure',
  'fails',
  'failing',
  'glitch',
  'wrong',
]);

/** Lower-cased words of a title, apostrophes dropped and other punctuation treated as spaces. */
export const titleWords = (text: string): string[] => {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let word = '';
  // Runs of word characters are sliced whole rather than appended one character at a time.
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (isWordCode(code)) {
      if (start === -1) start = i;
      continue;
    }
    if (start !== -1) {
      word += lower.slice(start, i);
      start = -1;
    }
    if (code !== 39 && code !== 0x2019 && code !== 96 && word) {
      words.push(word);
      word = '';
    }
  }
  if (start !== -1) word += lower.slice(start);
  if (word) words.push(word);
  return words;
};

const BUILT_IN = new Set(GENERIC_TITLES.map((title) => titleWords(title).join(' ')));
const extraCache = new WeakMap<readonly string[], Set<string>>();

const extraTitles = (extra: readonly string[]): Set<string> => {
  let set = extraCache.get(extra);
  if (!set) {
    set = new Set(extra.map((title) => titleWords(title).join(' ')));
    extraCache.set(extra, set);
  }
  return set;
};

/** True when the title's words (joined by one space) are a built-in or configured generic title. */
export const isGenericTitleKey = (key: string, extra: readonly string[] = []): boolean =>
  BUILT_IN.has(key) || extraTitles(extra).has(key);

/** Removes up to three "[Bug]" / "Bug:" / "feat(ui):" style prefixes. */
export const stripTitlePrefixes = (title: string): string => {
  let rest = title.slice(0, 500);
  for (let i = 0; i < 3; i++) {
    const match = BRACKET_PREFIX.exec(rest) ?? WORD_PREFIX.exec(rest);
    if (!match || match[0].length === 0) break;
    rest = rest.slice(match[0].length);
  }
  return rest;
};

/**
 * Says why a title says nothing ("fix bug", "[Bug]:" with nothing after it, one or two generic words),
 * or returns undefined when it names something. `extra` holds `rules.vague.genericTitles`.
 */
export const genericTitleReason = (title: string, extra: readonly string[] = []): string | undefined => {
  const shown = title.trim().slice(0, 120);
  const words = titleWords(stripTitlePrefixes(title));
  const advice = (list: string[]) =>
    list.some((word) => BUGGY.has(word)) || list.length === 0
      ? 'say what is broken and where'
      : 'say what should change and where';
  if (words.length === 0) {
    return shown.length === 0
      ? 'The title is empty: say what is broken or needed, and where.'
      : `The title "${shown}" has nothing after its prefix: say what is broken and where.`;
  }
  const key = words.join(' ');
  const generic =
    BUILT_IN.has(key) ||
    extraTitles(extra).has(key) ||
    (words.length <= 2 && words.every((word) => GENERIC_WORDS.has(word)));
  return generic ? `The title "${shown}" says nothing: ${advice(words)}.` : undefined;
};
