import { stripComments } from '#src/markdown/inline-text.ts';
import { PARSE_LIMIT } from '#src/markdown/parse-body.ts';
import { fail, pass } from '#src/model/check.ts';
import type { Rule } from './rule-input.ts';

/** A dependency named in an item's body. `repo` is set ("owner/repo") only for references into another repository. */
export type Blocker = { readonly number: number; readonly repo?: string };

// Phrases that introduce dependencies; every quantifier is bounded and the regex runs on one line at a time.
const PHRASE =
  /\b(?:blocked\s{1,3}(?:by|on)|depends\s{1,3}on|depending\s{1,3}on|dependent\s{1,3}on|waiting\s{1,3}(?:for|on)|requires|after)\s{1,3}/gi;
// One reference: #12, owner/repo#12 or a github.com issue URL. Sticky, so it only matches where the scan stands.
const REF = /(?:(?:https?:\/\/github\.com\/)?([\w.-]{1,100})\/([\w.-]{1,100})(?:#|\/issues\/|\/pull\/)|#)(\d{1,9})\b/y;
const SEPARATOR = /\s{0,3}(?:,|&|\band\b|\bor\b|\+)?\s{0,3}/y;
// "after #12" only means a dependency when it says so: "after #12 is merged", "after #12 lands".
const AFTER_DONE =
  /^\s{0,3}(?:is|are|gets|has\s{1,3}been|have\s{1,3}been)?\s{0,3}(?:merged|done|closed|fixed|resolved|landed|lands|shipped|released|completed?|finished)\b/i;
const SECTION_TITLES = new Set([
  'blocked by',
  'blocked on',
  'blockers',
  'dependencies',
  'depends on',
  'dependency',
  'prerequisites',
]);
// Every phrase and dependency heading contains one of these; bodies without any are skipped in one regex test.
const GATE = /block|depend|waiting|requires|after|prerequisite/i;
const MAY_MATTER = /[#*_`~]|\/issues\/|\/pull\//;
const TASK_REF = /^(?:[-*+]|\d{1,3}[.)])\s{1,4}(?:\[( |x|X)\]\s{1,4})?/;

/**
 * Every reference REF matches has a digit right after "#", "/issues/" or "/pull/": a body with none holds
 * no blocker. A few indexOf hops (headings put "#" in most bodies, but followed by "#" or a space) are
 * cheaper than the case-insensitive phrase gate over the whole body.
 */
const mayHoldReference = (source: string): boolean => {
  for (let at = source.indexOf('#'); at !== -1; at = source.indexOf('#', at + 1))
    if (isDigit(source.charCodeAt(at + 1))) return true;
  return source.includes('/issues/') || source.includes('/pull/');
};
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

const toBlocker = (match: RegExpExecArray): Blocker => {
  const number = Number(match[3]);
  return match[1] && match[2] ? { number, repo: `${match[1]}/${match[2]}` } : { number };
};

/** Reads the references that follow a phrase, separated by commas or "and"; returns them and where the list ends. */
const readRefs = (line: string, from: number): { refs: Blocker[]; end: number } => {
  const refs: Blocker[] = [];
  let at = from;
  for (let n = 0; n < 50; n++) {
    SEPARATOR.lastIndex = at;
    const start = n === 0 ? at : SEPARATOR.exec(line) ? SEPARATOR.lastIndex : at;
    REF.lastIndex = start;
    const match = REF.exec(line);
    if (!match) break;
    refs.push(toBlocker(match));
    at = REF.lastIndex;
  }
  return { refs, end: at };
};

const sectionTitle = (line: string): string | undefined => {
  const heading = /^#{1,6}\s{1,4}(.{1,80})$/.exec(line) ?? /^(?:\*\*|__)(.{1,80}?)(?:\*\*|__)\s{0,2}:?$/.exec(line);
  if (!heading?.[1]) return undefined;
  return heading[1]
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
};

const refsInLine = (line: string, inDependencySection: boolean): Blocker[] => {
  const found: Blocker[] = [];
  if (inDependencySection) {
    const task = TASK_REF.exec(line);
    // A ticked box means that dependency is done.
    if (task && task[1] !== 'x' && task[1] !== 'X') found.push(...readRefs(line, task[0].length).refs);
  }
  PHRASE.lastIndex = 0;
  for (let match = PHRASE.exec(line); match; match = PHRASE.exec(line)) {
    const { refs, end } = readRefs(line, PHRASE.lastIndex);
    if (match[0].toLowerCase().startsWith('after') && !AFTER_DONE.test(line.slice(end, end + 40))) continue;
    found.push(...refs);
    PHRASE.lastIndex = Math.max(PHRASE.lastIndex, end);
  }
  return found;
};

/**
 * Finds dependencies in a body: "blocked by #N", "depends on #N" or "owner/repo#N", "waiting for/on #N",
 * "requires #N", "after #N is merged", and open task-list items "- [ ] #N" under a "Blocked by",
 * "Dependencies" or "Depends on" heading. Case-insensitive, several per line; HTML comments and code
 * blocks are ignored. One linear pass over the lines.
 */
export const findBlockers = (body: string): Blocker[] => {
  const source = stripComments(body.length > PARSE_LIMIT ? body.slice(0, PARSE_LIMIT) : body);
  if (!mayHoldReference(source) || !GATE.test(source)) return [];
  const seen = new Map<string, Blocker>();
  let inFence = false;
  let inDependencySection = false;
  for (const rawLine of source.split('\n')) {
    // Only lines with one of these can be a fence, a heading or hold a reference; the rest need no trimmed copy.
    if (!MAY_MATTER.test(rawLine)) continue;
    const line = rawLine.trim();
    if (line.startsWith('```') || line.startsWith('~~~')) inFence = !inFence;
    if (inFence || line.length === 0) continue;
    const first = line.charCodeAt(0);
    // Only lines starting with "#", "*" or "_" can be headings.
    const title = first === 35 || first === 42 || first === 95 ? sectionTitle(line) : undefined;
    if (title !== undefined) {
      inDependencySection = SECTION_TITLES.has(title);
      continue;
    }
    if (!line.includes('#') && !line.includes('/issues/') && !line.includes('/pull/')) continue;
    for (const blocker of refsInLine(line, inDependencySection)) {
      const key = `${blocker.repo?.toLowerCase() ?? ''}#${blocker.number}`;
      if (!seen.has(key)) seen.set(key, blocker);
    }
  }
  return [...seen.values()];
};

/** "owner/repo" of an issue URL, lower-cased, so references to the item's own repository count as local. */
const repoOf = (url: string): string | undefined =>
  /github\.com\/([\w.-]{1,100}\/[\w.-]{1,100})\//i.exec(url)?.[1]?.toLowerCase();

const list = (parts: string[]): string =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;

/** Blocked while an item it depends on (per `item.linkedStates`) is still open; unknown states are noted, not counted. */
export const blockedRule: Rule = ({ item, config }) => {
  if (!config.rules.blocked.enabled) return pass('blocked', 'Rule disabled in config.');
  // The item's own repository only matters for "owner/repo#N" references, which few bodies have.
  let ownRepo: string | undefined | null = null;
  const open: string[] = [];
  const notes: string[] = [];
  for (const blocker of findBlockers(item.body)) {
    if (blocker.repo !== undefined && ownRepo === null) ownRepo = repoOf(item.url);
    const local = blocker.repo === undefined || blocker.repo.toLowerCase() === ownRepo;
    if (!local) {
      notes.push(`${blocker.repo}#${blocker.number} (another repository, not checked)`);
      continue;
    }
    if (blocker.number === item.number) continue;
    const state = item.linkedStates?.[blocker.number];
    if (state === 'open') open.push(`#${blocker.number}`);
    else notes.push(`#${blocker.number} (${state ?? 'state unknown'})`);
  }
  if (open.length > 0) {
    const which = open.length === 1 ? `open issue ${open[0]}` : `open issues ${list(open)}`;
    return fail(
      'blocked',
      `Blocked by ${which}: finish ${open.length === 1 ? 'it' : 'them'} first or remove the dependency.`,
    );
  }
  if (notes.length === 0) return pass('blocked', 'No dependencies mentioned.');
  return pass('blocked', `Depends on ${list(notes)}.`);
};
