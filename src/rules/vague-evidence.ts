import { allBlocks, type BodyDocument } from '#src/markdown/body-document.ts';
import { STOP_WORDS } from './vague-lexicon.ts';
import { hasSymptom, isComplaint } from './vague-lines.ts';
import { tokens } from './vague-tokens.ts';

/**
 * Second looks at a thin body, taken only when the title does not already describe the item: they
 * rescan the blocks, which is cheap for the few short bodies that reach them.
 */

// Only the start of a long body is read: a symptom or complaint that matters is not 50 KB in.
const SCAN_LIMIT = 5_000;

const textBlocks = (doc: BodyDocument): string[] => {
  // Long headings are sentences the author marked up ("Saving fails when …" underlined with "--").
  const texts: string[] = doc.sections.filter((section) => section.title.length >= 20).map((section) => section.title);
  let length = 0;
  for (const block of allBlocks(doc)) {
    if (length >= SCAN_LIMIT) break;
    const text = block.text.length > SCAN_LIMIT - length ? block.text.slice(0, SCAN_LIMIT - length) : block.text;
    texts.push(text);
    length += text.length;
  }
  return texts;
};

/** True when the body shows a symptom: code or a log, an error, a quoted message, expected vs actual. */
export const bodyHasSymptom = (body: string, doc: BodyDocument): boolean =>
  body.includes('`') || allBlocks(doc).some((block) => block.kind === 'code') || textBlocks(doc).some(hasSymptom);

/** True when the body complains that something does not work ("doesn't work", "no funciona", "не работает"). */
export const bodyComplains = (doc: BodyDocument): boolean => textBlocks(doc).some(isComplaint);

/** True when every word of the body's text is a word of the title or a function word: it only repeats the title. */
export const repeatsTitle = (doc: BodyDocument, titleWords: readonly string[]): boolean => {
  const title = new Set(titleWords);
  let seen = 0;
  for (const block of allBlocks(doc)) {
    if (block.kind === 'code' || block.kind === 'quote') continue;
    for (const word of tokens(block.text)) {
      if (word === '…') continue;
      if (!title.has(word) && !STOP_WORDS.has(word)) return false;
      seen++;
    }
  }
  return seen > 0;
};
