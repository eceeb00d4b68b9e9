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

const PRIME_LOW = 0x1b3;
const TWO_32 = 0x1_0000_0000;
const REPLACEMENT = 0xfffd;

/**
 * FNV-1a (64-bit) of the text's UTF-8 bytes, as 16 hex digits. Not cryptographic — it only has to
 * notice that a rendered comment changed — and pure JavaScript, so the core runs in any runtime.
 * The 64-bit product is done on two 32-bit halves: every intermediate stays below 2^53, so it is exact.
 * The UTF-8 bytes are produced inline (as TextEncoder would, lone surrogates as U+FFFD) instead of
 * encoding into a buffer first: the hash runs for every comment rendered, so no allocation per call.
 */
export const hashText = (text: string): string => {
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  const mix = (byte: number) => {
    low = (low ^ byte) >>> 0;
    // prime = 2^40 + 0x1b3: hash * prime = hash * 0x1b3 + (hash << 40)
    const lowProduct = low * PRIME_LOW;
    const carry = Math.floor(lowProduct / TWO_32);
    high = (high * PRIME_LOW + carry + ((low << 8) >>> 0)) >>> 0;
    low = lowProduct >>> 0;
  };
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      mix(code);
      continue;
    }
    if (code < 0x800) {
      mix(0xc0 | (code >> 6));
      mix(0x80 | (code & 0x3f));
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const point = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
        mix(0xf0 | (point >> 18));
        mix(0x80 | ((point >> 12) & 0x3f));
        mix(0x80 | ((point >> 6) & 0x3f));
        mix(0x80 | (point & 0x3f));
        continue;
      }
      code = REPLACEMENT;
    }
    mix(0xe0 | (code >> 12));
    mix(0x80 | ((code >> 6) & 0x3f));
    mix(0x80 | (code & 0x3f));
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
};
