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
// Reused between calls: the hash runs for every comment rendered, and encodeInto fills it without allocating.
let scratch = new Uint8Array(4096);
const MAX_SCRATCH = 1 << 20;

/**
 * FNV-1a (64-bit) of the text's UTF-8 bytes, as 16 hex digits. Not cryptographic — it only has to
 * notice that a rendered comment changed — and pure JavaScript, so the core runs in any runtime.
 * The 64-bit state is kept in four 16-bit limbs so every step is small-integer arithmetic (no
 * floating point, no heap numbers); prime = 2^40 + 0x1b3, so hash * prime = hash * 0x1b3 + (hash << 40).
 */
export const hashText = (text: string): string => {
  // UTF-8 needs at most 3 bytes per UTF-16 unit (a surrogate pair is 4 bytes for 2 units).
  const needed = text.length * 3;
  // A huge text gets a buffer of its own, so one hostile input does not pin megabytes for the rest of the run.
  const bytes =
    needed <= scratch.length
      ? scratch
      : needed <= MAX_SCRATCH
        ? (scratch = new Uint8Array(needed))
        : new Uint8Array(needed);
  const { written } = encoder.encodeInto(text, bytes);
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < written; i++) {
    h0 ^= bytes[i] as number;
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0);
};

const hex4 = (limb: number): string => limb.toString(16).padStart(4, '0');
