import { isWordCode } from './vague-words.ts';

/**
 * Lower-cased word tokens; every ellipsis becomes "…" so "'...'" and "'....'" compare equal.
 * A char-code scan with the same result as the regex `[word]+(?:'[word]+)*|\.{2,}|…` (words joined by apostrophes,
 * runs of two or more dots, "…"), without a match object per token.
 */
export const tokens = (text: string): string[] => {
  let lower = text.toLowerCase();
  if (lower.includes('’') || lower.includes('‘')) lower = lower.replace(/[’‘]/g, "'");
  const out: string[] = [];
  const length = lower.length;
  let i = 0;
  while (i < length) {
    const code = lower.charCodeAt(i);
    if (isWordCode(code)) {
      const start = i;
      i++;
      for (;;) {
        while (i < length && isWordCode(lower.charCodeAt(i))) i++;
        // Bounds checked first: reading past the end gives NaN, but deoptimises the compiled loop.
        if (i + 1 >= length || lower.charCodeAt(i) !== APOSTROPHE || !isWordCode(lower.charCodeAt(i + 1))) break;
        i += 2;
      }
      out.push(lower.slice(start, i));
    } else if (code === DOT && i + 1 < length && lower.charCodeAt(i + 1) === DOT) {
      i += 2;
      while (i < length && lower.charCodeAt(i) === DOT) i++;
      out.push('…');
    } else {
      if (code === ELLIPSIS) out.push('…');
      i++;
    }
  }
  return out;
};

const APOSTROPHE = 39;
const DOT = 46;
const ELLIPSIS = 0x2026;
