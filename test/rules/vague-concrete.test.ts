import { describe, expect, it } from 'vitest';
import { parseBody } from '#src/markdown/parse-body.ts';
import { namesNothing, namesSomething, whyConcrete } from '#src/rules/vague-concrete.ts';

describe('namesSomething', () => {
  it.each([
    // By shape: a number, quotes, code, a path, an identifier, an acronym, a name in mid-sentence, katakana.
    ['Loading takes 9 seconds', true],
    ['The label says “Sumbit”', true],
    ['Calling `sync` twice hangs', true],
    ['Open /admin/users and wait', true],
    ['userSettings is undefined', true],
    ['Allow exporting to XLSX', true],
    ['the arrow next to Quarterly opens nothing', true],
    ['もっとシンプルなレイアウトが欲しい', true],
    // By a noun for a part of a product, in several languages and inflections.
    ['Move the help link into the sidebar', true],
    ['Los administradores quieren ver los pedidos de ayer', true],
    ['Il faut pouvoir épingler un projet', true],
    ['Die Rechnungen nach Datum sortieren', true],
    ['Нельзя сохранить черновик', true],
    ['登录后跳回首页', true],
    // Wishes, praise and requests of general scope name none.
    ['Make everything feel snappier and more polished', false],
    ['Honestly one of the nicest tools I have tried in ages. You folks nailed it.', false],
    ['Tenemos una buena base pero podemos apuntar mucho más alto', false],
    ['Die Oberfläche wirkt irgendwie altbacken', false],
    ['Improve UX ASAP', false],
    // A quarter or a half of the year says when, not what; a year on a page is a thing to fix.
    ['Vision for Q3: dream big', false],
    ['The footer still says © 2024', true],
    // A whole-word stem does not name the longer word it starts ("form" is not "formas", "precio" not "precioso").
    ['Seria legal pensar em formas de deixar tudo mais agradável', false],
    ['Un trabajo precioso', false],
  ])('%j names something: %s', (text, expected) => {
    expect(namesSomething(text)).toBe(expected);
  });

  it('tells what named the thing', () => {
    expect(whyConcrete('Put the search box in the header')).toBe('search');
    expect(whyConcrete('It should be nicer')).toBeUndefined();
  });
});

describe('namesNothing', () => {
  it.each([
    ['Make it pop', 'It looks kind of dull right now. Could use more energy overall.', true],
    ['Love it!', 'You folks nailed it.', true],
    ['Make it pop', 'It looks dull; the hero image is too dark.', false],
    // Steps, code and tables are concrete by their shape; quotes are someone else's words.
    ['Make it nicer', '- open it\n- go back\n', false],
    ['Make it nicer', '```\nnicer()\n```\n', false],
    ['Make it nicer', '> the button is ugly\n\nAgreed, make it nicer.', true],
    // A concrete title is enough on its own.
    ['Add a dark mode toggle to Settings', '', false],
  ])('%j / %j names nothing: %s', (title, body, expected) => {
    expect(namesNothing(title, body, parseBody(body))).toBe(expected);
  });

  it('leaves long bodies to the other checks', () => {
    const body = 'It should all be nicer and smoother. '.repeat(60);
    expect(namesNothing('Make it nicer', body, parseBody(body))).toBe(false);
  });
});
