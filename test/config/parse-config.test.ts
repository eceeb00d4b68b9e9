import { describe, expect, it } from 'vitest';
import { ConfigError } from '#src/config/config-error.ts';
import { parseConfig } from '#src/config/parse-config.ts';
import { defaultConfig } from '#src/config/schema.ts';

const problemsOf = (text: string): readonly string[] => {
  try {
    parseConfig(text);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('parseConfig', () => {
  it.each([
    ['a missing file', undefined],
    ['an empty file', ''],
    ['a file of comments only', '# nothing configured yet\n'],
    ['an explicit null document', '~\n'],
  ])('gives the defaults for %s', (_name, text) => {
    expect(parseConfig(text)).toEqual(defaultConfig());
  });

  it('fills defaults around the options a user sets', () => {
    const config = parseConfig('rules:\n  stale:\n    days: 30\nlabels:\n  ready:\n    name: "status: ready"\n');
    expect(config.rules.stale.days).toBe(30);
    expect(config.rules.stale.exemptLabels).toEqual(['pinned', 'security']);
    expect(config.labels.ready).toEqual({
      name: 'status: ready',
      color: '0e8a16',
      description: expect.stringContaining('Ready'),
    });
    expect(config.labels.needsRefinement.name).toBe('needs-refinement');
  });

  it.each([
    ['rules:\n  stale:\n    days: sixty\n', 'rules.stale.days must be a number (got "sixty")'],
    ['rules:\n  stale:\n    days: -3\n', 'rules.stale.days must be greater than 0 (got -3)'],
    [
      'rules:\n  tooBig:\n    maxSize: HUGE\n',
      'rules.tooBig.maxSize must be one of "XXS", "XS", "S", "M", "L", "XL", "XXL" (got "HUGE")',
    ],
    [
      'readiness:\n  require: [vague, nope]\n',
      'readiness.require[1] must be one of "acceptance-criteria", "estimate", "too-big", "vague", "stale", "blocked", "unprioritized" (got "nope")',
    ],
    ['rulez: {}\n', 'rulez is not a known option (remove it or check its spelling)'],
    [
      'labels:\n  ready:\n    colour: red\n',
      'labels.ready.colour is not a known option (remove it or check its spelling)',
    ],
    ['agenda:\n  leadDays: "7"\n', 'agenda.leadDays must be a number (got "7")'],
    ['comment:\n  onReady: archive\n', 'comment.onReady must be one of "update", "delete" (got "archive")'],
  ])('explains %j', (text, problem) => {
    expect(problemsOf(text)).toEqual([problem]);
  });

  it('lists every problem at once, each with its path', () => {
    const problems = problemsOf('rules:\n  stale:\n    days: sixty\n  vague:\n    minWords: lots\nextra: 1\n');
    expect(problems).toEqual(
      expect.arrayContaining([
        'rules.stale.days must be a number (got "sixty")',
        'rules.vague.minWords must be a number (got "lots")',
        'extra is not a known option (remove it or check its spelling)',
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('names the file in the message', () => {
    expect(() => parseConfig('rules: [1]', 'config/bh.yml')).toThrow(
      'Invalid config in config/bh.yml: rules must be a mapping (got [1])',
    );
  });

  it.each([
    ['a YAML syntax error', 'rules:\n  stale: {days: 3\n', /YAML syntax error/],
    ['a duplicate key', 'rules: {}\nrules: {}\n', /YAML syntax error at line 2, column 1: Map keys must be unique/],
    ['a list at the top', '- a\n- b\n', /the file must be a mapping of options \(got a list\)/],
    ['a scalar at the top', 'hello\n', /the file must be a mapping of options \(got "hello"\)/],
  ])('rejects %s with a readable message', (_name, text, message) => {
    expect(() => parseConfig(text)).toThrow(message);
  });
});
