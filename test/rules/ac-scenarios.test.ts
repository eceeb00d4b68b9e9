import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBody } from '#src/markdown/parse-body.ts';
import { countScenarios } from '#src/rules/ac-scenarios.ts';
import { textLines } from '#src/rules/ac-text-lines.ts';

describe('countScenarios', () => {
  it.each([
    [
      'Given/When/Then lines',
      'Given a host with working hours\nWhen an invitee opens the page\nThen only free slots show',
      1,
    ],
    ['bold keywords', '**Given** a host\n**When** they save\n**Then** the week view updates', 1],
    ['Russian keywords', 'Допустим хост задал часы\nКогда гость открывает страницу\nТогда видны свободные слоты', 1],
    ['French keywords with accents', 'Étant donné un hôte\nQuand il enregistre\nAlors la semaine change', 1],
    ['a Then without a Given or When', 'Then it works', 0],
    ['keywords inside sentences', 'We are given a list. Then we wait.', 0],
    ['words that only start like keywords', 'Giving a host hours\nWhenever possible\nThereafter slots show', 0],
    ['upper-case keywords', 'GIVEN a host\nWHEN they save\nTHEN the week view updates', 1],
    ['German keywords', 'Gegeben sei ein Team\nWenn die Leitung speichert\nDann sind Feiertage belegt', 1],
    [
      'Spanish keywords after bold markers',
      '__Dado__ un anfitrión\n__Cuando__ guarda\n__Entonces__ cambia la semana',
      1,
    ],
    ['one-letter lines between steps', 'Given a host\nG\nThen it shows', 1],
  ])('counts %s', (_case, body, expected) => {
    expect(countScenarios(body, parseBody(body))).toBe(expected);
  });

  it('counts the same as running the keyword regex on every prose line', () => {
    const KEYWORD = /^(?:\*\*|__)?((?:gegeben sei|étant donné|etant donne)|[\p{L}]{2,10})(?:\*\*|__)?[\s,:]+\S/u;
    const STEP: Record<string, string> = {
      given: 'g',
      dado: 'g',
      étant: 'x',
      soit: 'g',
      допустим: 'g',
      when: 'w',
      quand: 'w',
      когда: 'w',
      then: 't',
      alors: 't',
      тогда: 't',
    };
    const reference = (body: string) => {
      let count = 0;
      let open = false;
      for (const line of textLines(body)) {
        const match = KEYWORD.exec(line.slice(0, 40));
        const step = match ? STEP[(match[1] as string).toLowerCase()] : undefined;
        if (step === 'g' || step === 'w') open = true;
        else if (step === 't' && open) {
          count++;
          open = false;
        }
      }
      return count;
    };
    const line = fc
      .array(
        fc.constantFrom(
          'Given',
          'GIVEN',
          'given',
          'When',
          'Then',
          'THEN',
          'Thenx',
          'Soit',
          'Quand',
          'Alors',
          'Когда',
          'Тогда',
          'Допустим',
          '**',
          '__',
          ' ',
          ',',
          ':',
          'a',
          'host',
          'x',
        ),
        { maxLength: 6 },
      )
      // No leading spaces or list markers: indented code and list items are read by other paths.
      .map((parts) => parts.join('').trimStart());
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const body = lines.join('\n');
        return countScenarios(body, parseBody(body)) === reference(body);
      }),
      { numRuns: 1000 },
    );
  });
});
