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
