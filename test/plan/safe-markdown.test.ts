import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inlineMarkdown } from '#src/plan/safe-markdown.ts';

describe('inlineMarkdown', () => {
  it.each([
    ['plain text untouched', 'Add working hours per weekday', 'Add working hours per weekday'],
    [
      'line breaks and runs of spaces folded',
      '  Booking page\n\n shows   wrong slots ',
      'Booking page shows wrong slots',
    ],
    ['HTML escaped', 'Close the <!-- marker --> early', 'Close the &lt;!-- marker --&gt; early'],
    ['pipes escaped for tables', 'iOS | Android', 'iOS \\| Android'],
    ['mentions defused', 'Ask @alice and @bob-team', 'Ask @&#8203;alice and @&#8203;bob-team'],
    ['a lone @ kept', 'meet @ 10:00, mail me@', 'meet @ 10:00, mail me@'],
    [
      'a Markdown link in a title stays text',
      '[Click here](https://evil.example/x) now',
      '\\[Click here\\](https&#8203;://evil.example/x) now',
    ],
    ['an image stays text', '![x](https://t.example/p.png)', '!\\[x\\](https&#8203;://t.example/p.png)'],
    ['bare addresses are not linked', 'see www.evil.example', 'see www&#8203;.evil.example'],
    ['everything at once', '<b>@mara</b> | done', '&lt;b&gt;@&#8203;mara&lt;/b&gt; \\| done'],
  ])('%s', (_case, text, expected) => {
    expect(inlineMarkdown(text)).toBe(expected);
  });

  it.each([
    ['shorter than the limit', 'Fix slots', 20, 'Fix slots'],
    ['exactly the limit', 'Fix slots', 9, 'Fix slots'],
    ['longer than the limit', 'Booking page shows wrong slots', 13, 'Booking page…'],
    ['never mid-word when a space is near', 'Reschedule link returns 404 for guests', 20, 'Reschedule link…'],
    ['mid-word only without a nearby space', 'Internationalisation everywhere', 10, 'Internati…'],
    ['emoji count as one character each', '😀😀😀 ok', 6, '😀😀😀 ok'],
    ['emoji cut at a code point, never inside a pair', '😀😀😀😀 ok', 3, '😀😀…'],
  ])('limits the length: %s', (_case, text, limit, expected) => {
    expect(inlineMarkdown(text, limit)).toBe(expected);
  });

  it('folds whitespace exactly like replacing every run and trimming, on any mix of spaces', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', ' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u2028', '\ufeff', '.'), {
        maxLength: 30,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (value) => inlineMarkdown(value) === value.replace(/\s+/g, ' ').trim()),
      { numRuns: 2000 },
    );
  });
});
