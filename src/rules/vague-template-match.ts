import { stripComments } from '#src/markdown/inline-text.ts';
import { PARSE_LIMIT } from '#src/markdown/parse-body.ts';
import type { IssueTemplate } from '#src/model/issue-template.ts';

/** A repository template the body mostly consists of. */
export type TemplateMatch = { readonly name: string; readonly share: number };

// Lines longer than this are never template lines; skipping them keeps hostile bodies cheap.
const MAX_LINE = 300;

/** A line reduced to its words: markup, punctuation and case do not make a template line "filled". */
const lineKey = (line: string): string => {
  if (line.length > MAX_LINE) return '';
  return line
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
};

const keysOf = (text: string): string[] => {
  const source = stripComments(text.length > PARSE_LIMIT ? text.slice(0, PARSE_LIMIT) : text);
  const keys: string[] = [];
  for (const line of source.split('\n')) {
    if (line.trim().length === 0) continue;
    // Long lines are real text (never in a template); an empty key stands for "not a template line".
    keys.push(lineKey(line) || (line.length > MAX_LINE ? '\u0000' : ''));
  }
  return keys.filter((key) => key.length > 0);
};

const templateCache = new WeakMap<IssueTemplate, ReadonlySet<string>>();

const templateLines = (template: IssueTemplate): ReadonlySet<string> => {
  let lines = templateCache.get(template);
  if (!lines) {
    lines = new Set(keysOf(template.body));
    templateCache.set(template, lines);
  }
  return lines;
};

/**
 * Finds the template whose lines make up at least `threshold` of the body's non-empty lines
 * (an unfilled or barely touched template), preferring the highest share. Lines are compared
 * by their words only; HTML comments are ignored on both sides.
 */
export const matchTemplate = (body: string, templates: readonly IssueTemplate[], threshold: number): TemplateMatch | undefined => {
  if (templates.length === 0) return undefined;
  const keys = keysOf(body);
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
