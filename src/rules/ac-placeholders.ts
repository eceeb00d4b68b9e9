import { configKeySet, keySet, normalizeKey } from './ac-normalize.ts';

/** Whole entries that templates leave behind, normalised ("N/A" → "n a", "_No response_" → "no response"). */
const WORDS = keySet([
  'TBD',
  'TBA',
  'TBC',
  'TODO',
  'To do',
  'N/A',
  'NA',
  'None',
  'Nothing',
  'No response',
  'WIP',
  'Pending',
  'XXX',
  'X',
  'Lorem ipsum',
  'Example',
  'Placeholder',
  'Item',
  'Criteria',
  'Criterion',
  'Acceptance criteria',
  'Acceptance criterion',
  'Criteria here',
  'Acceptance criteria here',
  'Define acceptance criteria',
  'Add acceptance criteria',
  'Describe acceptance criteria',
  'List acceptance criteria',
  'Write acceptance criteria',
  'Definition of done',
]);
// "AC 1", "Criteria 2", "Item 3", "Scenario 1"; "First", "Second criterion", "3rd item".
const NUMBERED =
  /^(?:ac|acs|criteria|criterion|acceptance criteri(?:on|a)|item|step|requirement|condition|scenario|point|task|test|todo) ?\d{1,3}$/;
const ORDINAL =
  /^(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|another|next|one|two|three)(?: (?:criterion|criteria|item|condition|requirement|thing|one|task|step|ac|point|scenario|check))?$/;
// "AC1: …" — a numbered prefix, judged by what follows it.
const NUMBER_PREFIX = /^(?:ac|criteri(?:on|a)|item|scenario)\s?#?\d{1,3}\s?[:.)\-–]\s*/i;
const EXAMPLE = /^(?:e\.?\s?g\.?|eg|ex\.|example|for example)(?:$|[\s:,])/i;
const BRACKETED = /^(?:<[^>]{0,200}>|\[[^\]]{0,200}\]|\{[^}]{0,200}\})$/;
// Template prompts: "Define the acceptance criteria for this story", "List the criteria here".
const PROMPT = /^_{0,2}(?:describe|define|list|add|write|enter|specify|provide|insert|fill in|explain|put)\b/i;
const PROMPT_SUBJECT = /\b(?:criteria|criterion|acceptance)\b|\bhere[._]{0,3}$/i;
/** Longer entries cannot be one of the short built-in words, so they skip normalisation. */
const SHORT = 40;

/**
 * Builds the placeholder test for one config: built-in template leftovers plus the phrases in
 * `rules.vague.placeholders`. An entry is a placeholder when it says nothing a tester could
 * check: "AC 1", "AC1: ...", "_Define acceptance criteria_", "First", "…", "TBD", "N/A",
 * "_No response_", "-", "<criterion>", "e.g. …", an empty task box, or a short template question.
 */
export const acPlaceholderMatcher = (extra: readonly string[]): ((text: string) => boolean) => {
  const cached = matchers.get(extra);
  if (cached) return cached;
  const custom = configKeySet(extra);
  const shortest = Math.max(SHORT, ...extra.map((phrase) => phrase.length + 10));
  const isPlaceholder = (text: string): boolean => {
    const trimmed = text.trim();
    if (trimmed === '') return true;
    // No template placeholder is this long; skipping the work also bounds hostile input.
    if (trimmed.length > 200) return false;
    const prefix = NUMBER_PREFIX.exec(trimmed);
    if (prefix && prefix[0].length < trimmed.length) return isPlaceholder(trimmed.slice(prefix[0].length));
    if (EXAMPLE.test(trimmed) || BRACKETED.test(trimmed)) return true;
    if (trimmed.length <= shortest) {
      const key = normalizeKey(trimmed);
      if (key === '' || WORDS.has(key) || custom.has(key) || NUMBERED.test(key) || ORDINAL.test(key)) return true;
    }
    if (PROMPT.test(trimmed) && PROMPT_SUBJECT.test(trimmed) && wordCount(trimmed) <= 12) return true;
    return trimmed.endsWith('?') && wordCount(trimmed) <= 15;
  };
  matchers.set(extra, isPlaceholder);
  return isPlaceholder;
};

// One matcher per config list: rules run once per item, configs once per run.
const matchers = new WeakMap<readonly string[], (text: string) => boolean>();

const wordCount = (text: string): number => {
  let count = 1;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) count++;
  return count;
};
