import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBody, parseBodyWithMarkdownIt } from '#src/markdown/parse-body.ts';
import { simpleBlockTokens } from '#src/markdown/simple-blocks.ts';

const STORY = [
  '## User story',
  '',
  'As a host, I want working hours per weekday, so that nobody books me outside office hours.',
  'Today every team uses one global window.',
  '',
  '## Acceptance criteria',
  '',
  '- [ ] Hours can differ per weekday',
  '- [x] Existing bookings never move',
  '',
  '**Steps to reproduce**',
  'Steps to reproduce the behavior:',
  "1. Go to '...'",
  "2. Click on '....'",
  '',
  '_No response_',
  '',
  '#42 blocks this; Estimate: 3',
].join('\n');

describe('simpleBlockTokens fast path', () => {
  it.each([
    ['a story with headings, paragraphs, tasks and steps', STORY],
    ['an unfilled issue form', '### Problem\n\n_No response_\n\n### Estimate\n\n_No response_'],
    ['a list after a blank line and a new marker', '- one\n- two\n\n* three\n\n1) first\n2) second'],
    ['an empty body', ''],
  ])('takes %s and gives the document markdown-it gives', (_case, body) => {
    expect(simpleBlockTokens(body)).toBeDefined();
    expect(parseBody(body)).toEqual(parseBodyWithMarkdownIt(body));
  });

  it.each([
    ['an indented line', 'Text\n    code'],
    ['a quote', '> quoted'],
    ['a fenced code block', '```js\nx\n```'],
    ['an HTML comment line', '<!-- hidden -->\nText'],
    ['a table', '| Estimate | 3 |\n| --- | --- |'],
    ['a link reference definition', '[docs]: https://example.com'],
    ['a thematic break', 'Text\n\n---'],
    ['a setext heading', 'Title\n====='],
    ['a lazy continuation line under a list item', '- item\ncontinued'],
    ['an ordered list not starting at 1 under a paragraph', 'Text\n2. step'],
    ['a nested list on one line', '- - nested'],
    ['a heading with a closing sequence', '## Title ##'],
    ['an empty list item', 'Text\n\n-'],
    ['a tab', 'Text\twith tab'],
  ])('leaves %s to markdown-it', (_case, body) => {
    expect(simpleBlockTokens(body)).toBeUndefined();
    expect(parseBody(body)).toEqual(parseBodyWithMarkdownIt(body));
  });

  // Lines close to the edges of the fast path: every body it accepts must parse exactly as markdown-it parses it.
  const line = fc.constantFrom(
    '',
    '',
    'Plain text here.',
    'More text',
    '# Title',
    '## Acceptance criteria',
    '####### seven',
    '#tag',
    '#',
    '## ',
    'Title #',
    '- item',
    '- [ ] task',
    '- [x] done',
    '* star',
    '+ plus',
    '-x',
    '--',
    '- ',
    '-',
    '***',
    '**Bold:**',
    '*em* text',
    '_No response_',
    '___',
    '1. one',
    '2. two',
    '1) one',
    '10. ten',
    '1.5 hours',
    '1.',
    '1234567890. big',
    '- 1. nested',
    '- # heading',
    '- > quote',
    '> quote',
    '<div>',
    ' indented',
    '    code',
    '```',
    '~~~',
    '=====',
    '-----',
    'a | b',
    '[x]: y',
    '[link](url) text',
    '\\# escaped',
    'Given a host\u00a0',
    '- \u00a0',
    'Text  ',
    'Ünïcödé text',
    'tab\there',
  );
  const body = fc.array(line, { maxLength: 14 }).map((lines) => lines.join('\n'));

  it('gives the same document as markdown-it for every body it accepts', () => {
    fc.assert(
      fc.property(body, (text) => {
        if (simpleBlockTokens(text) === undefined) return true;
        expect(parseBody(text)).toEqual(parseBodyWithMarkdownIt(text));
        return true;
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts most plain bodies, so the fast path is taken', () => {
    const plain = fc.array(
      fc.constantFrom('', 'Plain text here.', '## Context', '- item', '- [ ] task', '1. one', '**Bold:**'),
      { maxLength: 12 },
    );
    let accepted = 0;
    fc.assert(
      fc.property(plain, (lines) => {
        if (simpleBlockTokens(lines.join('\n')) !== undefined) accepted++;
        return true;
      }),
      { numRuns: 500 },
    );
    expect(accepted).toBeGreaterThan(250);
  });
});
