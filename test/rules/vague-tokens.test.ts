import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokens } from '#src/rules/vague-tokens.ts';
import { WORD_CLASS } from '#src/rules/vague-words.ts';

/** The regex tokenizer the char-code scan replaced, kept here as the reference. */
const TOKEN = new RegExp(`[${WORD_CLASS}]+(?:'[${WORD_CLASS}]+)*|\\.{2,}|\\u2026`, 'g');
const regexTokens = (text: string): string[] =>
  [...text.toLowerCase().replace(/[’‘]/g, "'").matchAll(TOKEN)].map((match) =>
    match[0].startsWith('.') ? '…' : match[0],
  );

describe('tokens', () => {
  it.each([
    ['a sentence', 'Describe the bug.', ['describe', 'the', 'bug']],
    [
      'apostrophes inside words',
      "I'm always frustrated when you’d wait",
      ["i'm", 'always', 'frustrated', 'when', "you'd", 'wait'],
    ],
    ['quotes around words are not joiners', "Go to '...'", ['go', 'to', '…']],
    ['dots and ellipses become one token', "Click on '....' … then.", ['click', 'on', '…', '…', 'then']],
    ['a trailing apostrophe', "teams' calendars", ['teams', 'calendars']],
    [
      'accents and other scripts',
      'Критерии приёмки für Teams 验收标准',
      ['критерии', 'приёмки', 'für', 'teams', '验收标准'],
    ],
    ['nothing but punctuation', '-- !? ,', []],
  ])('splits %s', (_case, text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });

  it('gives the same tokens as the regex tokenizer on any mix of words, quotes and dots', () => {
    const text = fc
      .array(
        fc.constantFrom(
          'a',
          'Z',
          '9',
          'é',
          'Σ',
          'İ',
          'я',
          '验',
          "'",
          '’',
          '‘',
          '.',
          '..',
          '…',
          ' ',
          '-',
          '[',
          '😀',
          '\u00d7',
          '\u00f7',
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (value) => JSON.stringify(tokens(value)) === JSON.stringify(regexTokens(value))),
      { numRuns: 3000 },
    );
  });
});
