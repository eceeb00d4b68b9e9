import type { Actor } from '#src/model/backlog-item.ts';
import type { RawActor } from './graphql-shapes.ts';

// GraphQL names GitHub Apps without the "[bot]" suffix REST uses ("github-actions" vs
// "github-actions[bot]"), so logins are compared without it.
const bare = (login: string): string => login.toLowerCase().replace(/\[bot\]$/, '');

/** The logins that mean "this tool": the viewer, plus github-actions[bot] when running with GITHUB_TOKEN. */
export type SelfLogins = readonly string[];

/**
 * Who caused an event: this tool ('self'), another bot, or a person. A missing actor (a deleted
 * account, shown as "ghost") counts as a person: staleness should err towards "someone was here".
 */
export const classifyActor = (actor: RawActor | undefined, self: SelfLogins): Actor => {
  if (!actor) return 'person';
  if (self.some((login) => bare(login) === bare(actor.login))) return 'self';
  if (actor.__typename === 'Bot' || actor.login.toLowerCase().endsWith('[bot]')) return 'bot';
  return 'person';
};
