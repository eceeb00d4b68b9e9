/** GitHub rejects issue bodies over 65,536 characters; stay a little under to leave room for encoding differences. */
export const MAX_BODY_LENGTH = 65_000;

const NOTE = '\n\n_This agenda was cut short to fit in one issue._';

/**
 * Renders with ever smaller per-section limits until the body fits `maxLength`: starting at
 * `startLimit` (config.agenda.maxItemsPerSection), each try keeps about two thirds of the lines.
 * If even zero lines per section do not fit (absurdly long text elsewhere), the body is cut hard.
 */
export const fitBody = (render: (limit: number) => string, startLimit: number, maxLength = MAX_BODY_LENGTH): string => {
  let limit = startLimit;
  for (;;) {
    const body = render(limit);
    if (body.length <= maxLength) return body;
    if (limit === 0) return `${body.slice(0, maxLength - NOTE.length)}${NOTE}`;
    limit = Math.floor((limit * 2) / 3);
  }
};
