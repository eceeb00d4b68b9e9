import type { BodyMeasure } from './vague-body.ts';
import { tokens } from './vague-tokens.ts';

// "As a ____, I want ____": runs of underscores are blanks to fill in. Markdown reads them as emphasis and the
// parsed text loses them, so the raw lines are read, only when the body has one.
const BLANK = /_{3,}/;
const SCAN_LIMIT = 5_000;

/**
 * Moves the words of lines with a blank ("____") from the author's words to the template's: such a line is
 * the template's, still waiting for its answer. Returns the measure unchanged when the body has no blank.
 */
export const withBlanks = (measure: BodyMeasure, body: string): BodyMeasure => {
  if (!body.includes('___')) return measure;
  let blankWords = 0;
  let first: string | undefined;
  for (const line of body.slice(0, SCAN_LIMIT).split('\n')) {
    if (!BLANK.test(line)) continue;
    first ??= line.trim();
    blankWords += tokens(line).length;
  }
  if (first === undefined) return measure;
  return {
    ...measure,
    words: Math.max(0, measure.words - blankWords),
    placeholderWords: measure.placeholderWords + blankWords,
    placeholder: measure.placeholder ?? (first.length > 80 ? `${first.slice(0, 77)}…` : first),
  };
};
