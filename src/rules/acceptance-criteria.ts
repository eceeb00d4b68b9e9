import { inlineText } from '#src/markdown/inline-text.ts';
import { pass, fail } from '#src/model/check.ts';
import { acHeadingMatcher, isRequirementsHeading } from './ac-headings.ts';
import { isKeyValueAside } from './ac-key-values.ts';
import { findOutcomeChecklist } from './ac-outcomes.ts';
import { acPlaceholderMatcher } from './ac-placeholders.ts';
import { findScenarios } from './ac-scenarios.ts';
import { findAcSections } from './ac-sections.ts';
import { textLines } from './ac-text-lines.ts';
import type { Rule } from './rule-input.ts';

const RULE = 'acceptance-criteria';
const WHAT = 'a section such as "## Acceptance criteria" with a checklist, or Given/When/Then scenarios';
const FIX = 'concrete, checkable criteria (a checklist or Given/When/Then scenarios)';
const QUOTE_LENGTH = 60;

/**
 * An item needs acceptance criteria: a section with a known title (several languages, plus
 * configured ones) holding at least one real entry, Given/When/Then scenarios anywhere, an
 * "Acceptance criteria: …" line, a title line followed by the criteria on the next line, and
 * (both configurable, on by default) a "Requirements" list that states outcomes or a checklist of
 * observable outcomes with no heading. Template leftovers never count; when a section holds only
 * those, the reason quotes one, because "fill in the template" is a different fix from "add one".
 */
export const acceptanceCriteriaRule: Rule = ({ item, doc, config }) => {
  const options = config.rules.acceptanceCriteria;
  if (!options.enabled) return pass(RULE, 'Rule disabled in config.');
  const isHeading = acHeadingMatcher(options.headings);
  const isPlaceholder = acPlaceholderMatcher(config.rules.vague.placeholders);
  const isRequirements = options.requirements ? isRequirementsHeading : undefined;
  const sections = findAcSections(doc, { isHeading, isPlaceholder, isRequirements });
  const filled = sections.find((section) => section.items > 0);
  if (filled)
    return pass(
      RULE,
      `Acceptance criteria under "${filled.title}" (${plural(filled.items, 'item')}, first: "${quote(filled.first)}").`,
    );
  const scenarios = findScenarios(item.body, doc);
  if (scenarios.count > 0)
    return pass(
      RULE,
      `Given/When/Then scenarios in the body (${plural(scenarios.count, 'scenario')}, first: "${quote(scenarios.first)}").`,
    );
  const line = labelLine(item.body, isHeading, isPlaceholder);
  if (line) return pass(RULE, `Acceptance criteria in the line "${line}".`);
  const next = titleThenLine(item.body, isHeading, isPlaceholder);
  if (next) return pass(RULE, `Acceptance criteria after "${next.title}": "${quote(next.text)}".`);
  const checklist = options.outcomeChecklists ? findOutcomeChecklist(doc, isHeading, isPlaceholder) : undefined;
  if (checklist)
    return pass(
      RULE,
      `A checklist of observable outcomes (${plural(checklist.items, 'item')}, first: "${quote(checklist.first)}").`,
    );
  const template = sections.find((section) => section.placeholders > 0);
  if (template) {
    const leftover = template.firstPlaceholder?.trim() ? ` ("${quote(template.firstPlaceholder)}")` : '';
    return fail(
      RULE,
      `The ${template.title} section is still the template placeholder${leftover}: replace it with ${FIX}.`,
    );
  }
  const empty = sections[0];
  if (empty) return fail(RULE, `The ${empty.title} section is empty: add ${FIX}.`);
  return fail(RULE, `Add acceptance criteria: ${WHAT}.`);
};

/** "Acceptance criteria: exports keep two decimals" on one line, anywhere in the prose. */
const labelLine = (
  body: string,
  isHeading: (title: string) => boolean,
  isPlaceholder: (text: string) => boolean,
): string | undefined => {
  for (const raw of textLines(body)) {
    const colon = raw.indexOf(':');
    if (colon < 2 || colon > 60 || !isHeading(raw.slice(0, colon))) continue;
    const rest = inlineText(raw.slice(colon + 1));
    if (rest && !isPlaceholder(rest)) {
      const line = `${inlineText(raw.slice(0, colon))}: ${rest}`;
      return line.length > 80 ? `${line.slice(0, 77)}…` : line;
    }
  }
  return undefined;
};

// The next line is not criteria when it opens something else: a heading, a bold label, a bare "Key:" line.
const OPENS_SOMETHING_ELSE = /^(?:#|\*\*[^*]{1,40}\*\*\s*[:：]?\s*$|[^:：]{1,30}[:：]\s*$)/;

/**
 * "Acceptance Criteria" (or "DoD", "**Done when**") alone on a line, the criteria on the next line:
 * Markdown joins the two into one paragraph, so this reads the prose line by line.
 */
const titleThenLine = (
  body: string,
  isHeading: (title: string) => boolean,
  isPlaceholder: (text: string) => boolean,
): { title: string; text: string } | undefined => {
  const lines = textLines(body);
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    // Titles are short; testing only short lines keeps this from normalising every line of prose.
    if (line.length > 40 || line.charCodeAt(0) === 124 /* | a table row */ || !isHeading(line)) continue;
    const next = lines[i + 1]!;
    if (OPENS_SOMETHING_ELSE.test(next) || isHeading(next) || isKeyValueAside({ kind: 'paragraph', text: next }))
      continue;
    const text = inlineText(next);
    if (text && !isPlaceholder(text)) return { title: inlineText(line).replace(/^#+\s*|[\s:：]+$/g, ''), text };
  }
  return undefined;
};

const quote = (text: string | undefined): string => {
  const plain = (text ?? '').trim();
  return plain.length > QUOTE_LENGTH ? `${plain.slice(0, QUOTE_LENGTH - 1)}…` : plain;
};

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
