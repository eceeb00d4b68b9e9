import type { Block, BodyDocument } from '#src/markdown/body-document.ts';
import { inlineText } from '#src/markdown/inline-text.ts';
import type { Estimate } from '#src/model/estimate.ts';
import { acPlaceholderMatcher } from './ac-placeholders.ts';
import { textLines } from './ac-text-lines.ts';
import { estimateKey } from './estimate-keys.ts';
import { type NumberUnit, parseEstimateValue } from './estimate-value.ts';

/** What a scan of the body found: an estimate, or the name of an estimate slot left empty. */
export type BodyEstimateScan = { readonly estimate?: Estimate; readonly emptySlot?: string };

/**
 * Finds an estimate in the body, in this order: an issue-form or Markdown section titled like an
 * estimate ("### Story points" followed by "5", or a ticked box "- [x] M"), a "Key: value" line
 * ("Story points: 5", "Estimate: 2d", "**Size:** M"), a key/value table row ("| Estimate | 3 |").
 * When none holds a value, `emptySlot` names the first estimate field the template left empty
 * ("_No response_", "Estimate: TBD", an unticked list), so the reason can point at it.
 */
export const scanBodyEstimate = (body: string, doc: BodyDocument): BodyEstimateScan => {
  // The finder and, when it finds nothing, the estimate rule ask for the same document in a row.
  if (doc !== lastDoc || body !== lastBody) {
    lastScan = scan(body, doc);
    lastDoc = doc;
    lastBody = body;
  }
  return lastScan;
};

let lastDoc: BodyDocument | undefined;
let lastBody: string | undefined;
let lastScan: BodyEstimateScan = {};

const scan = (body: string, doc: BodyDocument): BodyEstimateScan => {
  let emptySlot: string | undefined;
  for (const section of doc.sections) {
    const unit = estimateKey(section.title);
    if (unit === undefined) continue;
    const value = sectionValue(section.blocks, unit);
    if (value) return { estimate: { ...value, source: `section "${section.title}" in the body` } };
    if (isUnfilled(section.blocks)) emptySlot ??= section.title;
  }
  for (const line of textLines(body)) {
    const colon = line.indexOf(':');
    if (colon < 1 || colon > 50) continue;
    const unit = estimateKey(line.slice(0, colon));
    if (unit === undefined) continue;
    const key = inlineText(line.slice(0, colon));
    const text = inlineText(line.slice(colon + 1));
    const value = parseEstimateValue(text, unit);
    if (value) return { estimate: { ...value, source: `"${key}: ${text}" in the body` } };
    if (isPlaceholder(text)) emptySlot ??= key;
  }
  const estimate = tablesEstimate(doc.preamble) ?? firstSectionTableEstimate(doc);
  if (estimate) return { estimate };
  return emptySlot === undefined ? {} : { emptySlot };
};

// Plain loops rather than spreading the block lists into one array: this runs for every item.
const firstSectionTableEstimate = (doc: BodyDocument): Estimate | undefined => {
  for (const section of doc.sections) {
    const estimate = tablesEstimate(section.blocks);
    if (estimate) return estimate;
  }
  return undefined;
};

const tablesEstimate = (blocks: readonly Block[]): Estimate | undefined => {
  for (const block of blocks) {
    const estimate = block.kind === 'table' ? tableEstimate(block.text) : undefined;
    if (estimate) return estimate;
  }
  return undefined;
};

// Only template leftovers make an empty slot: "### Size" followed by prose about a UI is not one.
const isPlaceholder = acPlaceholderMatcher([]);

const isUnfilled = (blocks: readonly Block[]): boolean => {
  const first = blocks[0];
  if (!first) return true;
  if (blocks.some((block) => block.kind === 'task'))
    return !blocks.some((block) => block.kind === 'task' && block.checked);
  return isPlaceholder(first.text);
};

type EstimateValue = NonNullable<ReturnType<typeof parseEstimateValue>>;

const sectionValue = (blocks: readonly Block[], unit: NumberUnit): EstimateValue | undefined => {
  // Checkbox options: only a ticked box is a choice; unticked options are the template.
  const tasks = blocks.filter((block) => block.kind === 'task');
  if (tasks.length > 0) {
    for (const task of tasks) {
      const value = task.checked ? parseEstimateValue(task.text, unit) : undefined;
      if (value) return value;
    }
    return undefined;
  }
  const first = blocks.find((block) => block.kind === 'paragraph' || block.kind === 'list-item');
  return first && parseEstimateValue(first.text, unit);
};

/** The parser flattens a table to "cell | cell | …"; an estimate is a key cell followed by a value cell. */
const tableEstimate = (text: string): Estimate | undefined => {
  if (text.length > 50_000) return undefined;
  const cells = text.split(' | ');
  for (let i = 0; i + 1 < cells.length; i++) {
    const unit = estimateKey((cells[i] as string).trim());
    if (unit === undefined) continue;
    const value = parseEstimateValue(cells[i + 1] as string, unit);
    if (value) return { ...value, source: `table row "${cells[i]} | ${cells[i + 1]}" in the body` };
  }
  return undefined;
};
