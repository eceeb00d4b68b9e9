import { inlineText } from '#src/markdown/inline-text.ts';
import { pass, fail } from '#src/model/check.ts';
import { acHeadingMatcher } from './ac-headings.ts';
import { acPlaceholderMatcher } from './ac-placeholders.ts';
import { countScenarios } from './ac-scenarios.ts';
import { findAcSections } from './ac-sections.ts';
import { textLines } from './ac-text-lines.ts';
import type { Rule } from './rule-input.ts';

const RULE = 'acceptance-criteria';
const WHAT = 'a section such as "## Acceptance criteria" with a checklist, or Given/When/Then scenarios';

/**
 * An item needs acceptance criteria: a section with a known title (several languages, plus
 * configured ones) holding at least one real entry, Given/When/Then scenarios anywhere, or an
 * "Acceptance criteria: …" line. Template leftovers never count; when a section holds only
 * those, the reason says so, because "fill in the template" is a different fix from "add one".
 */
export const acceptanceCriteriaRule: Rule = ({ item, doc, config }) => {
  const options = config.rules.acceptanceCriteria;
  if (!options.enabled) return pass(RULE, 'Rule disabled in config.');
  const isHeading = acHeadingMatcher(options.headings);
  const isPlaceholder = acPlaceholderMatcher(config.rules.vague.placeholders);
  const sections = findAcSections(doc, { isHeading, isPlaceholder });
  const filled = sections.find((section) => section.items > 0);
  if (filled) return pass(RULE, `Acceptance criteria under "${filled.title}" (${plural(filled.items, 'item')}).`);
  const scenarios = countScenarios(item.body, doc);
  if (scenarios > 0) return pass(RULE, `Given/When/Then scenarios in the body (${plural(scenarios, 'scenario')}).`);
  const line = labelLine(item.body, isHeading, isPlaceholder);
  if (line) return pass(RULE, `Acceptance criteria in the line "${line}".`);
  const template = sections.find((section) => section.placeholders > 0);
  if (template) {
    return fail(
      RULE,
      `The ${template.title} section is still the template placeholder: replace it with concrete, checkable criteria (a checklist or Given/When/Then scenarios).`,
    );
  }
  const empty = sections[0];
  if (empty)
    return fail(
      RULE,
      `The ${empty.title} section is empty: add concrete, checkable criteria (a checklist or Given/When/Then scenarios).`,
    );
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

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
