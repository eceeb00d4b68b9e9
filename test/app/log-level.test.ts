import { describe, expect, it } from 'vitest';
import { DEFAULT_LOG_LEVEL, withLogDefault } from '#src/app/middleware.ts';

describe('the log level', () => {
  it.each([
    ['unset', {}, 'warn'],
    ['empty', { LOG_LEVEL: ' ' }, 'warn'],
    ['set', { LOG_LEVEL: 'debug' }, 'debug'],
  ])('LOG_LEVEL %s (%j) gives level %s', (_name, env, level) => {
    expect(withLogDefault(env).LOG_LEVEL).toBe(level);
  });

  it('defaults to what the README documents', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile('README.md', 'utf8');
    expect(readme).toMatch(
      new RegExp(`\\| \`LOG_LEVEL\` +\\| \`trace\` … \`fatal\` \\(default \`${DEFAULT_LOG_LEVEL}\`\\)`),
    );
  });
});
