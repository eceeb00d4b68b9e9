import type { Config } from '#src/config/schema.ts';
import type { BodyDocument } from '#src/markdown/body-document.ts';
import { stripComments } from '#src/markdown/inline-text.ts';
import { PARSE_LIMIT } from '#src/markdown/parse-body.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import { issueFieldValue } from './issue-field-value.ts';

/** A priority and where it was found, for the reason text. */
export type PriorityFound = { readonly value: string; readonly source: string };

/** Answers that mean "not filled in": issue forms write "_No response_" for skipped fields. */
const EMPTY_VALUES = new Set([
  '',
  'no response',
  'none',
  'n/a',
  'na',
  'tbd',
  'tba',
  '?',
  '-',
  '...',
  'unknown',
  'not set',
]);

// `Priority: High`, `**Priority:** P1`, `- Priority - high` (not "priority-queue"): only the first 200 characters of a line are looked at.
const BODY_LINE = /^(?:[-*+>]\s{0,3}|\d{1,2}\.\s{0,3})?priority\s{0,3}(?::|=|\s-)\s{0,3}(.{1,80})$/i;

const PRIORITY_WORD = /priority/i;

const globCache = new Map<string, (label: string) => boolean>();

/** Compiles a label pattern where "*" matches any text into a linear matcher (no regex, so no backtracking). */
const globMatcher = (pattern: string): ((label: string) => boolean) => {
  const key = pattern.toLowerCase();
  const cached = globCache.get(key);
  if (cached) return cached;
  const parts = key.split('*');
  const matcher =
    parts.length === 1
      ? (label: string) => label === key
      : (label: string) => {
          const first = parts[0] ?? '';
          const last = parts.at(-1) ?? '';
          if (label.length < first.length + last.length || !label.startsWith(first) || !label.endsWith(last))
            return false;
          let at = first.length;
          const end = label.length - last.length;
          for (const middle of parts.slice(1, -1)) {
            const found = label.indexOf(middle, at);
            if (found === -1 || found + middle.length > end) return false;
            at = found + middle.length;
          }
          return true;
        };
  globCache.set(key, matcher);
  return matcher;
};

const cleanValue = (raw: string): string | undefined => {
  const value = raw.replace(/[*_`]/g, '').trim();
  const lower = value.toLowerCase();
  if (EMPTY_VALUES.has(lower)) return undefined;
  // Template hints such as "[High/Medium/Low]" or "<priority>" are not answers.
  if (/^[[<(].{0,78}[\]>)]$/.test(value)) return undefined;
  return value;
};

const fromLabels = (item: BacklogItem, config: Config): PriorityFound | undefined => {
  const { labels } = config.rules.unprioritized;
  const ownLabel = config.labels.findings.unprioritized.name.toLowerCase();
  for (const label of item.labels) {
    const lower = label.toLowerCase().trim();
    // Our own "needs-priority" label must never count as a priority, whatever patterns the config has.
    if (lower === ownLabel) continue;
    if (labels.some((pattern) => globMatcher(pattern)(lower))) return { value: label, source: `label "${label}"` };
  }
  return undefined;
};

const fromFields = (item: BacklogItem, config: Config): PriorityFound | undefined => {
  if (!item.projectFields) return undefined;
  const wanted = new Set(config.rules.unprioritized.fields.map((field) => field.toLowerCase()));
  for (const [name, raw] of Object.entries(item.projectFields)) {
    if (!wanted.has(name.toLowerCase())) continue;
    const value = cleanValue(String(raw));
    if (value !== undefined) return { value, source: `Projects field "${name}"` };
  }
  return undefined;
};

const fromIssueFields = (item: BacklogItem, config: Config): PriorityFound | undefined => {
  const hit = issueFieldValue(item, config.issueFields.priority);
  const value = hit && cleanValue(String(hit.value));
  return hit && value !== undefined ? { value, source: `issue field "${hit.name}"` } : undefined;
};

const fromSections = (doc: BodyDocument): PriorityFound | undefined => {
  for (const section of doc.sections) {
    if (section.title.toLowerCase() !== 'priority') continue;
    const first = section.blocks.find((block) => block.kind !== 'code');
    const value = first && cleanValue(first.text.slice(0, 80));
    if (value !== undefined) return { value, source: `section "${section.title}"` };
  }
  return undefined;
};

const priorityInLine = (line: string): PriorityFound | undefined => {
  const trimmed = line.trim().slice(0, 200);
  const match = BODY_LINE.exec(trimmed.replace(/[*_]/g, ''));
  const value = match?.[1] && cleanValue(match[1]);
  return value === undefined ? undefined : { value, source: `body line "${trimmed}"` };
};

const fromBodyLines = (body: string): PriorityFound | undefined => {
  const source = stripComments(body.length > PARSE_LIMIT ? body.slice(0, PARSE_LIMIT) : body);
  // Tested before lower-casing: most bodies never say "priority", and a lower-cased copy of each body adds up.
  if (!PRIORITY_WORD.test(source)) return undefined;
  const lower = source.toLowerCase();
  if (!source.includes('```') && !source.includes('~~~')) {
    // No code blocks: jump from one "priority" to the next instead of walking every line.
    for (let at = lower.indexOf('priority'); at !== -1; at = lower.indexOf('priority', at + 8)) {
      const start = source.lastIndexOf('\n', at) + 1;
      const end = source.indexOf('\n', at);
      const found = priorityInLine(source.slice(start, end === -1 ? source.length : end));
      if (found) return found;
    }
    return undefined;
  }
  let inFence = false;
  for (const line of source.split('\n')) {
    const trimmed = line.trimStart();
    if (trimmed.startsWith('```') || trimmed.startsWith('~~~')) inFence = !inFence;
    const found = inFence ? undefined : priorityInLine(line);
    if (found) return found;
  }
  return undefined;
};

/**
 * Finds an item's priority with its source: an organisation issue field (`issueFields.priority`; native
 * data wins), a label matching the configured patterns, a Projects
 * field, an issue-form "### Priority" section or a "Priority: High" body line, in that order.
 * Pass the parsed body when there is one so the body is not parsed twice.
 */
export const locatePriority = (item: BacklogItem, config: Config, doc?: BodyDocument): PriorityFound | undefined => {
  // judgeItem and the unprioritized rule ask for the same item and document one after the other.
  if (doc !== undefined && doc === lastDoc && item === lastItem && config === lastConfig) return lastFound;
  const found =
    fromIssueFields(item, config) ??
    fromLabels(item, config) ??
    fromFields(item, config) ??
    (doc ? fromSections(doc) : undefined) ??
    fromBodyLines(item.body);
  if (doc !== undefined) {
    lastItem = item;
    lastConfig = config;
    lastDoc = doc;
    lastFound = found;
  }
  return found;
};

let lastItem: BacklogItem | undefined;
let lastConfig: Config | undefined;
let lastDoc: BodyDocument | undefined;
let lastFound: PriorityFound | undefined;

/** The item's priority text ("priority: high", "P1", "High"), or undefined when it has none. */
export const findPriority = (item: BacklogItem, config: Config, doc?: BodyDocument): string | undefined =>
  locatePriority(item, config, doc)?.value;
