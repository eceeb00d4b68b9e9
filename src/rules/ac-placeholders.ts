import { list } from './word-list.ts';
import { configKeySet, keySet, normalizeKey } from './ac-normalize.ts';

/**
 * Whole entries that templates leave behind, normalised ("N/A" → "n a", "_No response_" → "no response"), including
 * a bare step keyword ("Given") whose "<slot>" the Markdown parser removed as an HTML tag, and the criteria heading
 * itself repeated as the only entry.
 */
const WORDS = keySet(
  list(`
    TBD | TBA | TBC | TODO | To do | N/A | NA | None | Nothing | No response | WIP | Pending | XXX | X
    Lorem ipsum | Example | Placeholder | Item | Criteria | Criterion | Acceptance criteria
    Acceptance criterion | Criteria here | Acceptance criteria here | Define acceptance criteria
    Add acceptance criteria | Describe acceptance criteria | List acceptance criteria
    Write acceptance criteria | Definition of done | Given | When | Then | And | But | Replace this text
    Replace this | Replace me | Title | Description | Criteria for acceptance | Criterios de aceptación
    Critérios de aceitação | Critères d'acceptation | Akzeptanzkriterien | Criteri di accettazione
    Kryteria akceptacji | Acceptatiecriteria | Критерии приёмки | 验收标准 | 受け入れ条件 | 인수 조건
  `),
);
// "AC 1", "Criteria 2", "Item 3", "Scenario 1"; "First", "Second criterion", "3rd item".
const NUMBERED =
  /^(?:ac|acs|criteria|criterion|acceptance criteri(?:on|a)|item|step|requirement|condition|scenario|point|task|test|todo) ?\d{1,3}$/;
const ORDINAL =
  /^(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|another|next|one|two|three)(?: (?:criterion|criteria|item|condition|requirement|thing|one|task|step|ac|point|scenario|check))?$/;
// "AC1: …" — a numbered prefix, judged by what follows it.
const NUMBER_PREFIX = /^(?:ac|criteri(?:on|a)|item|scenario)\s?#?\d{1,3}\s?[:.)\-–]\s*/i;
const EXAMPLE = /^(?:e\.?\s?g\.?|eg|ex\.|example|for example)(?:$|[\s:,])/i;
const BRACKETED = /^(?:<[^>]{0,200}>|\[[^\]]{0,200}\]|\{[^}]{0,200}\})$/;
// Template prompts: "Define the acceptance criteria for this story", "Give criteria for acceptance",
// "Describa los criterios de aceptación", "Opisz kryteria akceptacji", "REPLACE THIS TEXT with …".
const PROMPT =
  /^_{0,2}(?:describe|define|list|add|write|enter|specify|provide|insert|fill in|explain|put|give|state|outline|include|mention|note|detail|summari[sz]e|clarify|document|replace|describa|describe|defina|enumere|liste|escriba|agregue|añada|indique|descreva|informe|adicione|escreva|décri(?:s|vez)|définissez|listez|ajoutez|indiquez|précisez|beschreibe|beschreiben sie|definiere|liste|füge|nenne|gib|descrivi|definisci|elenca|aggiungi|indica|scrivi|opisz|zdefiniuj|wypisz|dodaj|podaj|beschrijf|definieer|geef|noem|voeg|опишите|опиши|перечислите|укажите|добавьте|напишите|определите)(?![\p{L}\p{N}])/iu;
const PROMPT_SUBJECT =
  /(?<![\p{L}\p{N}])(?:criteria|criterion|acceptance|done|criterios?|critérios?|critères?|kriterien|criteri|kryteria|критерии|условия|this text|aquí|aqui|ici|hier|qui|tutaj|здесь)(?![\p{L}\p{N}])|\bhere[._]{0,3}$/iu;
// Template guidance in scripts without spaces: "請填寫…", "…をお書きください", "…을 작성하세요".
const CJK_PROMPT =
  /(?:ください|下さい|してください|하세요|해 ?주세요|십시오|합니다\.?$)[。.!！]?$|^请.{0,30}(?:填写|描述|列出|说明|写|补充)|^(?:在此|在这里)/u;
// "Given [context] When [event] Then [outcome]": a step whose subject is a bracketed slot or a generic word.
const STEP_WORD =
  /^(?:\*\*|__)?(?:given|when|then|and|but|dado|cuando|entonces|quando|então|angenommen|wenn|dann|étant donné|quand|alors|допустим|когда|тогда)(?:\*\*|__)?[\s,:]+/iu;
const SLOT = /[[<{][^\]>}]{1,40}[\]>}]/g;
// A skeleton starts with a step keyword or a scenario title; most entries are ruled out by this anchored test.
const SKELETON_START =
  /^(?:\*\*|__)?(?:given|when|then|and|but|scenario|escenario|cenário|szenario|scénario|сценарий|dado|cuando|quando|angenommen|wenn|étant|quand|допустим|когда)/i;
