import type { RawActor } from './graphql-shapes.ts';
import type { SelfLogins } from './classify-actor.ts';

// GraphQL names bots without the "[bot]" suffix REST uses.
const bare = (login: string): string => login.toLowerCase().replace(/\[bot\]$/, '');

/** The Action's identity under GITHUB_TOKEN: what it wrote, the app may adopt after a move, and back. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * True when something written by `author` may be this tool's own: the token's identity wrote it
 * (`viewerDidAuthor`), or a bot account that can be us did — one of `self` (the app's bot) or
 * github-actions[bot] (the Action under GITHUB_TOKEN), so moving between the Action and the app
 * still finds it. Never a person's: a person copying our hidden marker does not make it ours.
 */
export const canBeUs = (author: RawActor | undefined, self: SelfLogins, viewerDidAuthor = false): boolean => {
  if (viewerDidAuthor) return true;
  if (!author) return false;
  const isBot = author.__typename === 'Bot' || author.login.toLowerCase().endsWith('[bot]');
  return isBot && [...self, ACTIONS_BOT].some((login) => bare(login) === bare(author.login));
};
