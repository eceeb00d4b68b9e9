import type { BodyDocument } from '#src/markdown/body-document.ts';
import type { BodyMeasure } from './vague-body.ts';

const quoteList = (titles: readonly string[]): string => {
  const shown = titles.slice(0, 5).map((title) => `"${title}"`);
  return titles.length > 5 ? `${shown.join(', ')} and ${titles.length - 5} more` : shown.join(', ');
};

/** What to write, said once for every "too little" reason. */
export const ASK = 'say what the problem or need is, who has it, and how we will know it is done';

const KEY_LINE = /^[\s>*_#-]*([^:*_\n]{1,30}?)[*_\s]*:/;

/** The keys of the body's `key: value` lines, read from the raw text (paragraphs join lines, so the measure cannot tell them apart). */
const metadataKeysOf = (body: string, fallback: readonly string[]): string[] => {
  const keys: string[] = [];
  for (const line of body.slice(0, 5_000).split('\n')) {
    const key = KEY_LINE.exec(line)?.[1]?.trim();
    if (key && !keys.includes(key)) keys.push(key);
  }
  return keys.length > 0 ? keys : [...fallback];
};

/** What the body lacks, for a body that has nothing of the author's own (or nothing at all). */
export const emptyBodyReason = (body: string, doc: BodyDocument, measure: BodyMeasure): string | undefined => {
  const { words, placeholderWords, placeholder, emptySections, metadataKeys } = measure;
  const hasBlocks = doc.preamble.length > 0 || doc.sections.some((section) => section.blocks.length > 0);
  if (words === 0 && placeholderWords === 0 && metadataKeys.length === 0 && doc.imageCount > 0) {
    const images = doc.imageCount === 1 ? 'an image' : `images (${doc.imageCount})`;
    return `The description has only ${images} and no words: describe in words what they show, what you expected and what happened.`;
  }
  if (!hasBlocks && doc.sections.length === 0) return `The description is empty: ${ASK}.`;
  const empties = emptySections.length > 0 ? `; sections left empty: ${quoteList(emptySections)}` : '';
  if (placeholder !== undefined && placeholderWords > 0 && words === 0) {
    return `The description is an unfilled template: placeholder text such as "${placeholder}" is still there${empties}. Replace the placeholders with the actual details.`;
  }
  if (words === 0 && measure.links > 0 && placeholderWords === 0) {
    return `The description is only a link: say in words what to look at there and what needs to be done.`;
  }
  if (words === 0 && metadataKeys.length > 0) {
    const keys = metadataKeysOf(body, metadataKeys);
    return `The description has only metadata (${quoteList(keys)}) and no sentence about the work: ${ASK}.`;
  }
  if (words === 0 && emptySections.length > 0)
    return `The description has headings but no text: fill in ${quoteList(emptySections)}.`;
  return undefined;
};

/**
 * Why a body with some words of the author's is still too thin: mostly template, mostly empty
 * sections, or too few words for a title that names too little. `titleWords` are the title's content
 * words, which count towards `minWords`: "Typo on the checkout page" needs fewer words below it than "Bug".
 */
export const thinBodyReason = (measure: BodyMeasure, minWords: number, titleWords: number): string | undefined => {
  const { words, placeholderWords, placeholder, emptySections, leafSections } = measure;
  const empties = emptySections.length > 0 ? `; sections left empty: ${quoteList(emptySections)}` : '';
  if (placeholder !== undefined && placeholderWords > 0 && (words < minWords || placeholderWords > words)) {
    return `The description is an unfilled template: placeholder text such as "${placeholder}" is still there${empties}. Replace the placeholders with the actual details.`;
  }
  // Empty optional sections ("Notes", "Screenshots") do not matter once the author has written a real description.
  if (leafSections >= 2 && emptySections.length * 2 > leafSections && words < minWords * 2) {
    return `The description leaves most sections empty: ${quoteList(emptySections)}. Fill them in or remove them.`;
  }
  const needed = Math.max(1, minWords - titleWords);
  if (words < needed) {
    const plural = words === 1 ? 'word' : 'words';
    const scope = titleWords > 0 ? ' with this title' : '';
    return `The description has only ${words} meaningful ${plural} (at least ${needed} needed${scope}): ${ASK}.`;
  }
  return undefined;
};
