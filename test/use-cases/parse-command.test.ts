import { describe, expect, it } from 'vitest';
import { parseCommand } from '#src/app/parse-command.ts';

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
