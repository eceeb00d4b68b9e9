/**
 * Word scanning shared by the vague rule's helpers. Regex tokenising costs ~10 ns a character;
 * these char-code loops cost ~1–2 ns and allocate nothing, which keeps 10,000 bodies well under budget.
 */

/** Letters and digits as the vague rule sees them: ASCII letters/digits plus the non-ASCII letter blocks (not punctuation or emoji). */
export const isWordCode = (code: number): boolean => (code < 128 ? ASCII_WORD[code] === 1 : isOtherWordCode(code));

const ASCII_WORD = new Uint8Array(128).map((_, code) =>
  Number((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)),
);

const isOtherWordCode = (code: number): boolean =>
  code >= 0xc0 &&
  ((code <= 0x1fff && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x2c00 && code <= 0xd7ff) ||
    (code >= 0xf900 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefe) ||
    (code >= 0xff10 && code <= 0xffdc));

/** The same character class as a regex source fragment, for the rare places that tokenise with a regex. */
export const WORD_CLASS =
  'a-z0-9\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u1fff\\u2c00-\\ud7ff\\uf900-\\ufdff\\ufe70-\\ufefe\\uff10-\\uffdc';

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/** True when position `i` of `text` is an apostrophe joining two word characters ("don't", "you’d"). */
export const isJoiner = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  return (
    (code === APOSTROPHE || code === RIGHT_QUOTE) &&
    i > 0 &&
    isWordCode(text.charCodeAt(i - 1)) &&
    isWordCode(text.charCodeAt(i + 1))
  );
};

/** Lower-cases an ASCII code; other codes are expected lower-cased by the caller (String#toLowerCase). */
const lower = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code);

/** FNV-1a step. */
export const fnv = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193) >>> 0;
/** djb2 step, used with FNV-1a to make a 53-bit key where collisions do not happen in practice. */
export const djb = (hash: number, code: number): number => (Math.imul(hash, 33) + code) >>> 0;
export const FNV_SEED = 0x811c9dc5;
export const DJB_SEED = 5381;

/** Combines the two 32-bit hashes into one exact-integer Map key. */
export const combine = (a: number, b: number): number => a * 0x200000 + (b & 0x1fffff);

/** Hash key of one word, lower-cased, with "’" read as "'"; consistent with the scanning loops. */
export const wordKey = (word: string): number => {
  let a = FNV_SEED;
  let b = DJB_SEED;
  const text = word.toLowerCase();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) === RIGHT_QUOTE ? APOSTROPHE : lower(text.charCodeAt(i));
    a = fnv(a, code);
    b = djb(b, code);
  }
  return combine(a, b);
};

/**
 * Key of a line reduced to its words (lower-cased, markup and punctuation ignored, words joined by
 * one space), so "**Describe the bug**" and "describe the bug:" compare equal. NaN for a line with no words.
 * One 32-bit hash is enough: it is only compared with the few dozen lines of one template.
 */
export const lineKey = (text: string, from: number, to: number): number => {
  let hash = 0;
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isWordCode(code)) {
      if (!inWord) {
        if (words > 0) hash = ((hash << 5) - hash + 32) | 0;
        words++;
        inWord = true;
      }
      hash = ((hash << 5) - hash + lower(code)) | 0;
    } else {
      inWord = false;
    }
  }
  return words === 0 ? Number.NaN : hash;
};
