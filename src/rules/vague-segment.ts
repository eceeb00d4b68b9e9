/**
 * Word counting for scripts written without spaces. Chinese and Japanese run words together, so the
 * vague rule's letter-run scan sees a whole sentence as one "word"; Intl.Segmenter (ICU's dictionary
 * segmentation, built into Node) splits it into words. Only text that holds such characters pays for it.
 */

// Hiragana, katakana, CJK ideographs (and extension A), Hangul syllables, CJK compatibility ideographs.
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

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
