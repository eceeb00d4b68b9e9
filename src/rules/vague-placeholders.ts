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
const WHOLE_BLOCK = new Set(['tbd', 'todo', 'to do', 'n a', 'na', 'none', 'nothing', 'tba', 'wip', 'placeholder', 'fill in', 'fill this in', 'xxx', 'no response']);

/** Words that carry no content on their own: what is left of "As a <type of user>, I want <some goal> so that <some reason>". */
const GLUE = new Set([
  'a', 'an', 'the', 'as', 'i', 'we', 'you', 'my', 'our', 'want', 'wants', 'so', 'that', 'to', 'in', 'order', 'of', 'and', 'or',
  'is', 'are', 'be', 'can', 'when', 'then', 'given', 'it', 'this', 'on', 'at', 'for', 'with', 'e', 'g', 'eg', 'ex', 'etc',
  'user', 'role', 'goal', 'reason', 'benefit', 'value', 'type', 'some', 'someone', 'something', 'who', 'what', 'why',
]);

const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}]+)*|\.{2,}|…/gu;
// Bracketed hints ("[e.g. iOS]", "[...]") are placeholders; task markers and footnotes ("[x]", "[1]") are not.
const BRACKET = /\[([^\]\n]{0,100})\]/g;
const NOT_PLACEHOLDER = /^(?:\s|x|X|\d{1,3})?$/;

/** Lower-cased word tokens; every ellipsis becomes "…" so "'...'" and "'....'" compare equal. */
export const tokens = (text: string): string[] => {
  const out: string[] = [];
  for (const match of text.toLowerCase().replace(/[’‘]/g, "'").matchAll(TOKEN)) out.push(match[0].startsWith('.') ? '…' : match[0]);
  return out;
};

const isWord = (token: string) => token !== '…';

type Phrase = { readonly text: string; readonly tokens: readonly string[] };
/** Phrases indexed by their first token, longest first, so matching costs one map lookup per token. */
type PhraseIndex = ReadonlyMap<string, readonly Phrase[]>;

const buildIndex = (phrases: readonly string[]): PhraseIndex => {
  const index = new Map<string, Phrase[]>();
  for (const text of phrases) {
    const list = tokens(text);
    const first = list[0];
    if (first === undefined) continue;
    index.set(first, [...(index.get(first) ?? []), { text, tokens: list }].sort((a, b) => b.tokens.length - a.tokens.length));
  }
  return index;
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

const startsWith = (list: readonly string[], at: number, phrase: readonly string[]) => phrase.every((token, i) => list[at + i] === token);

/** Measures one block's text: meaningful words, placeholder words and the first placeholder seen (for the reason). */
export const measureText = (text: string, index: PhraseIndex): TextMeasure => {
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
  for (let i = 0; i < list.length; ) {
    const token = list[i] as string;
    const phrase = index.get(token)?.find((candidate) => startsWith(list, i, candidate.tokens));
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
  if (WHOLE_BLOCK.has(joined)) return { words: 0, placeholderWords: placeholderWords + residue.length, placeholder: placeholder ?? text.trim() };
  // "OS: [e.g. iOS]" leaves "os": a label whose value is still a placeholder.
  if (placeholder !== undefined && residue.length <= 2) return { words: 0, placeholderWords: placeholderWords + residue.length, placeholder };
  if (residue.length > 0 && residue.every((word) => GLUE.has(word))) {
    const story = residue.includes('want') && residue.includes('as');
    return story
      ? { words: 0, placeholderWords: placeholderWords + residue.length, placeholder: placeholder ?? 'As a <type of user>, I want <some goal> so that <some reason>' }
      : { words: 0, placeholderWords, ...(placeholder === undefined ? {} : { placeholder }) };
  }
  return { words: residue.length, placeholderWords, ...(placeholder === undefined ? {} : { placeholder }) };
};
