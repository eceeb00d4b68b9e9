import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headingTitle } from '#src/markdown/heading-title.ts';
import { inlineText, stripComments } from '#src/markdown/inline-text.ts';

/** Every pass applied unconditionally: the skipped passes of inlineText must never change its result. */
const allPasses = (source: string): string =>
  stripComments(source)
    .replace(/!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)/g, ' ')
    .replace(/<img\b[^>]{0,2000}>/gi, ' ')
    .replace(/\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, '$1')
    .replace(/<\/?[a-z][^>\n]{0,500}>/gi, ' ')
    .replace(/[*_~`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Text made of the characters that trigger (or nearly trigger) each pass, plus letters and every kind of space. */
const markupText = fc
  .array(
    fc.constantFrom(
      'a',
      'B',
      'é',
      ' ',
      '  ',
      '\n',
      '\t',
      '\u00a0',
      '\u3000',
      '\ufeff',
      '!',
      '[',
      ']',
      '(',
      ')',
      '<',
      '>',
      '/',
      'img',
      'b',
      '*',
      '_',
      '~',
      '`',
      '<!--',
      '-->',
      '😀',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('inlineText', () => {
  it.each([
    [
      'a plain sentence unchanged',
      'The invitee sees a confirmation within a second.',
      'The invitee sees a confirmation within a second.',
    ],
    ['emphasis removed', 'The **host** sees _all_ `slots` ~~now~~', 'The host sees all slots now'],
    ['link text kept', 'See [the spec](https://example.com/spec) first', 'See the spec first'],
    ['images dropped', '![screenshot](https://example.com/a.png) shows it', 'shows it'],
    ['HTML images and tags dropped', 'Before <img src="a.png" alt="x"> after <br/> end', 'Before after end'],
    ['comments dropped', 'Keep <!-- hidden hint --> this', 'Keep this'],
    ['soft line breaks folded', 'first line\nsecond line', 'first line second line'],
    ['double spaces folded', 'two  spaces', 'two spaces'],
    ['leading and trailing spaces trimmed', ' padded ', 'padded'],
    ['non-breaking and ideographic spaces folded', 'a\u00a0b\u3000c', 'a b c'],
    ['a lone "!" and "[" kept', 'Wow! [sic]', 'Wow! [sic]'],
    ['an empty text', '', ''],
  ])('%s', (_case, source, expected) => {
    expect(inlineText(source)).toBe(expected);
  });

  it('gives the same text as running every pass, on any mix of markup and spaces', () => {
    fc.assert(
      fc.property(markupText, (text) => inlineText(text) === allPasses(text)),
      { numRuns: 2000 },
    );
  });
});

describe('headingTitle', () => {
  it.each([
    ['a plain title', 'Acceptance criteria', 'Acceptance criteria'],
    ['a trailing colon', 'Acceptance criteria:', 'Acceptance criteria'],
    ['emoji at both ends', '✅ Acceptance criteria ✅', 'Acceptance criteria'],
    ['bold markup', '**Estimate**', 'Estimate'],
    ['a question kept', 'What does done look like?', 'What does done look like?'],
    ['an aside kept', 'Estimate (hours)', 'Estimate (hours)'],
    ['a leading number kept', '1. Steps to reproduce', '1. Steps to reproduce'],
    ['non-Latin letters', 'Критерии приёмки:', 'Критерии приёмки'],
    ['only symbols', '---', ''],
  ])('%s', (_case, raw, expected) => {
    expect(headingTitle(raw)).toBe(expected);
  });

  it('matches the unconditional Unicode trimming on any mix of markup', () => {
    const reference = (raw: string) =>
      allPasses(raw)
        .replace(/^[^\p{L}\p{N}]+/u, '')
        .replace(/[^\p{L}\p{N})?!]+$/u, '')
        .trim();
    const title = fc
      .array(fc.constantFrom('a', 'Z', '9', 'é', ' ', ':', '?', ')', '!', '*', '#', '😀', '✅', '.', '-'), {
        maxLength: 12,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(title, (raw) => headingTitle(raw) === reference(raw)),
      { numRuns: 2000 },
    );
  });
});
