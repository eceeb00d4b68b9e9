/** A comment command people with write access can give. */
export type CommentCommand = 'ready' | 'refine';

const COMMANDS: Readonly<Record<string, CommentCommand>> = { '/ready': 'ready', '/refine': 'refine' };
const FENCE = /^(```|~~~)/;

/**
 * The command in a comment, if one is the first word of a line: "/ready" or "/refine" (any case,
 * trailing words allowed, e.g. "/ready — agreed in refinement"). Lines in fenced code blocks and
 * quoted lines (">") do not count, so quoting someone's command does not repeat it. The first command wins.
 */
export const parseCommand = (body: string): CommentCommand | undefined => {
  let inFence = false;
  for (const raw of body.split('\n')) {
    const line = raw.trimStart();
    if (FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence || !line.startsWith('/')) continue;
    const firstWord = line.split(/\s/, 1)[0]?.toLowerCase() ?? '';
    const command = COMMANDS[firstWord];
    if (command) return command;
  }
  return undefined;
};

/** A command someone gave in a comment: what, and who asked. */
export type GivenCommand = { readonly command: CommentCommand; readonly login: string };

/**
 * The command a comment event gives, shared by the Action's and the app's routers so both answer
 * the same comments. Only a new comment (`created`) gives one: editing an old comment must not
 * repeat it. Bots' comments are filtered out by the routers before this.
 */
export const commandInComment = (
  action: string,
  body: string | null | undefined,
  login: string | undefined,
): GivenCommand | undefined => {
  if (action !== 'created' || !login) return undefined;
  const command = parseCommand(body ?? '');
  return command ? { command, login } : undefined;
};
