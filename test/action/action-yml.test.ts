import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toOutputs } from '#src/action/outputs.ts';

type ActionYml = {
  name: string;
  branding: { icon: string; color: string };
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
};

const root = join(import.meta.dirname, '..', '..');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as ActionYml;

describe('action.yml', () => {
  it('runs the committed bundle on Node 24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding).toEqual({ icon: 'check-square', color: 'green' });
  });

  it('declares exactly the inputs the Action reads, each described, with the documented defaults', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([
      'config-path',
      'dry-run',
      'github-token',
      'max-points',
      'max-writes',
    ]);
    expect(action.inputs['dry-run']?.default).toBe('false');
    expect(action.inputs['max-writes']?.default).toBe('100');
    expect(action.inputs['max-points']?.default).toBe('500');
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(20);
  });

  it('declares exactly the outputs the Action sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.keys(toOutputs(undefined)).sort());
  });

  it.each(['ci.yml', 'smoke.yml', 'backlog-hygiene.yml'])('.github/workflows/%s is valid YAML', (file) => {
    expect(() => parse(readFileSync(join(root, '.github', 'workflows', file), 'utf8'))).not.toThrow();
  });

  it('the example workflow asks only for the permissions the Action needs', () => {
    const workflow = parse(readFileSync(join(root, '.github', 'workflows', 'backlog-hygiene.yml'), 'utf8')) as {
      permissions: unknown;
    };
    expect(workflow.permissions).toEqual({ issues: 'write', contents: 'read' });
  });
});
