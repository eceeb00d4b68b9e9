const TICKED = '- [x] #';
const MENTION = 'cc @';

/**
 * Issue numbers whose boxes people ticked in an agenda body (`- [x] #12 …`, also `[X]` and `*`
 * bullets). The next render keeps those boxes ticked, so refreshing never undoes a person's work.
 */
export const readTicks = (body: string): Set<number> => {
  const ticked = new Set<number>();
  for (const raw of body.split('\n')) {
    const line = raw
      .trimStart()
      .replace(/^\* /, '- ')
      .replace(/^- \[X\]/, '- [x]');
    if (!line.startsWith(TICKED)) continue;
    const digits = /^\d{1,10}/.exec(line.slice(TICKED.length));
    if (digits) ticked.add(Number(digits[0]));
  }
  return ticked;
};

/** The mention line written only when the agenda was created; updates carry it over verbatim so nobody is pinged twice. */
export const readMentionLine = (body: string): string | undefined =>
  body.split('\n').find((line) => line.startsWith(MENTION));

/** The mention line for a new agenda, or undefined when nobody is to be mentioned. */
export const writeMentionLine = (logins: readonly string[]): string | undefined =>
  logins.length === 0
    ? undefined
    : `${MENTION}${logins.map((login) => login.replace(/^@/, '')).join(' @')} — please look through this before the refinement meeting.`;
