/** Starts this tool's replies to refused comment commands. */
export const REPLY_MARKER_PREFIX = '<!-- backlog-hygiene:command-reply';

// GitHub logins: letters, digits and single hyphens, at most 39 characters ("[bot]" for apps).
// Bounded and anchored: the marker is read from untrusted comment bodies.
const MARKER = /^<!-- backlog-hygiene:command-reply to=@([A-Za-z0-9-]{1,39}(?:\[bot\])?) -->/;

/**
 * The hidden first line of a reply to someone whose command was refused. It names the person, so
 * a later refused command from them on the same issue finds it and gets no second reply.
 */
export const replyMarker = (login: string): string => `${REPLY_MARKER_PREFIX} to=@${login} -->`;

/** The login a reply was for (lower case), or undefined when the body is not such a reply. */
export const readReplyMarker = (body: string): string | undefined =>
  MARKER.exec(body.slice(0, 120).trimStart())?.[1]?.toLowerCase();
