import { describe, expect, it } from 'vitest';
import { parseBody } from '#src/markdown/parse-body.ts';

const BODY = [
  '## User story',
  '',
  'As a host, I want working hours per weekday, so that nobody books me outside office hours.',
  '',
  '## Acceptance criteria',
  '',
  '- [ ] Hours can differ per weekday',
  '- [x] Existing bookings never move',
  '',
  '```gherkin',
  'Given a host with hours',
  '```',
  '',
  'Story points: 5',
].join('\n');

describe('parseBody line endings', () => {
  it.each([
    ['Windows line endings (CRLF)', BODY.replaceAll('\n', '\r\n')],
    ['old Mac line endings (CR)', BODY.replaceAll('\n', '\r')],
    ['mixed line endings', BODY.replace('\n', '\r\n').replace('\n\n', '\r\r')],
  ])('reads %s like LF', (_case, body) => {
    expect(parseBody(body)).toEqual(parseBody(BODY));
  });

  it('reads NUL characters as U+FFFD, as markdown-it does', () => {
    const doc = parseBody('Export\0 works');
    expect(doc.preamble).toEqual([{ kind: 'paragraph', text: 'Export\uFFFD works' }]);
  });

  it('keeps the structure of a body with LF line endings', () => {
    const doc = parseBody(BODY);
    expect(doc.sections.map((section) => [section.title, section.blocks.map((block) => block.kind)])).toEqual([
      ['User story', ['paragraph']],
      ['Acceptance criteria', ['task', 'task', 'code', 'paragraph']],
    ]);
  });
});

describe('parseBody and HTML blocks', () => {
  it.each([
    ['an <img> line with text right under it', '<img src="a.png" width="300">\nThe legend covers the bars.'],
    ['an <img> wrapped in <p>', '<p align="center"><img src="a.png"></p>\nThe legend covers the bars.'],
  ])('keeps the text of %s as a paragraph', (_case, body) => {
    expect(parseBody(body).preamble).toEqual([{ kind: 'paragraph', text: 'The legend covers the bars.' }]);
  });

  it.each([
    ['an <img> alone', '<img src="a.png">'],
    ['a comment', '<!-- Describe the bug -->'],
    ['other HTML', '<details><summary>Logs</summary>\nINFO ready\n</details>'],
  ])('adds no block for %s', (_case, body) => {
    expect(parseBody(body).preamble).toEqual([]);
  });
});
