import { configKeySet, keySet, normalizeKey } from './ac-normalize.ts';

/**
 * Section titles that hold acceptance criteria, in the languages teams write issues in. Matched
 * after normalizeKey, so case, accents (приёмки/приемки), trailing colons and emoji do not matter.
 */
const BUILT_IN = keySet([
  // English
  'Acceptance criteria',
  'Acceptance criterion',
  'Acceptance criterias',
  'Acceptance',
  'Acceptance tests',
  'Acceptance test',
  'Acceptance conditions',
  'AC',
  'ACs',
  'Definition of done',
  'DoD',
  'Completion criteria',
  'Done when',
  'Done criteria',
  'Success criteria',
  'Exit criteria',
  'Conditions of satisfaction',
  'What does done look like',
  // Spanish, Portuguese, French, Italian, Dutch
  'Criterios de aceptación',
  'Criterio de aceptación',
  'Definición de hecho',
  'Definición de terminado',
  'Definición de listo para entregar',
  'Critérios de aceitação',
  'Critério de aceitação',
  'Definição de pronto',
  'Definição de concluído',
  "Critères d'acceptation",
  "Critère d'acceptation",
  'Définition de terminé',
  'Définition de fini',
  'Critères de validation',
  'Criteri di accettazione',
  'Definizione di fatto',
  'Acceptatiecriteria',
  // German
  'Akzeptanzkriterien',
  'Akzeptanzkriterium',
  'Abnahmekriterien',
  // Russian
  'Критерии приёмки',
  'Критерии приемки',
  'Критерии готовности',
  'Определение готовности',
  'Критерии приёма',
  // Chinese, Japanese
  '验收标准',
  '验收条件',
  '验收准则',
  '完成标准',
  '完成的定义',
  '完成定义',
  '受け入れ基準',
  '受入基準',
  '完了条件',
]);

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
  const matcher = (title: string): boolean => {
    if (title.length > 100) return false;
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
