/** Every agenda body starts with this; gateway.findOwnedIssues searches for it (with the agenda label). */
export const AGENDA_MARKER_PREFIX = '<!-- backlog-hygiene:agenda';

/** The hidden marker that ties an agenda issue to its milestone, whatever its author or title. */
export const writeAgendaMarker = (milestoneNumber: number): string =>
  `${AGENDA_MARKER_PREFIX} milestone=${milestoneNumber} -->`;

/**
 * The milestone number in an agenda body's marker, or undefined when the body has no (well-formed)
 * marker. Scans with indexOf and a bounded digit run, so a huge body costs one linear pass.
 */
export const readAgendaMarker = (body: string): number | undefined => {
  const start = body.indexOf(`${AGENDA_MARKER_PREFIX} milestone=`);
  if (start < 0) return undefined;
  const digitsAt = start + AGENDA_MARKER_PREFIX.length + ' milestone='.length;
  let end = digitsAt;
  while (end < body.length && end - digitsAt < 10 && body[end]! >= '0' && body[end]! <= '9') end += 1;
  if (end === digitsAt || !body.startsWith(' -->', end)) return undefined;
  return Number(body.slice(digitsAt, end));
};
