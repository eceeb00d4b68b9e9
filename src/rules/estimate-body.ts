import type { Block, BodyDocument } from '#src/markdown/body-document.ts';
import { inlineText } from '#src/markdown/inline-text.ts';
import { acPlaceholderMatcher } from './ac-placeholders.ts';
import { textLines } from './ac-text-lines.ts';
import { type Found, found, strongest } from './estimate-found.ts';
import { type EstimateKeyInfo, estimateKeyInfo } from './estimate-keys.ts';
import { BUILT_IN_LEVELS } from './estimate-levels.ts';
import { scanEstimateLines } from './estimate-lines.ts';
import { isMenu, parseEstimateValue } from './estimate-value.ts';

/** What a scan of the body found: an estimate, or the name of an estimate slot left empty. */
export type BodyEstimateScan = { readonly found?: Found; readonly emptySlot?: string };

/**
 * Finds an estimate in the body: an issue-form or Markdown section titled like an estimate
 * ("### Story points" followed by "5", or a ticked box "- [x] M"), a line ("Story points: 5",
 * "Estimate 16 hrs", "Tempo estimado: 4h", "工数：3人日", a key alone with the value on the next
 * line), a key/value table row ("| Estimate | 3 |") or a table column. An estimate proper wins over
 * a complexity score wherever each is. When none holds a value, `emptySlot` names the first
 * estimate field the template left empty ("_No response_", "Estimate: TBD", an unticked list, a
 * menu such as "1, 2, 3, 5, 8"), so the reason can point at it.
 */
export const scanBodyEstimate = (
  body: string,
  doc: BodyDocument,
  levels: ReadonlyMap<string, number> = BUILT_IN_LEVELS,
): BodyEstimateScan => {
  // The finder and, when it finds nothing, the estimate rule ask for the same document in a row.
  if (doc !== lastDoc || body !== lastBody || levels !== lastLevels) {
    lastScan = scan(body, doc, levels);
    lastDoc = doc;
    lastBody = body;
    lastLevels = levels;
  }
  return lastScan;
};

let lastDoc: BodyDocument | undefined;
let lastBody: string | undefined;
let lastLevels: ReadonlyMap<string, number> | undefined;
let lastScan: BodyEstimateScan = {};

const scan = (body: string, doc: BodyDocument, levels: ReadonlyMap<string, number>): BodyEstimateScan => {
  let emptySlot: string | undefined;
  let sectionFound: Found | undefined;
  for (const section of doc.sections) {
    const key = estimateKeyInfo(section.title);
    if (key === undefined) continue;
    const value = sectionValue(section.blocks, key, levels);
    if (value) {
      const candidate = found(value.value, key, `"${value.text}" under "${section.title}" in the body`);
      if (!candidate.weak) return { found: candidate };
      sectionFound ??= candidate;
    } else if (isUnfilled(section.blocks)) emptySlot ??= section.title;
  }
  const lines = scanEstimateLines(textLines(body), levels, isPlaceholder);
  // A strong line needs no table scan: hostile bodies hold thousands of tables.
  const best =
    lines.found && !lines.found.weak
      ? lines.found
      : strongest([sectionFound, lines.found, tablesEstimate(doc, levels)]);
  if (best) return { found: best };
  emptySlot ??= lines.emptySlot;
  return emptySlot === undefined ? {} : { emptySlot };
};

// Plain loops rather than spreading the block lists into one array: this runs for every item.
const tablesEstimate = (doc: BodyDocument, levels: ReadonlyMap<string, number>): Found | undefined => {
  let weak = blocksTableEstimate(doc.preamble, levels);
  if (weak && !weak.weak) return weak;
  for (const section of doc.sections) {
    const candidate = blocksTableEstimate(section.blocks, levels);
    if (candidate && !candidate.weak) return candidate;
    weak ??= candidate;
  }
  return weak;
};

/** No real body has more tables than this; the cap bounds hostile ones. */
const MAX_TABLES = 50;

const blocksTableEstimate = (blocks: readonly Block[], levels: ReadonlyMap<string, number>): Found | undefined => {
  let tables = 0;
  for (const block of blocks) {
    if (block.kind === 'table' && ++tables > MAX_TABLES) return undefined;
    const candidate = block.kind === 'table' ? tableEstimate(block.text, levels) : undefined;
    if (candidate) return candidate;
  }
  return undefined;
};

// Only template leftovers make an empty slot: "### Size" followed by prose about a UI is not one.
const isPlaceholder = (text: string): boolean => placeholder(text) || isMenu(text.trim());
const placeholder = acPlaceholderMatcher([]);

const isUnfilled = (blocks: readonly Block[]): boolean => {
  const first = blocks[0];
  if (!first) return true;
  if (blocks.some((block) => block.kind === 'task'))
    return !blocks.some((block) => block.kind === 'task' && block.checked);
  return isPlaceholder(first.text);
};

type SectionValue = { readonly value: NonNullable<ReturnType<typeof parseEstimateValue>>; readonly text: string };

const sectionValue = (
  blocks: readonly Block[],
  key: EstimateKeyInfo,
  levels: ReadonlyMap<string, number>,
): SectionValue | undefined => {
  // Checkbox options: only a ticked box is a choice; unticked options are the template.
  const tasks = blocks.filter((block) => block.kind === 'task');
  if (tasks.length > 0) {
    for (const task of tasks) {
      const value = task.checked ? parseEstimateValue(task.text, key.unit, levels) : undefined;
      if (value) return { value, text: task.text };
    }
    return undefined;
  }
  const first = blocks.find((block) => block.kind === 'paragraph' || block.kind === 'list-item');
  const value = first && parseEstimateValue(first.text, key.unit, levels);
  return value && first ? { value, text: first.text } : undefined;
};

/** The parser flattens a table to "cell | cell | …"; an estimate is a key cell followed by a value cell. */
const tableEstimate = (text: string, levels: ReadonlyMap<string, number>): Found | undefined => {
  if (text.length > 50_000) return undefined;
  const cells = text.split(' | ');
  for (let i = 0; i + 1 < cells.length; i++) {
    const key = estimateKeyInfo((cells[i] as string).trim());
    if (key === undefined) continue;
    const value = parseEstimateValue(cells[i + 1] as string, key.unit, levels);
    if (value) return found(value, key, `table row "${inlineText(`${cells[i]} | ${cells[i + 1]}`)}" in the body`);
  }
  return undefined;
};
