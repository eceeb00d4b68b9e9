import type { Block, BodyDocument } from '#src/markdown/body-document.ts';
import { isExampleIntro } from './ac-examples.ts';
import { isKeyValueAside } from './ac-key-values.ts';
import { isOutcome } from './ac-outcomes.ts';

/** A place that should hold acceptance criteria, with its entries judged. */
export type AcSection = {
  readonly title: string;
  /** Entries that say something checkable. */
  readonly items: number;
  /** Entries that are template leftovers ("AC 1", "TBD", "First"). */
  readonly placeholders: number;
  /** The first checkable entry, for the reason. */
  readonly first?: string;
  /** The first template leftover, for the reason. */
  readonly firstPlaceholder?: string;
};

type Matchers = {
  readonly isHeading: (title: string) => boolean;
  readonly isPlaceholder: (text: string) => boolean;
  /** "Requirements" headings, when the config counts them: only entries that read as outcomes count. */
  readonly isRequirements?: (title: string) => boolean;
};

type Tally = { items: number; placeholders: number; first?: string; firstPlaceholder?: string };

/**
 * Finds every acceptance-criteria section of a document and judges its entries. A section is a
 * heading or bold line with a known title, together with any deeper sub-sections
 * ("## Acceptance criteria" → "### Scenario: export"). People also write the title as a plain
 * paragraph ("Acceptance criteria:", "DoD:") or a bold list item ("- **Acceptance criteria**")
 * followed by a list, a nested list or a paragraph of prose: those count too.
 */
export const findAcSections = (doc: BodyDocument, matchers: Matchers): AcSection[] => {
  const found: AcSection[] = [];
  found.push(...pseudoSections(doc.preamble, matchers));
  const { sections } = doc;
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i]!;
    const requirements = !matchers.isHeading(section.title) && matchers.isRequirements?.(section.title) === true;
    if (!requirements && !matchers.isHeading(section.title)) {
      found.push(...pseudoSections(section.blocks, matchers));
      continue;
    }
    const tally: Tally = { items: 0, placeholders: 0 };
    const judge = requirements ? outcomesOnly : matchers.isPlaceholder;
    addEntries(section.blocks, judge, tally);
    // Deeper headings belong to this section; an issue form's next "###" field does not.
    while (i + 1 < sections.length && sections[i + 1]!.level > section.level)
      addEntries(sections[++i]!.blocks, judge, tally);
    if (!requirements || tally.items > 0) found.push({ title: section.title, ...tally });
  }
  return found;
};

// Under "Requirements" only outcomes count; environment notes ("Node 18") are neither criteria nor placeholders.
const outcomesOnly = (text: string): boolean | 'skip' => (isOutcome(text) ? false : 'skip');

const addEntries = (blocks: readonly Block[], isPlaceholder: (text: string) => boolean | 'skip', tally: Tally) => {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    // "Story points: 5" under the checklist is about the item, not a criterion; it counts as neither.
    if (isKeyValueAside(block)) continue;
    const text = entryText(block);
    // "Use this format:" and the code block it introduces show how to write criteria, not the criteria.
    const example =
      (block.kind === 'paragraph' && blocks[i + 1]?.kind === 'code' && isExampleIntro(text)) ||
      (block.kind === 'code' && blocks[i - 1]?.kind === 'paragraph' && isExampleIntro(blocks[i - 1]!.text));
    const verdict = example || isPlaceholder(text);
    if (verdict === 'skip') continue;
    if (verdict) {
      tally.placeholders++;
      tally.firstPlaceholder ??= text;
    } else {
      tally.items++;
      tally.first ??= text;
    }
  }
};

/** The text an entry is judged by; a table counts only when some cells are filled. */
const entryText = (block: Block): string => {
  if (block.kind !== 'table') return block.text;
  return block.text.split(' | ').filter((cell) => cell.trim() !== '').length >= 3 ? block.text : '';
};

/**
 * "Acceptance criteria:" alone in a paragraph followed by list items, a code block or a paragraph of
 * prose; or a list item that is only the title ("- **DoD**") followed by deeper list items or prose.
 */
const pseudoSections = (blocks: readonly Block[], { isHeading, isPlaceholder }: Matchers): AcSection[] => {
  const found: AcSection[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'paragraph' && block.kind !== 'list-item') continue;
    // Titles are short: list items are many, so only short ones are worth normalising.
    if (block.text.length > (block.kind === 'list-item' ? 40 : 100) || !isHeading(block.text)) continue;
    const depth = block.kind === 'list-item' ? block.depth : 0;
    const entries: Block[] = [];
    while (i + 1 < blocks.length && isEntry(blocks[i + 1]!, depth, entries.length === 0, isHeading))
      entries.push(blocks[++i]!);
    const tally: Tally = { items: 0, placeholders: 0 };
    addEntries(entries, isPlaceholder, tally);
    found.push({ title: block.text.replace(/[\s:：]+$/, ''), ...tally });
  }
  return found;
};

const isEntry = (block: Block, depth: number, first: boolean, isHeading: (title: string) => boolean): boolean => {
  if (block.kind === 'list-item' || block.kind === 'task') return block.depth > depth;
  if (block.kind === 'code') return true;
  // One paragraph of prose right after the title; a second title-like paragraph starts something else.
  return first && block.kind === 'paragraph' && !isHeading(block.text);
};
