import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genericTitleReason, titleWords } from '#src/rules/vague-titles.ts';
import { isWordCode } from '#src/rules/vague-words.ts';

describe('titleWords', () => {
  it.each([
    ["Doesn't work!", ['doesnt', 'work']],
    ['Booking page shows wrong slots for hosts', ['booking', 'page', 'shows', 'wrong', 'slots', 'for', 'hosts']],
    ['[Feature]: CSV export', ['feature', 'csv', 'export']],
    ['It’s `broken` — again', ['its', 'broken', 'again']],
    ['Feiertage automatisch blockieren', ['feiertage', 'automatisch', 'blockieren']],
    ['', []],
    ["'''", []],
  ])('splits %j', (title, expected) => {
    expect(titleWords(title)).toEqual(expected);
  });

  it('gives the same words as appending one character at a time', () => {
    const reference = (text: string): string[] => {
      const lower = text.toLowerCase();
      const words: string[] = [];
      let word = '';
      for (let i = 0; i < lower.length; i++) {
        const code = lower.charCodeAt(i);
        if (isWordCode(code)) word += lower[i];
        else if (code !== 39 && code !== 0x2019 && code !== 96 && word) {
          words.push(word);
          word = '';
        }
      }
      if (word) words.push(word);
      return words;
    };
    const title = fc
      .array(fc.constantFrom('a', 'B', 'é', 'İ', '9', ' ', "'", '’', '`', '-', '!', '😀', 'ß'), { maxLength: 20 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(title, (text) => {
        expect(titleWords(text)).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('genericTitleReason', () => {
  it.each([
    ['fix bug', true],
    ["Doesn't work", true],
    ['[Bug]: ', true],
    ['Add working hours per weekday', false],
  ])('judges %j (generic: %s)', (title, generic) => {
    expect(genericTitleReason(title) !== undefined).toBe(generic);
  });
});
