import { list } from './word-list.ts';
import { configKeySet, keySet, normalizeKey } from './ac-normalize.ts';

/**
 * Section titles that hold acceptance criteria, in the languages teams write issues in. Matched
 * after normalizeKey, so case, accents (приёмки/приемки), trailing colons and emoji do not matter.
 */
const BUILT_IN = keySet(
  list(`
    Acceptance criteria | Acceptance criterion | Acceptance criterias | Acceptance | Acceptance tests
    Acceptance test | Acceptance conditions | AC | ACs | Definition of done | DoD | Completion criteria
    Done when | Done criteria | Success criteria | Exit criteria | Conditions of satisfaction
    What does done look like | Criterios de aceptación | Criterio de aceptación | Definición de hecho
    Definición de terminado | Definición de listo para entregar | Critérios de aceitação
    Critério de aceitação | Definição de pronto | Definição de concluído | Critères d'acceptation
    Critère d'acceptation | Définition de terminé | Définition de fini | Critères de validation
    Criteri di accettazione | Definizione di fatto | Acceptatiecriteria | Akzeptanzkriterien
    Akzeptanzkriterium | Abnahmekriterien | Критерии приёмки | Критерии приемки | Критерии готовности
    Определение готовности | Критерии приёма | 验收标准 | 验收条件 | 验收准则 | 完成标准 | 完成的定义 | 完成定义 | 受け入れ基準 | 受入基準
    完了条件 | Acceptance requirements | Completion requirements | Done requirements
    Definition of ready and done | Criteria for acceptance | Test criteria | Validation criteria
    Verification criteria | Acceptance checklist | Done checklist | Criterios de finalización
    Criterios de aceptacion | Criterio de finalización | Definición de hecho (DoD) | Critérios de aceite
    Critério de aceite | Critérios de pronto | Critérios de conclusão | Conditions d'acceptation
    Critères d'acceptance | Critères de réussite | Critères de fin | Définition de fait | Fertig wenn
    Erledigt wenn | Abnahmebedingungen | Definition of Done (DoD) | Criteri di completamento
    Criteri di accettazione (DoD) | Definizione di completato | Definizione di done
    Kryteria akceptacji | Kryteria odbioru | Kryteria ukończenia | Warunki akceptacji
    Definicja ukończenia | Acceptatievoorwaarden | Definitie van klaar | Definitie van gereed
    Критерии принятия | Критерии выполнения | Критерии завершения | Условия приёмки | Условия приемки
    完成条件 | 验收要求 | 验收 | 受け入れ条件 | 受入条件 | 受け入れ基準 | 受入れ基準 | 完了の定義 | 完了基準 | 達成条件 | 인수 조건 | 인수 기준 | 수용 기준
    완료 조건 | 완료 기준 | 승인 기준
  `),
);

/**
 * "Requirements" headings: criteria when the list under them says what must be true ("Users must be
 * able to export"), environment notes when it does not ("Node 18"). Counted only with
 * `rules.acceptanceCriteria.requirements` (on by default) and only for items that read as outcomes.
 */
const REQUIREMENTS = keySet(
  list(`
    Requirements | Requirement | Functional requirements | Business requirements | Feature requirements
    Requisitos | Requisitos funcionales | Requisitos funcionais | Exigences | Exigences fonctionnelles
    Anforderungen | Funktionale Anforderungen | Requisiti | Requisiti funzionali | Wymagania
    Wymagania funkcjonalne | Eisen | Vereisten | Требования | Функциональные требования | 需求 | 功能需求 | 要求
    要件 | 機能要件 | 요구사항 | 요구 사항 | 기능 요구사항
  `),
);

/** True for a "Requirements" heading (several languages), asides and trailing colons ignored. */
export const isRequirementsHeading = (title: string): boolean =>
  title.length <= 60 && REQUIREMENTS.has(normalizeKey(title.replace(ASIDES, ' ')));

// Asides such as "(DoD)" or "(required)" are dropped; "Acceptance criteria / Definition of done" is split.
const ASIDES = /\([^()]{0,60}\)/g;
const JOINERS = /[/&+|]| and /;
const MAY_SPLIT = /[(/&+|]| and /;

/**
 * Builds the heading test for one config: the built-in titles plus `rules.acceptanceCriteria.headings`.
 * Titles longer than 100 characters are prose, never headings.
 */
export const acHeadingMatcher = (extra: readonly string[]): ((title: string) => boolean) => {
  const cached = matchers.get(extra);
  if (cached) return cached;
  const custom = configKeySet(extra);
  const known = (key: string) => BUILT_IN.has(key) || custom.has(key);
  const firstWords = new Set([...BUILT_IN, ...custom].map((key) => key.split(' ', 1)[0]));
  const matcher = (title: string): boolean => {
    if (title.length > 100) return false;
    // Most candidates are prose lines; an ASCII first word that starts no title rules them out without normalising.
    const first = asciiFirstWord(title);
    if (first !== undefined && !firstWords.has(first) && !MAY_SPLIT.test(title)) return false;
    if (known(normalizeKey(title))) return true;
    if (!MAY_SPLIT.test(title)) return false;
    const plain = title.replace(ASIDES, ' ');
    return plain.split(JOINERS).some((part) => known(normalizeKey(part)));
  };
  matchers.set(extra, matcher);
  return matcher;
};

// One matcher per config list: rules run once per item, configs once per run.
const matchers = new WeakMap<readonly string[], (title: string) => boolean>();

const isAsciiWordCode = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

/** The first word, lower-cased, when it and the markup before it are ASCII; undefined when normalizeKey must decide. */
const asciiFirstWord = (text: string): string | undefined => {
  let start = 0;
  while (start < text.length && !isAsciiWordCode(text.charCodeAt(start))) {
    if (text.charCodeAt(start) >= 128) return undefined;
    start++;
  }
  let end = start;
  while (end < text.length && isAsciiWordCode(text.charCodeAt(end))) end++;
  if (end === start || (end < text.length && text.charCodeAt(end) >= 128)) return undefined;
  return text.slice(start, end).toLowerCase();
};
