import { describe, expect, it } from 'vitest';
import { InputError, readInputs } from '#src/action/read-inputs.ts';

const inputs = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const base = { 'github-token': 'ghs_abc' };

describe('readInputs', () => {
  it('fills the documented defaults', () => {
    expect(readInputs(inputs(base))).toEqual({
      token: 'ghs_abc',
      configPath: '.github/backlog-hygiene.yml',
      dryRun: false,
      maxWrites: 100,
      maxPoints: 500,
    });
  });

  it.each([
    ['true', true],
    ['false', false],
    ['TRUE', true],
    [' false ', false],
  ])('reads dry-run %j as %s', (value, expected) => {
    expect(readInputs(inputs({ ...base, 'dry-run': value })).dryRun).toBe(expected);
  });

  it.each([
    ['dry-run', 'yes', 'Invalid input dry-run: expected "true" or "false" (got "yes")'],
    ['dry-run', '1', 'Invalid input dry-run: expected "true" or "false" (got "1")'],
    ['max-writes', '0', 'Invalid input max-writes: expected a positive whole number such as 100 (got "0")'],
    ['max-writes', '-5', 'Invalid input max-writes: expected a positive whole number such as 100 (got "-5")'],
    ['max-writes', '2.5', 'Invalid input max-writes: expected a positive whole number such as 100 (got "2.5")'],
    ['max-writes', 'fifty', 'Invalid input max-writes: expected a positive whole number such as 100 (got "fifty")'],
    ['max-points', '0', 'Invalid input max-points: expected a positive whole number such as 500 (got "0")'],
    ['max-points', 'lots', 'Invalid input max-points: expected a positive whole number such as 500 (got "lots")'],
    ['github-token', ' ', 'Missing input github-token'],
  ])('rejects %s = %j with a message naming the input and the value', (name, value, message) => {
    const read = () => readInputs(inputs({ ...base, [name]: value }));
    expect(read).toThrow(InputError);
    expect(read).toThrow(message);
  });

  it('takes max-writes and config-path as given', () => {
    expect(readInputs(inputs({ ...base, 'max-writes': '250', 'config-path': '.github/hygiene.yaml' }))).toMatchObject({
      maxWrites: 250,
      configPath: '.github/hygiene.yaml',
    });
  });
});
