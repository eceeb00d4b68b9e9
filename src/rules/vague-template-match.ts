import { stripComments } from '#src/markdown/inline-text.ts';
import { PARSE_LIMIT } from '#src/markdown/parse-body.ts';
import type { IssueTemplate } from '#src/model/issue-template.ts';
import { lineKey } from './vague-words.ts';

/** A repository template the body mostly consists of. */
export type TemplateMatch = { readonly name: string; readonly share: number };

// Lines longer than this are never template lines; they count as real text without being hashed.
const MAX_LINE = 300;
const LONG_LINE = -1;

/** Keys of the non-empty lines of a text (lines compared by their words only; HTML comments ignored). */
const lineKeys = (text: string): number[] => {
  const source = stripComments(text.length > PARSE_LIMIT ? text.slice(0, PARSE_LIMIT) : text).toLowerCase();
  const keys: number[] = [];
  let start = 0;
  while (start <= source.length) {
    let end = source.indexOf('\n', start);
    if (end === -1) end = source.length;
    if (end - start > MAX_LINE) keys.push(LONG_LINE);
    else {
      const key = lineKey(source, start, end);
      if (!Number.isNaN(key)) keys.push(key);
    }
    start = end + 1;
  }
  return keys;
};

const templateCache = new WeakMap<IssueTemplate, ReadonlySet<number>>();

const templateLines = (template: IssueTemplate): ReadonlySet<number> => {
  let lines = templateCache.get(template);
  if (!lines) {
    lines = new Set(lineKeys(template.body).filter((key) => key !== LONG_LINE));
    templateCache.set(template, lines);
  }
  return lines;
};

/**
 * Finds the template whose lines make up at least `threshold` of the body's non-empty lines
 * (an unfilled or barely touched template), preferring the highest share. Lines are compared
 * by their words only, so markup and punctuation changes do not count as filling it in.
 */
export const matchTemplate = (
  body: string,
  templates: readonly IssueTemplate[],
  threshold: number,
): TemplateMatch | undefined => {
  if (templates.length === 0) return undefined;
  const keys = lineKeys(body);
  if (keys.length === 0) return undefined;
  let best: TemplateMatch | undefined;
  for (const template of templates) {
    const lines = templateLines(template);
    if (lines.size === 0) continue;
    let inTemplate = 0;
    for (const key of keys) if (lines.has(key)) inTemplate++;
    const share = inTemplate / keys.length;
    if (share >= threshold && (!best || share > best.share)) best = { name: template.name, share };
  }
  return best;
};
