import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureText, placeholderIndex } from '#src/rules/vague-placeholders.ts';

describe('measureText', () => {
  const index = placeholderIndex([]);
  const counts = (text: string) => {
    const { words, placeholderWords } = measureText(text, index);
    return { words, placeholderWords };
  };

  it.each([
    ['a plain sentence', 'Invitees get an e-mail for every change that affects them', 11],
    ['upper-case ASCII', 'THE INVITEE SEES A CONFIRMATION WITHIN A SECOND', 8],
    ['typographic punctuation', 'Support’s queue — twelve tickets a week … mostly availability', 8],
    ['non-ASCII letters', 'Die Feiertage müssen für jedes Land wählbar sein', 8],
  ])('counts the words of %s', (_case, text, words) => {
    expect(counts(text)).toEqual({ words, placeholderWords: 0 });
  });

  it('counts the same whatever the case, with letters that lower-case to other characters', () => {
    const text = fc
      .array(
        fc.constantFrom(
          'Describe',
          'THE',
          'bug',
          'Σ',
          'İ',
          '\u212a',
          'é',
          'Ö',
          '’',
          '—',
          '…',
          "'",
          ' ',
          '  ',
          '.',
          'Go',
          'to',
          "'...'",
          'TBD',
          'team',
          'slots',
        ),
        { maxLength: 14 },
      )
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(text, (value) => JSON.stringify(counts(value)) === JSON.stringify(counts(value.toLowerCase()))),
      { numRuns: 2000 },
    );
  });
});
