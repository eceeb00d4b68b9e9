import { REPLY_MARKER_PREFIX, replyMarker } from '#src/plan/reply-marker.ts';

/** Starts this tool's replies to comment commands, so routers never mistake them for people's comments. */
export const COMMAND_REPLY_MARKER = REPLY_MARKER_PREFIX;

/** The one polite reply to someone without write access who used a command; its marker names them. */
export const commandDeniedReply = (login: string, command: string): string =>
  [
    replyMarker(login),
    `@${login} thanks — only people with write access to this repository can use \`/${command}\`. A maintainer can pin the issue as ready with \`/ready\` or remove the pin with \`/refine\`.`,
  ].join('\n');
