import { describe, expect, it } from 'vitest';
import { wrapText } from '#src/report/wrap-text.ts';

const sentence = 'Add an estimate: a label such as "points: 3" or a line "Story points: 5" in the body.';

describe('wrapText', () => {
  it.each([
    ['no width (a pipe or a file)', undefined, [sentence]],
    ['a width too narrow to be useful', 12, [sentence]],
    [
      'a width of 30',
      30,
      ['Add an estimate: a label such', 'as "points: 3" or a line', '"Story points: 5" in the body.'],
    ],
    ['a width the text fits in', 200, [sentence]],
  ])('%s', (_case, width, expected) => {
    expect(wrapText(sentence, width)).toEqual(expected);
  });

  it('keeps a word longer than the width whole, on a line of its own', () => {
    const url = 'https://github.com/acme/webshop/issues/1234567890';
    expect(wrapText(`see ${url} now`, 20)).toEqual(['see', url, 'now']);
  });

  it('never loses a word', () => {
    const lines = wrapText(sentence, 25);
    expect(lines.join(' ')).toBe(sentence);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(25);
  });
});
