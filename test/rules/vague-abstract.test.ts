import { describe, expect, it } from 'vitest';
import { parseBody } from '#src/markdown/parse-body.ts';
import { abstractWords } from '#src/rules/vague-abstract.ts';

describe('abstractWords', () => {
  it.each([
    [
      'A lot of things could be better. The overall experience needs polish and several parts feel unfinished; we should improve everything.',
      true,
    ],
    ['Hay varias cosas que mejorar en general, todo debería funcionar mejor y la experiencia no es la mejor.', true],
    ['Search results on the catalogue page are sorted by date. Sort them by relevance by default.', false],
    ['Things could be better overall: the `export` command improves nothing and everything is slow.', false],
    ['Everything should be better, see https://example.com/report for the overall list of improvements.', false],
    ['Improve it.', false],
    ['We talked about many things in the meeting; the team should pick up the remaining points next sprint.', true],
    ['We need a bolder vision: the product should inspire people and feel truly modern, not just functional.', true],
    ['На встрече обсудили разные темы, команде нужно решить, что делать с оставшимися пунктами.', true],
    [
      'Next sprint the team should pick up the remaining items of the billing epic: proration on plan changes and the VAT check at signup.',
      false,
    ],
  ])('finds only general terms in %j: %s', (body, expected) => {
    expect(abstractWords(body, parseBody(body)) !== undefined).toBe(expected);
  });

  it('returns the general words it found, for the reason to quote', () => {
    const body = 'Several things should be better overall and everything improved.';
    expect(abstractWords(body, parseBody(body))).toEqual([
      'several',
      'things',
      'better',
      'overall',
      'everything',
      'improved',
    ]);
  });
});
