import { describe, expect, it } from 'vitest';
import { textLines } from '#src/rules/ac-text-lines.ts';

describe('textLines', () => {
  it.each([
    [
      'plain prose with list markers and task boxes',
      'Story points: 5\n\n- [ ] Hours per weekday\n1. Open the page',
      ['Story points: 5', 'Hours per weekday', 'Open the page'],
    ],
    ['a fenced example', 'Estimate: 3\n```yaml\nEstimate: 8\n```\nDone', ['Estimate: 3', 'Done']],
    ['a tilde fence', '~~~\nGiven hidden\n~~~\nGiven shown', ['Given shown']],
    [
      'an HTML comment over several lines',
      'Before <!-- Story points: 5\nstill hidden\n--> after\nNext',
      ['Before', 'after', 'Next'],
    ],
    ['a one-line comment', '<!-- Estimate: 8 -->Estimate: 2', ['<!-- Estimate: 8 -->Estimate: 2']],
    ['a quoted line', '> Given a quoted host', ['Given a quoted host']],
  ])('reads %s', (_case, body, expected) => {
    expect(textLines(body)).toEqual(expected);
  });
});
