import { describe, expect, it } from 'vitest';
import { commandInComment, parseCommand } from '#src/use-cases/parse-command.ts';

describe('parseCommand', () => {
  it.each([
    ['/ready', 'ready'],
    ['/READY', 'ready'],
    ['  /refine we need a design first', 'refine'],
    ['Agreed in refinement today.\n/ready', 'ready'],
    ['/refine\n/ready', 'refine'],
    ['```\n/ready\n```\n/refine', 'refine'],
  ])('finds the command in %j', (body, command) => {
    expect(parseCommand(body)).toBe(command);
  });

  it.each([
    'Looks ready to me',
    'we could say /ready here',
    '> /ready',
    '```sh\n/ready\n```',
    '/readyness check',
    '/ready-ish',
    '',
  ])('finds no command in %j', (body) => {
    expect(parseCommand(body)).toBeUndefined();
  });
});

describe('commandInComment', () => {
  it('gives the command of a new comment, with who gave it', () => {
    expect(commandInComment('created', 'Agreed today.\n/ready', 'maintainer-maria')).toEqual({
      command: 'ready',
      login: 'maintainer-maria',
    });
  });

  it.each<[string, string, string | null, string | undefined]>([
    ['an edited comment (editing must not repeat a command)', 'edited', '/ready', 'maintainer-maria'],
    ['a comment without a command', 'created', 'Looks good to me', 'maintainer-maria'],
    ['a comment with no body', 'created', null, 'maintainer-maria'],
    ['a comment from nobody known', 'created', '/ready', undefined],
  ])('gives nothing for %s', (_case, action, body, login) => {
    expect(commandInComment(action, body, login)).toBeUndefined();
  });
});
