import { describe, expect, it } from 'vitest';
import { formatJsonError, lineAndColumn } from '#src/input/format-json-error.ts';

const text = '[\n  {"number": 1},\n  {number: 2}\n]';

describe('formatJsonError', () => {
  it.each([
    // The message Node 22 and 24 print for `text`, copied from node -e "JSON.parse(…)".
    [
      'Node 22 and 24',
      "Expected property name or '}' in JSON at position 22 (line 3 column 4)",
      "Expected property name or '}' at line 3, column 4",
    ],
    ['a message with no position', 'Unexpected end of JSON input', 'Unexpected end of JSON input'],
  ])('points at the line on %s', (_node, message, expected) => {
    expect(formatJsonError(message, text)).toBe(expected);
  });

  it("agrees with this runtime's own JSON.parse", () => {
    let message = '';
    try {
      JSON.parse(text);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(formatJsonError(message, text)).toBe("Expected property name or '}' at line 3, column 4");
  });
});

describe('lineAndColumn', () => {
  it.each([
    [0, { line: 1, column: 1 }],
    [2, { line: 2, column: 1 }],
    [19, { line: 3, column: 1 }],
    [22, { line: 3, column: 4 }],
    [10_000, { line: 4, column: 2 }],
  ])('offset %i', (offset, expected) => {
    expect(lineAndColumn(text, offset)).toEqual(expected);
  });
});
