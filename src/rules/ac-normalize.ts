/**
 * Normalises a heading, label key or placeholder for lookup in a precomputed set: accents
 * removed (so "Critères" = "Criteres" and "приёмки" = "приемки"), lower case, and every run of
 * punctuation, emoji or spaces turned into one space. Linear; shared by the acceptance-criteria
 * and estimate helpers.
 */
export const normalizeKey = (text: string): string => {
  // The same few titles and keys ("Acceptance criteria", "Story points") recur across a backlog.
  if (text.length > MAX_CACHED) return normalizeUncached(text);
  let key = memo.get(text);
  if (key === undefined) {
    if (memo.size >= MAX_ENTRIES) memo.clear();
    key = normalizeUncached(text);
    memo.set(text, key);
  }
  return key;
};

const MAX_CACHED = 100;
const MAX_ENTRIES = 10_000;
const memo = new Map<string, string>();

const normalizeUncached = (text: string): string =>
  NON_ASCII.test(text) ? normalizeUnicode(text) : text.toLowerCase().replace(ASCII_SEPARATORS, ' ').trim();

// Most keys are plain ASCII; the Unicode path (NFD, property escapes) costs several times more.
const NON_ASCII = /[^\t\n\r\x20-\x7e]/;
const ASCII_SEPARATORS = /[^a-z0-9]+/g;

const normalizeUnicode = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Builds a lookup set of normalised keys. */
export const keySet = (values: Iterable<string>): ReadonlySet<string> => new Set([...values].map(normalizeKey));

const cache = new WeakMap<readonly string[], ReadonlySet<string>>();

/** `keySet` for a config list, computed once per list object (configs are parsed once per run). */
export const configKeySet = (values: readonly string[]): ReadonlySet<string> => {
  let set = cache.get(values);
  if (!set) {
    set = keySet(values);
    cache.set(values, set);
  }
  return set;
};
