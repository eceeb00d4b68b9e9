import type { Block } from '#src/markdown/body-document.ts';
import { normalizeKey } from './ac-normalize.ts';
import { estimateKey } from './estimate-keys.ts';
import { parseEstimateValue } from './estimate-value.ts';

/** Longer blocks are prose, never a "Key: value" line. */
const MAX_LENGTH = 80;
const PRIORITY_KEYS: ReadonlySet<string> = new Set(['priority', 'prio']);
/** A priority value is a word or two ("high", "P1", "must have"); more is a sentence about priorities. */
const MAX_PRIORITY_WORDS = 3;

/**
 * True for an estimate or priority line that people put at the end of a story, often right under
 * the criteria checklist: "Story points: 5", "Estimate: 3", "Size: M", "Priority: high". It is
 * metadata about the item, not a criterion a tester could check, so it must not make a template
 * checklist ("- [ ] AC 1") count as filled. The value has to read as an estimate (or a short
 * priority), so "Size: exports stay under 10 MB" is still a criterion.
 */
export const isKeyValueAside = (block: Block): boolean => {
  if (block.kind !== 'paragraph' && block.kind !== 'list-item') return false;
  const { text } = block;
  if (text.length > MAX_LENGTH) return false;
  const colon = text.indexOf(':');
  if (colon < 1 || colon > 50) return false;
  const key = text.slice(0, colon);
  const value = text.slice(colon + 1).trim();
  if (value === '') return false;
  const unit = estimateKey(key);
  if (unit !== undefined) return parseEstimateValue(value, unit) !== undefined;
  return PRIORITY_KEYS.has(normalizeKey(key)) && value.split(' ').length <= MAX_PRIORITY_WORDS;
};
