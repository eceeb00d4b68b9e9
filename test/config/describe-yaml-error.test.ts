import { describe, expect, it } from 'vitest';
import { parseConfig } from '#src/config/parse-config.ts';

const messageFor = (text: string, file = 'bh.yml'): string => {
  try {
    parseConfig(text, file);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the config parsed without an error');
};

describe('YAML syntax errors in a config file', () => {
  it.each([
    [
      'an unclosed flow list',
      'rules:\n  stale:\n    days: [60\nlabels: x\n',
      [
        'Invalid config in bh.yml: YAML syntax error at line 4, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]',
        '  3 |     days: [60',
        '  4 | labels: x',
        '    | ^',
      ],
    ],
    [
      'a tab as indentation',
      'rules:\n\tstale: 1\n',
      [
        'Invalid config in bh.yml: YAML syntax error at line 2, column 1: Tabs are not allowed as indentation',
        '  1 | rules:',
        '  2 | \tstale: 1',
        '    | ^',
      ],
    ],
    [
      'a duplicate key',
      'a: 1\na: 2\n',
      [
        'Invalid config in bh.yml: YAML syntax error at line 2, column 1: Map keys must be unique',
        '  1 | a: 1',
        '  2 | a: 2',
        '    | ^',
      ],
    ],
    [
      'a quote never closed, at the end of the file',
      'rules:\n  stale:\n    days: "60\n',
      [
        'Invalid config in bh.yml: YAML syntax error at line 4, column 1: Missing closing "quote',
        '  3 |     days: "60',
        '  4 |',
        '    | ^',
      ],
    ],
  ])('%s: names the line and column, then shows the line with a caret', (_case, text, expected) => {
    expect(messageFor(text).split('\n')).toEqual(expected);
  });

  it('puts the caret under the column, indented under its bullet when there are several problems', () => {
    const text = `${'# a comment\n'.repeat(9)}labels:\n  ready: {name: "ready", color: [}\n`;
    const lines = messageFor(text).split('\n');
    expect(lines[0]).toMatch(/^Invalid config in bh\.yml:$/);
    expect(lines[1]).toBe(
      '  - YAML syntax error at line 11, column 34: Flow sequence in block collection must be sufficiently indented and end with a ]',
    );
    const [source = '', caret = ''] = [lines[2], lines[3]];
    expect(source).toBe('      11 |   ready: {name: "ready", color: [}');
    expect(caret.indexOf('^')).toBe(source.indexOf('[}') + 1);
    expect(lines.some((line) => line.endsWith(':') && line !== lines[0])).toBe(false);
  });
});
