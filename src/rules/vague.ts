import { fail, pass } from '#src/model/check.ts';
import type { Rule } from './rule-input.ts';
import { measureBody } from './vague-body.ts';
import { abstractWords } from './vague-abstract.ts';
import { namesNothing } from './vague-concrete.ts';
import { asksForHelpOnly } from './vague-help.ts';
import { withBlanks } from './vague-blanks.ts';
import { ASK, emptyBodyReason, thinBodyReason } from './vague-body-reason.ts';
import { bodyComplains, bodyHasSymptom, repeatsTitle } from './vague-evidence.ts';
import { describeTitle, type TitleInfo } from './vague-title-info.ts';
import { matchTemplate } from './vague-template-match.ts';
import { stripTitlePrefixes } from './vague-titles.ts';

const titleAdvice = (title: TitleInfo): string =>
  title.buggy || title.words.length === 0 ? 'say what is broken and where' : 'say what should change and where';

const genericTitleReason = (title: TitleInfo, raw: string): string => {
  if (title.shown.length === 0) return 'The title is empty: say what is broken or needed, and where.';
  if (title.words.length > 0) return `The title "${title.shown}" says nothing: ${titleAdvice(title)}.`;
  return stripTitlePrefixes(raw).trim().length < raw.trim().length
    ? `The title "${title.shown}" has nothing after its prefix: say what is broken and where.`
    : `The title "${title.shown}" has no words: say what is broken or needed, and where.`;
};

// Test posts and keyboard mash are a line or two; a body longer than this under a specific title is not filler.
const QUICK_PASS_LENGTH = 400;

const FILLER = {
  'lorem ipsum': 'placeholder text ("lorem ipsum")',
  mash: 'keyboard mash',
  test: 'a test post',
  'me too': 'only a "me too"',
  praise: 'only thanks or praise',
} as const;

// A wish, a compliment or a request in words of its own that names no thing to change.
const NAMES_NOTHING =
  'The title and the description name nothing concrete (no screen, control, feature, message, number or steps): name the screen, feature or behaviour, and what should change in it.';

/**
 * An item is vague (`ok: false`) when neither its title nor its body says what it is about. A specific
 * title (three or more content words, "Add a dark mode toggle to Settings") is a description on its own,
 * so a thin or empty body is fine under it. Otherwise the body must hold the author's own words beyond
 * the template, metadata and filler: not empty, not images only, not an unfilled template (built-in,
 * configured or the repository's own), not only `key: value` lines, not a repeat of the title, not too
 * short, and a "doesn't work" report must name a symptom; a thin title that calls the issue a template
 * fails too. Filler (lorem ipsum, keyboard mash, a test post) and the repository's own template left
 * unchanged are vague under any title. The reason quotes what was found or says what is missing.
 */
export const vagueRule: Rule = ({ item, doc, config, templates }) => {
  const options = config.rules.vague;
  if (!options.enabled) return pass('vague', 'Rule disabled in config.');
  const title = describeTitle(item.title, options.genericTitles);
  const titleReason = title.generic ? genericTitleReason(title, item.title) : undefined;
  const failWith = (bodyReason: string) => fail('vague', titleReason ? `${titleReason} ${bodyReason}` : bodyReason);

  // The repository's own template left as it is stays vague under any title: the maintainers asked for those details.
  const template = templates ? matchTemplate(item.body, templates, options.templateSimilarity) : undefined;
  if (template) {
    return failWith(
      `The description is the "${template.name}" template barely filled in (${Math.round(template.share * 100)}% of its lines are the template's): replace the template text with what happened, where, and what you expected.`,
    );
  }
  // Under a specific title only filler makes an item vague, and filler is either short or "lorem ipsum":
  // a longer body without it passes unmeasured, which keeps the common case cheap.
  const { body } = item;
  if (title.specific && body.length > QUICK_PASS_LENGTH && !body.includes('ipsum') && !body.includes('IPSUM')) {
    return pass('vague', `The title "${title.shown}" says what this is about, and the description adds detail.`);
  }
  const measure = withBlanks(measureBody(doc, options.placeholders, body.length), body);
  // A "me too" under a title that says what happens is a thin but clear report; other filler fails under any title.
  if (
    measure.filler !== undefined &&
    measure.words < options.minWords &&
    !(title.specific && (measure.filler === 'me too' || measure.filler === 'praise'))
  ) {
    return failWith(`The description is ${FILLER[measure.filler as keyof typeof FILLER]}, not a description: ${ASK}.`);
  }
  if (title.specific && namesNothing(item.title, body, doc)) return failWith(NAMES_NOTHING);
  if (title.specific) {
    const { words } = measure;
    const adds = words > 0 ? ` and the description adds ${words} ${words === 1 ? 'word' : 'words'}` : '';
    return pass('vague', `The title "${title.shown}" says what this is about${adds}.`);
  }
  if (title.template) {
    return fail(
      'vague',
      `The title "${title.shown}" says this is a template: a template is not work to do. Copy it into a new issue and fill it in, or close this one.`,
    );
  }
  const empty = emptyBodyReason(item.body, doc, measure);
  if (empty) return failWith(empty);
  if (measure.words <= title.words.length + 2 && repeatsTitle(doc, title.words)) {
    return failWith(`The description only repeats the title: ${ASK}.`);
  }
  const thin = thinBodyReason(measure, options.minWords, title.generic ? 0 : title.contentCount);
  if (thin) return failWith(thin);
  if (asksForHelpOnly(item.body, doc)) {
    return failWith(
      'The description asks for help but not with what: say what you were doing, what happened (the message or what you saw) and what you expected.',
    );
  }
  if ((title.buggy || (!title.specific && bodyComplains(doc))) && !bodyHasSymptom(item.body, doc)) {
    return failWith(
      'The report says something does not work but not how: add the error message, what you expected and what happened instead, or the steps that lead to it.',
    );
  }
  const general = abstractWords(item.body, doc);
  if (general) {
    const shown = [...new Set(general)].slice(0, 4).map((word) => `"${word}"`);
    return failWith(
      `The description speaks only in general terms (${shown.join(', ')}): name the screen, feature or behaviour, and what should change in it.`,
    );
  }
  if (namesNothing(item.title, body, doc)) return failWith(NAMES_NOTHING);
  if (titleReason) {
    return pass(
      'vague',
      `The description (${measure.words} words) says what this is about, though the title could say more.`,
    );
  }
  return pass('vague', `The title and the description (${measure.words} words) say what this is about.`);
};
