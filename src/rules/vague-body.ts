import type { Block, BodyDocument, Section } from '#src/markdown/body-document.ts';
import { hasLetterSlots, isGuidance, isLorem, metadataKey, shortBlockKind } from './vague-lines.ts';
import { measureText, placeholderIndex } from './vague-placeholders.ts';
import { isPraise } from './vague-praise.ts';
import { isProcessStep, isReadinessChecklist } from './vague-readiness.ts';
import { cjkWordCount, hasCjk, roughCjkWordCount, segmentWords } from './vague-segment.ts';
import { tokens } from './vague-tokens.ts';

/** What the body holds once comments, images, headings, template text, metadata and filler are set aside. */
export type BodyMeasure = {
  /** Words the author wrote: not template placeholders or guidance, not `key: value` metadata, not quotes or filler. */
  readonly words: number;
  readonly placeholderWords: number;
  readonly placeholder?: string;
  /** Titles of sections with no text of their own and no subsections. */
  readonly emptySections: readonly string[];
  readonly leafSections: number;
  /** Keys of `key: value` lines ("Priority", "Start date"), in order. */
  readonly metadataKeys: readonly string[];
  /** Blocks that are a bare link and nothing else. */
  readonly links: number;
  /** Words of filler blocks (lorem ipsum, keyboard mash, "test, please ignore"), and the kind of the first one. */
  readonly fillerWords: number;
  readonly filler?: string;
  /** Words inside quotes (someone else's words). */
  readonly quoteWords: number;
};

type Tally = {
  words: number;
  placeholderWords: number;
  placeholder: string | undefined;
  metadataKeys: string[];
  links: number;
  fillerWords: number;
  filler: string | undefined;
  quoteWords: number;
  /** Whether blocks are worth reading as thanks: only a short body can be thanks alone. */
  praise: boolean;
};

// A thank-you post is a few lines; in a longer body, kind words sit beside a real description and change nothing.
const PRAISE_BODY = 800;

// A heading this long is a sentence the author underlined or marked up, not a section name.
const SENTENCE_HEADING = 6;

/**
 * Counts the author's words and placeholder words over every block once, and finds the sections left empty.
 * `bodyLength` is the raw body's length: thanks are looked for only in a body short enough to be thanks alone.
 */
export const measureBody = (doc: BodyDocument, extraPlaceholders: readonly string[], bodyLength = 0): BodyMeasure => {
  const index = placeholderIndex(extraPlaceholders);
  // A mutable tally passed to plain functions rather than a closure over `let`s: this runs for every block of every item.
  const tally: Tally = {
    words: 0,
    placeholderWords: 0,
    placeholder: undefined,
    metadataKeys: [],
    links: 0,
    fillerWords: 0,
    filler: undefined,
    quoteWords: 0,
    praise: bodyLength <= PRAISE_BODY,
  };
  measureBlocks(doc.preamble, index, tally, false);
  const emptySections: string[] = [];
  let leafSections = 0;
  const { sections } = doc;
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i] as Section;
    const titleWords = headingWords(section.title, tally);
    // A team's readiness or done checklist ("Sprint Ready Checklist", "Definition of Done") is the same in every
    // issue: it says how the team works, not what this item is, so its lines count as template.
    const own = isReadinessChecklist(section.title)
      ? templateBlocks(section.blocks, tally)
      : measureBlocks(section.blocks, index, tally, true) + titleWords;
    const next = sections[i + 1];
    // A heading directly followed by deeper ones ("## Details" then "### Steps") is a parent, not an empty section.
    if (next && next.level > section.level && section.blocks.length === 0) continue;
    // "### Points: 3" carries its value in the heading; it is metadata, not an empty section.
    if (titleWords === 0 && section.blocks.length === 0 && tally.metadataKeys.at(-1) === METADATA_HEADING) {
      tally.metadataKeys.pop();
      tally.metadataKeys.push(section.title);
      continue;
    }
    leafSections++;
    if (own === 0) emptySections.push(section.title || '(untitled)');
  }
  const { words, placeholderWords, placeholder, metadataKeys, links, fillerWords, filler, quoteWords } = tally;
  return {
    links,
    words,
    placeholderWords,
    emptySections,
    leafSections,
    metadataKeys,
    fillerWords,
    quoteWords,
    ...(placeholder === undefined ? {} : { placeholder }),
    ...(filler === undefined ? {} : { filler }),
  };
};

