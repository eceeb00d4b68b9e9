/** What the hidden marker on this tool's comment records. */
export type CommentMarker = { readonly hash: string; readonly resolved: boolean };

const PREFIX = '<!-- backlog-hygiene:comment';
// Bounded quantifiers and anchors only: the marker is read from untrusted comment bodies.
const MARKER = /^<!-- backlog-hygiene:comment hash=([0-9a-f]{1,64}) state=(open|resolved) -->/;

/**
 * The hidden first line of the explanation comment. It lets the gateway find the tool's own comment
 * by content (not by author, which changes with tokens) and tells whether the text would change.
 */
export const commentMarker = (hash: string, resolved: boolean): string =>
  `${PREFIX} hash=${hash} state=${resolved ? 'resolved' : 'open'} -->`;

/** Reads the marker from a comment body; undefined when the comment is not this tool's explanation comment. */
export const readCommentMarker = (body: string): CommentMarker | undefined => {
  // Only the start matters; slicing first keeps the scan constant-time on huge comments.
  const match = MARKER.exec(body.slice(0, 200).trimStart());
  if (!match) return undefined;
  return { hash: match[1] ?? '', resolved: match[2] === 'resolved' };
};

const encoder = new TextEncoder();
const PRIME_LOW = 0x1b3;
const TWO_32 = 0x1_0000_0000;

/**
 * FNV-1a (64-bit) of the text's UTF-8 bytes, as 16 hex digits. Not cryptographic — it only has to
 * notice that a rendered comment changed — and pure JavaScript, so the core runs in any runtime.
 * The 64-bit product is done on two 32-bit halves: every intermediate stays below 2^53, so it is exact.
 */
export const hashText = (text: string): string => {
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (const byte of encoder.encode(text)) {
    low = (low ^ byte) >>> 0;
    // prime = 2^40 + 0x1b3: hash * prime = hash * 0x1b3 + (hash << 40)
    const lowProduct = low * PRIME_LOW;
    const carry = Math.floor(lowProduct / TWO_32);
    high = (high * PRIME_LOW + carry + ((low << 8) >>> 0)) >>> 0;
    low = lowProduct >>> 0;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
};
