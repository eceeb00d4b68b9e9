import type { Block, BodyDocument } from '#src/markdown/body-document.ts';
import { isKeyValueAside } from './ac-key-values.ts';

/** A place that should hold acceptance criteria, with its entries judged. */
export type AcSection = {
  readonly title: string;
  /** Entries that say something checkable. */
  readonly items: number;
  /** Entries that are template leftovers ("AC 1", "TBD", "First"). */
  readonly placeholders: number;
};

type Matchers = { readonly isHeading: (title: string) => boolean; readonly isPlaceholder: (text: string) => boolean };

/**
 * Finds every acceptance-criteria section of a document and judges its entries. A section is a
 * heading or bold line with a known title, together with any deeper sub-sections
 * ("## Acceptance criteria" → "### Scenario: export"); a paragraph that is only the title
 * ("Acceptance criteria:") followed by a list also counts, as people write it that way in issues.
 */
export const findAcSections = (doc: BodyDocument, matchers: Matchers): AcSection[] => {
  const found: AcSection[] = [];
  found.push(...pseudoSections(doc.preamble, matchers));
  const { sections } = doc;
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i]!;
    if (!matchers.isHeading(section.title)) {
      found.push(...pseudoSections(section.blocks, matchers));
      continue;
    }
    const tally = { items: 0, placeholders: 0 };
    addEntries(section.blocks, matchers.isPlaceholder, tally);
    // Deeper headings belong to this section; an issue form's next "###" field does not.
    while (i + 1 < sections.length && sections[i + 1]!.level > section.level)
      addEntries(sections[++i]!.blocks, matchers.isPlaceholder, tally);
    found.push({ title: section.title, ...tally });
  }
  return found;
};

const addEntries = (
  blocks: readonly Block[],
  isPlaceholder: (text: string) => boolean,
  tally: { items: number; placeholders: number },
) => {
  for (const block of blocks) {
    // "Story points: 5" under the checklist is about the item, not a criterion; it counts as neither.
    if (isKeyValueAside(block)) continue;
    if (isPlaceholder(entryText(block))) tally.placeholders++;
    else tally.items++;
  }
};

/** The text an entry is judged by; a table counts only when some cells are filled. */
const entryText = (block: Block): string => {
  if (block.kind !== 'table') return block.text;
  return block.text.split(' | ').filter((cell) => cell.trim() !== '').length >= 3 ? block.text : '';
};

/** "Acceptance criteria:" alone in a paragraph, followed by list items, inside one group of blocks. */
const pseudoSections = (blocks: readonly Block[], { isHeading, isPlaceholder }: Matchers): AcSection[] => {
  const found: AcSection[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'paragraph' || block.text.length > 100 || !isHeading(block.text)) continue;
    const tally = { items: 0, placeholders: 0 };
    const entries: Block[] = [];
    while (i + 1 < blocks.length && isEntry(blocks[i + 1]!)) entries.push(blocks[++i]!);
    addEntries(entries, isPlaceholder, tally);
    found.push({ title: block.text.replace(/[\s:]+$/, ''), ...tally });
  }
  return found;
};

const isEntry = (block: Block): boolean => block.kind === 'list-item' || block.kind === 'task' || block.kind === 'code';