// What template slots say: "[context]", "<event>", "{some more context}", "[type of user]".
const GENERIC_SLOT =
  /^(?:(?:some|a|an|the|another|initial|expected|more|some more|other)\s)*(?:context|precondition|preconditions|action|event|outcome|result|condition|state|trigger|input|output|behaviou?r|user|user type|type of user|role|persona|feature|goal|benefit|value|something|situation|data|step|response|system|actor)s?(?:\.{3}|…)?$/i;
const GENERIC_STEP =
  /^(?:some (?:context|action|event|outcome|precondition|testable outcome|more context|other outcome|result)|(?:a|an|the)? ?(?:context|precondition|action|event|outcome|result|condition|state|trigger)s?|(?:a|some) particular .{0,60}|another (?:outcome|context)|\.{2,}|…)[.…]*$/i;
const TRAILING_NUMBER = /\s?\d{1,3}$/;
// Words a template numbers ("Criterio 1", "Kryterium 2", "标准1") besides the English ones NUMBERED knows.
const SLOT_WORDS = keySet(
  list(`
    Criterio | Critério | Critère | Kriterium | Kryterium | Criterium | Критерий | Условие | 标准 | 条件
    基準 | 조건 | 기준
  `),
);
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
    if (isScenarioSkeleton(trimmed)) return true;
    const prefix = NUMBER_PREFIX.exec(trimmed);
    if (prefix && prefix[0].length < trimmed.length) return isPlaceholder(trimmed.slice(prefix[0].length));
    if (EXAMPLE.test(trimmed) || BRACKETED.test(trimmed)) return true;
    if (trimmed.length <= shortest) {
      const key = normalizeKey(trimmed);
      if (key === '' || WORDS.has(key) || custom.has(key) || NUMBERED.test(key) || ORDINAL.test(key)) return true;
      // "验收标准1", "Критерий 2", "Kryterium 3": a numbered slot in any language.
      const unnumbered = key.replace(TRAILING_NUMBER, '');
      if (unnumbered !== key && (WORDS.has(unnumbered) || SLOT_WORDS.has(unnumbered))) return true;
    }
    if (PROMPT.test(trimmed) && PROMPT_SUBJECT.test(trimmed) && wordCount(trimmed) <= 14) return true;
    if (trimmed.length <= 80 && CJK_PROMPT.test(trimmed)) return true;
    if (hasTemplateSlots(trimmed) || META.test(trimmed)) return true;
    return (trimmed.endsWith('?') || trimmed.endsWith('？')) && wordCount(trimmed) <= 15;
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

// "By [Action/Trigger], the user can access [Feature]", "Should ‹testable condition›": slots left to fill.
const TEMPLATE_SLOT = /\[[^\]\n]{1,40}\](?!\()|‹[^›\n]{1,60}›|«[^»\n]{1,60}»|<[^>\n]{1,40}>/g;
// Guidance that talks about the criteria instead of stating one: "This is something that can be verified …".
const META =
  /^(?:this is (?:something|where|a place)|here (?:you|we) (?:list|write|describe)|these are the (?:criteria|conditions))\b|\b(?:this|the) (?:user )?story is (?:satisfied|done|complete)\b/i;

const hasTemplateSlots = (text: string): boolean => {
  const slots = text.match(TEMPLATE_SLOT);
  if (!slots) return false;
  if (slots.length >= 2 || slots.some((slot) => slot.startsWith('‹') || slot.startsWith('«'))) return true;
  const inner = slots[0]!.slice(1, -1).trim();
  return inner.includes('/') || GENERIC_SLOT.test(inner);
};

/**
 * A Given/When/Then skeleton, on one line or several: every step's subject is a bracketed slot
 * ("Given [context]", "When <event>") or a generic word ("Then some outcome"), and the text holds
 * nothing else but step keywords, "Scenario N: Title" and ellipses.
 */
export const isScenarioSkeleton = (text: string): boolean => {
  if (text.length > 600 || !SKELETON_START.test(text)) return false;
  const steps = text.split(/\s*(?:\n|(?=\b(?:Given|When|Then|And|But)\b))\s*/).filter((step) => step.trim() !== '');
  let skeleton = 0;
  for (const raw of steps) {
    const step = raw.trim();
    const keyword = STEP_WORD.exec(step);
    if (!keyword) {
      if (/^(?:title|name|\.{3}|…)$/i.test(step)) continue;
      if (
        /^(?:scenario|escenario|cenário|szenario|scénario|сценарий)\b[^:]{0,10}:?\s*(?:title|name|\[[^\]]*\]|<[^>]*>)?$/i.test(
          step,
        )
      )
        continue;
      return false;
    }
    const subject = step.slice(keyword[0].length).trim();
    const rest = subject
      .replace(SLOT, '')
      .replace(/[\s.…,]+/g, ' ')
      .trim();
    const slots = subject.match(SLOT) ?? [];
    const slotted =
      slots.length > 0 && (rest === '' || slots.every((slot) => GENERIC_SLOT.test(slot.slice(1, -1).trim())));
    if (!slotted && !GENERIC_STEP.test(subject)) return false;
    skeleton++;
  }
  return skeleton > 0;
};