const METADATA_HEADING = '\u0000heading';

/** Words of a heading that is really a sentence; 0 for a section name. Marks "Key: value" headings as metadata. */
const headingWords = (title: string, tally: Tally): number => {
  if (metadataKey(title) !== undefined) {
    tally.metadataKeys.push(METADATA_HEADING);
    return 0;
  }
  // Six words take at least this many characters: shorter headings are section names, not sentences.
  // A heading that asks or instructs ("How will we know it's solved?", "Is your request related to a problem?
  // Please describe.") is a template's prompt, not the author's sentence.
  if (title.length < 20 || title.includes('?') || title.includes('？')) return 0;
  const count = wordCount(title);
  if (count < SENTENCE_HEADING || isGuidance(title, count)) return 0;
  tally.words += count;
  return count;
};

const wordCount = (text: string): number => (hasCjk(text) ? roughCjkWordCount(text) : tokens(text).length);

/** Counts a checklist section's words as template words; returns 0, the author's words among them. */
const templateBlocks = (blocks: readonly Block[], tally: Tally): number => {
  for (const block of blocks) {
    const words = tokens(block.text).length;
    if (words === 0) continue;
    tally.placeholderWords += words;
    tally.placeholder ??= block.text.length > 80 ? `${block.text.slice(0, 77)}…` : block.text;
  }
  return 0;
};

const SHORT_WORDS = 12;
// A section holding one short question is a template's prompt ("### Question" / "What do we need to find out?").
const PROMPT_WORDS = 8;
const isPrompt = (text: string, words: number): boolean =>
  words <= PROMPT_WORDS && (text.endsWith('?') || text.endsWith('？'));
// A ticked box of an issue form is the reporter's confirmation ("I have tested with the latest version"), not the report.
const CONFIRMATION =
  /^(?:i(?: have| am| agree| confirm| understand| will| can|'ve|’ve|'m|’m)\b|this is not a duplicate)/i;
// A block that is only a URL: where to look, not what to do.
const BARE_LINK = /^<?[a-z][a-z0-9+.-]{1,10}:\/\/\S{1,2000}$/i;
/** Adds the blocks' measures to the tally and returns the author's words among them. */
const measureBlocks = (
  blocks: readonly Block[],
  index: ReturnType<typeof placeholderIndex>,
  tally: Tally,
  inSection: boolean,
): number => {
  let own = 0;
  for (const block of blocks) {
    const { text } = block;
    const measure = measureText(text, index);
    tally.placeholderWords += measure.placeholderWords;
    tally.placeholder ??= measure.placeholder;
    let words = measure.words;
    if (words === 0) continue;
    if (block.kind === 'quote') {
      tally.quoteWords += words;
      continue;
    }
    if (block.kind !== 'code') {
      if (isLorem(text)) {
        tally.fillerWords += words;
        tally.filler ??= 'lorem ipsum';
        continue;
      }
      if (tally.praise && isPraise(text)) {
        tally.fillerWords += words;
        tally.filler ??= 'praise';
        continue;
      }
      if (
        isGuidance(text, words) ||
        (block.kind === 'task' && (CONFIRMATION.test(text) || (words <= 6 && isProcessStep(tokens(text))))) ||
        (inSection && blocks.length === 1 && isPrompt(text, words))
      ) {
        tally.placeholderWords += words;
        tally.placeholder ??= text.length > 80 ? `${text.slice(0, 77)}…` : text;
        continue;
      }
      if (BARE_LINK.test(text)) {
        tally.links++;
        continue;
      }
      const key = metadataKey(text);
      if (key !== undefined) {
        tally.metadataKeys.push(key);
        continue;
      }
      // Number scales, letter slots and filler are a few words long: longer blocks are not worth tokenising.
      if (words <= SHORT_WORDS && text.length <= 160) {
        const kind = hasLetterSlots(text) ? 'slots' : shortBlockKind(hasCjk(text) ? segmentWords(text) : tokens(text));
        if (kind === 'slots' || kind === 'numbers') {
          tally.placeholderWords += words;
          tally.placeholder ??= text;
          continue;
        }
        if (kind !== undefined) {
          tally.fillerWords += words;
          tally.filler ??= kind;
          continue;
        }
      }
    }
    if (hasCjk(text)) words = cjkWordCount(text);
    own += words;
  }
  tally.words += own;
  return own;
};
