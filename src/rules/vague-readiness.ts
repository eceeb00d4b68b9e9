/**
 * Headings of the readiness checklists teams paste into every issue: the definition of ready, a "sprint ready"
 * checklist. Their lines ("Acceptance criteria defined", "Dependencies identified") are the team's process, the
 * same in every issue, so they say nothing about what this item is. A "Definition of Done" is left alone: teams
 * often write the item's own criteria under it.
 */
const READINESS_HEADING =
  /definition of ready|\bdor\b|(?:sprint|story|ready|readiness) ?(?:ready )?check ?list|definici[óo]n de listo|defini[çc][ãa]o de (?:pronto|preparado)|d[ée]finition de pr[êe]t|definitie van (?:klaar|gereed)|definicja gotowo[śs]ci|критерии готовности к|определение готовности|準備完了の定義|就绪定义/i;

// A heading this long is a sentence, not a checklist's name.
const HEADING_LIMIT = 80;

/** True when a section heading names a team's readiness checklist ("Sprint Ready Checklist", "Definition of Ready"). */
export const isReadinessChecklist = (heading: string): boolean =>
  heading.length <= HEADING_LIMIT && READINESS_HEADING.test(heading);

/**
 * Last words of a process step ("Acceptance criteria defined", "Dependencias identificadas", "Code review gedaan",
 * "Documentatie bijgewerkt"): the state every item must reach, which is the team's routine and not this item's work.
 */
const PROCESS_STATES: ReadonlySet<string> = new Set(
  [
    'defined identified estimated reviewed approved tested updated documented attached agreed understood groomed refined',
    'definido definida definidos definidas identificado identificada identificados identificadas estimado estimada',
    'revisado revisada revisados revisadas aprobado aprobada probado probada actualizado actualizada documentado',
    'aprovado aprovada testado testada atualizado atualizada atualizados documentada',
    'défini définie définis définies identifié identifiés identifiées estimé estimée approuvé testé testée documenté',
    'definiert identifiziert geschätzt geprüft genehmigt getestet aktualisiert dokumentiert abgestimmt',
    'gedefinieerd geïdentificeerd geschat gereviewd goedgekeurd getest bijgewerkt gedocumenteerd gedaan',
    'definiti definite identificati identificate stimato stimata approvato approvata testato testata aggiornato',
    'aggiornata documentato documentata',
    'zdefiniowane zidentyfikowane oszacowane zatwierdzone przetestowane zaktualizowana zaktualizowane udokumentowane',
    'определены определено оценена оценено согласовано протестировано обновлена обновлено',
  ]
    .join(' ')
    .split(' '),
);

// A process step is a short noun phrase and its state; a longer item describes work of its own.
const PROCESS_STEP_WORDS = 6;

/** True when a checklist item's words (lower-cased) are a process step such as "Team understands criteria defined". */
export const isProcessStep = (words: readonly string[]): boolean =>
  words.length > 0 && words.length <= PROCESS_STEP_WORDS && PROCESS_STATES.has(words[words.length - 1] as string);
