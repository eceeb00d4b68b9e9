import type { Block, BodyDocument, Section } from '#src/markdown/body-document.ts';
import { measureText, placeholderIndex } from './vague-placeholders.ts';

/** What the body holds once comments, images, headings and placeholders are set aside. */
export type BodyMeasure = {
  readonly words: number;
  readonly placeholderWords: number;
  readonly placeholder?: string;
  /** Titles of sections with no text of their own and no subsections. */
  readonly emptySections: readonly string[];
  readonly leafSections: number;
};

/** Counts meaningful and placeholder words over every block once, and finds the sections left empty. */
export const measureBody = (doc: BodyDocument, extraPlaceholders: readonly string[]): BodyMeasure => {
  const index = placeholderIndex(extraPlaceholders);
  // A mutable tally passed to a plain function rather than a closure over `let`s: this runs for every block of every item.
  const tally: Tally = { words: 0, placeholderWords: 0, placeholder: undefined };
  measureBlocks(doc.preamble, index, tally);
  const emptySections: string[] = [];
  let leafSections = 0;
  const { sections } = doc;
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i] as Section;
    const own = measureBlocks(section.blocks, index, tally);
    const next = sections[i + 1];
    // A heading directly followed by deeper ones ("## Details" then "### Steps") is a parent, not an empty section.
    if (next && next.level > section.level && section.blocks.length === 0) continue;
    leafSections++;
    if (own === 0) emptySections.push(section.title || '(untitled)');
  }
  const { words, placeholderWords, placeholder } = tally;
  return {
    words,
    placeholderWords,
    emptySections,
    leafSections,
    ...(placeholder === undefined ? {} : { placeholder }),
  };
};

type Tally = { words: number; placeholderWords: number; placeholder: string | undefined };

/** Adds the blocks' measures to the tally and returns their meaningful words. */
const measureBlocks = (blocks: readonly Block[], index: ReturnType<typeof placeholderIndex>, tally: Tally): number => {
  let own = 0;
  for (const block of blocks) {
    const measure = measureText(block.text, index);
    own += measure.words;
    tally.placeholderWords += measure.placeholderWords;
    tally.placeholder ??= measure.placeholder;
  }
  tally.words += own;
  return own;
};

const quoteList = (titles: readonly string[]): string => {
  const shown = titles.slice(0, 5).map((title) => `"${title}"`);
  return titles.length > 5 ? `${shown.join(', ')} and ${titles.length - 5} more` : shown.join(', ');
};

const ASK = 'say what the problem or need is, who has it, and how we will know it is done';

/**
 * Why the body is vague — empty, images only, an unfilled template, mostly empty sections or too
 * few words — or undefined when it says enough. Template matching against the repository's own
 * templates is done by the caller, since it needs the raw body.
 */
export const vagueBodyReason = (doc: BodyDocument, measure: BodyMeasure, minWords: number): string | undefined => {
  const { words, placeholderWords, placeholder, emptySections, leafSections } = measure;
  const hasBlocks = doc.preamble.length > 0 || doc.sections.some((section) => section.blocks.length > 0);
  if (words === 0 && doc.imageCount > 0) {
    const images = doc.imageCount === 1 ? 'an image' : `images (${doc.imageCount})`;
    return `The description has only ${images} and no words: describe in words what they show, what you expected and what happened.`;
  }
  if (!hasBlocks && doc.sections.length === 0) return `The description is empty: ${ASK}.`;
  const empties = emptySections.length > 0 ? `; sections left empty: ${quoteList(emptySections)}` : '';
  if (placeholder !== undefined && placeholderWords > 0 && (words < minWords || placeholderWords > words)) {
    return `The description is an unfilled template: placeholder text such as "${placeholder}" is still there${empties}. Replace the placeholders with the actual details.`;
  }
  if (words === 0 && emptySections.length > 0)
    return `The description has headings but no text: fill in ${quoteList(emptySections)}.`;
  if (leafSections >= 2 && emptySections.length * 2 > leafSections) {
    return `The description leaves most sections empty: ${quoteList(emptySections)}. Fill them in or remove them.`;
  }
  if (words < minWords) {
    return `The description has only ${words} meaningful ${words === 1 ? 'word' : 'words'} (at least ${minWords} needed): ${ASK}.`;
  }
  return undefined;
};
