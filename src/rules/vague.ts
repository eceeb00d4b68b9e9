import { fail, pass } from '#src/model/check.ts';
import type { Rule } from './rule-input.ts';
import { measureBody, vagueBodyReason } from './vague-body.ts';
import { matchTemplate } from './vague-template-match.ts';
import { genericTitleReason } from './vague-titles.ts';

/**
 * An item is vague (`ok: false`) when its title says nothing or its body is empty, images only,
 * an unfilled issue template (built-in placeholders, configured ones, or mostly the lines of one
 * of the repository's own templates) or too short. The reason names every problem found.
 */
export const vagueRule: Rule = ({ item, doc, config, templates }) => {
  const options = config.rules.vague;
  if (!options.enabled) return pass('vague', 'Rule disabled in config.');
  const titleReason = genericTitleReason(item.title, options.genericTitles);
  const measure = measureBody(doc, options.placeholders);
  const template = templates ? matchTemplate(item.body, templates, options.templateSimilarity) : undefined;
  const bodyReason = template
    ? `The description is the "${template.name}" template barely filled in (${Math.round(template.share * 100)}% of its lines are the template's): replace the template text with what happened, where, and what you expected.`
    : vagueBodyReason(doc, measure, options.minWords);
  const reasons = [titleReason, bodyReason].filter((reason): reason is string => reason !== undefined);
  if (reasons.length > 0) return fail('vague', reasons.join(' '));
  return pass('vague', `The title and the description (${measure.words} words) say what this is about.`);
};
