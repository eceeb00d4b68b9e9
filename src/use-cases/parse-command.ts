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
