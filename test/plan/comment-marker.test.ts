import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commentMarker, hashText, readCommentMarker } from '#src/plan/comment-marker.ts';

/** Reference FNV-1a 64 with BigInt, to check the two-halves arithmetic. */
const referenceFnv = (text: string): string => {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
};

describe('hashText', () => {
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('matches the published FNV-1a 64 test vector for %j', (text, expected) => {
    expect(hashText(text)).toBe(expected);
  });

  it('agrees with a BigInt reference on arbitrary text, including emoji and accents', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => hashText(text) === referenceFnv(text)),
    );
  });

  it('agrees with the reference on any UTF-16 code units, lone surrogates included (encoded as U+FFFD)', () => {
    const codeUnits = fc
      .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 60 })
      .map((units) => String.fromCharCode(...units));
    fc.assert(fc.property(codeUnits, (text) => hashText(text) === referenceFnv(text)));
  });

  it.each([
    ['a lone high surrogate', 'a\ud83d b'],
    ['a lone low surrogate', '\ude00x'],
    ['a reversed pair', '\ude00\ud83d'],
    ['a surrogate at the very end', 'done \ud83d'],
    ['a two-byte, three-byte and four-byte character', 'é € 😀'],
  ])('hashes %s like TextEncoder bytes', (_case, text) => {
    expect(hashText(text)).toBe(referenceFnv(text));
  });

  it('hashes long texts (past the reused buffer) and a short one after them like the reference', () => {
    const long = 'Ünïcode 😀 text, '.repeat(30_000);
    expect(hashText(long)).toBe(referenceFnv(long));
    expect(hashText(long.slice(0, 70_000))).toBe(referenceFnv(long.slice(0, 70_000)));
    expect(hashText('foobar')).toBe('85944171f73967e8');
  });

  it('is deterministic and notices a one-character change', () => {
    const reason = 'Add an estimate: a label such as "points: 3".';
    expect(hashText(reason)).toBe(hashText(reason));
    expect(hashText(reason)).not.toBe(hashText(reason.replace('3', '5')));
  });
});

describe('comment marker', () => {
  it.each([
    ['0123456789abcdef', false],
    ['fedcba9876543210', true],
  ])('round-trips hash %s (resolved: %s)', (hash, resolved) => {
    const body = `${commentMarker(hash, resolved)}\nThanks for the issue!`;
    expect(readCommentMarker(body)).toEqual({ hash, resolved });
  });

  it('writes an HTML comment GitHub hides', () => {
    expect(commentMarker('00ff', false)).toBe('<!-- backlog-hygiene:comment hash=00ff state=open -->');
  });

  it.each([
    ['a person’s comment', 'LGTM, I can take this one.'],
    ['a quote of the marker further down', 'As the bot said:\n<!-- backlog-hygiene:comment hash=abcd state=open -->'],
    ['an agenda marker', '<!-- backlog-hygiene:agenda milestone=3 -->'],
    ['a bad state', '<!-- backlog-hygiene:comment hash=abcd state=maybe -->'],
    ['a hash that is not hex', '<!-- backlog-hygiene:comment hash=xyz state=open -->'],
    ['an empty body', ''],
  ])('ignores %s', (_case, body) => {
    expect(readCommentMarker(body)).toBeUndefined();
  });

  it('tolerates leading whitespace and CRLF line endings', () => {
    expect(readCommentMarker('\r\n  <!-- backlog-hygiene:comment hash=abc123 state=resolved -->\r\nDone')).toEqual({
      hash: 'abc123',
      resolved: true,
    });
  });

  it('reads a marker at the top of a huge body without scanning all of it', () => {
    const body = `${commentMarker('beef', false)}\n${'x'.repeat(5_000_000)}`;
    expect(readCommentMarker(body)).toEqual({ hash: 'beef', resolved: false });
  });
});
