/**
 * Word counting for scripts written without spaces. Chinese and Japanese run words together, so the
 * vague rule's letter-run scan sees a whole sentence as one "word"; Intl.Segmenter (ICU's dictionary
 * segmentation, built into Node) splits it into words. Only text that holds such characters pays for it.
 */

// Hiragana, katakana, CJK ideographs (and extension A), Hangul syllables, CJK compatibility ideographs.
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/** True for one UTF-16 code of the ranges above. */
const isCjkCode = (code: number): boolean =>
  (code >= 0x3040 && code <= 0x30ff) ||
  (code >= 0x3400 && code <= 0x4dbf) ||
  (code >= 0x4e00 && code <= 0x9fff) ||
  (code >= 0xac00 && code <= 0xd7af) ||
  (code >= 0xf900 && code <= 0xfaff);

/** True when the text holds Chinese, Japanese or Korean characters. */
export const hasCjk = (text: string): boolean => CJK.test(text);

let segmenter: Intl.Segmenter | undefined;

/** The word-like segments of a text, lower-cased (punctuation and spaces dropped). */
export const segmentWords = (text: string): string[] => {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  const words: string[] = [];
  for (const part of segmenter.segment(text.toLowerCase())) if (part.isWordLike) words.push(part.segment);
  return words;
};

/**
 * How many words the segments make. ICU's dictionary knows fewer simplified-Chinese words than
 * Japanese ones and splits unknown words into single characters ("模块" → "模", "块"), so single
 * characters count as half a word each: a short line does not pass for a long one.
 */
export const weightedWordCount = (segments: readonly string[]): number => {
  let whole = 0;
  let singles = 0;
  for (const segment of segments) {
    if (segment.length === 1 && hasCjk(segment)) singles++;
    else whole++;
  }
  return whole + Math.ceil(singles / 2);
};

// Intl.Segmenter costs about 10 µs a character on long runs of Chinese or Japanese: only the start of a long
// text is segmented, and the count is scaled to its length (the rule only needs to know if there are enough words).
const SEGMENT_LIMIT = 400;

/** About how many words a text holds, segmenting at most its first 400 characters (deterministic). */
export const cjkWordCount = (text: string): number => {
  if (text.length <= SEGMENT_LIMIT) return weightedWordCount(segmentWords(text));
  const sample = weightedWordCount(segmentWords(text.slice(0, SEGMENT_LIMIT)));
  return Math.round((sample * text.length) / SEGMENT_LIMIT);
};

/** A segmenter-free estimate for short texts read in bulk (headings): two CJK characters make a word. */
export const roughCjkWordCount = (text: string): number => {
  let cjk = 0;
  let other = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isCjkCode(code)) {
      cjk++;
      inWord = false;
    } else if (code === 32 || code === 9) inWord = false;
    else if (!inWord) {
      other++;
      inWord = true;
    }
  }
  return other + Math.ceil(cjk / 2);
};
