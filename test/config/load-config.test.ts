import { describe, expect, it } from 'vitest';
import { loadConfig, parseExtends, type ConfigLocation } from '#src/config/load-config.ts';

const files = (entries: Record<string, string>) => async (at: ConfigLocation) =>
  entries[`${at.owner}/${at.repo}:${at.path}`];
const here: ConfigLocation = { owner: 'acme', repo: 'web', path: '.github/backlog-hygiene.yml' };

describe('loadConfig', () => {
  it('returns undefined when the repository has no config, so callers can tell "not configured" from defaults', async () => {
    expect(await loadConfig(here, files({}))).toBeUndefined();
  });

  it('merges an organisation-wide base under the repository file', async () => {
    const config = await loadConfig(
      here,
      files({
        'acme/web:.github/backlog-hygiene.yml': '_extends: .github\nrules:\n  stale:\n    days: 30\n',
        'acme/.github:.github/backlog-hygiene.yml':
          'rules:\n  stale:\n    days: 90\n    exemptLabels: [roadmap]\nagenda:\n  leadDays: 3\n',
      }),
    );
    expect(config?.rules.stale.days).toBe(30);
    expect(config?.rules.stale.exemptLabels).toEqual(['roadmap']);
    expect(config?.agenda.leadDays).toBe(3);
  });

  it('follows chains across owners and paths', async () => {
    const config = await loadConfig(
      here,
      files({
        'acme/web:.github/backlog-hygiene.yml': '_extends: acme/.github:teams/web.yml\n',
        'acme/.github:teams/web.yml': '_extends: shared/policies\nagenda:\n  minutesPerItem: 3\n',
        'shared/policies:.github/backlog-hygiene.yml': 'agenda:\n  minutesPerItem: 10\n  leadDays: 5\n',
      }),
    );
    expect(config?.agenda).toMatchObject({ minutesPerItem: 3, leadDays: 5 });
  });

  it.each([
    [
      'a missing base',
      { 'acme/web:.github/backlog-hygiene.yml': '_extends: nowhere\n' },
      /_extends points at acme\/nowhere:\.github\/backlog-hygiene\.yml, which does not exist/,
    ],
    [
      'a loop',
      {
        'acme/web:.github/backlog-hygiene.yml': '_extends: other\n',
        'acme/other:.github/backlog-hygiene.yml': '_extends: web\n',
      },
      /_extends forms a loop/,
    ],
    [
      'a non-string _extends',
      { 'acme/web:.github/backlog-hygiene.yml': '_extends: [a]\n' },
      /_extends must be a string/,
    ],
    [
      'an invalid merged value',
      {
        'acme/web:.github/backlog-hygiene.yml': '_extends: base\n',
        'acme/base:.github/backlog-hygiene.yml': 'rules:\n  stale:\n    days: soon\n',
      },
      /rules\.stale\.days must be a number \(got "soon"\)/,
    ],
  ])('rejects %s', async (_name, entries, message) => {
    await expect(loadConfig(here, files(entries))).rejects.toThrow(message);
  });
});

describe('parseExtends', () => {
  it.each([
    ['.github', { owner: 'acme', repo: '.github', path: '.github/backlog-hygiene.yml' }],
    ['other-org/policies', { owner: 'other-org', repo: 'policies', path: '.github/backlog-hygiene.yml' }],
    ['other-org/policies:bh/web.yml', { owner: 'other-org', repo: 'policies', path: 'bh/web.yml' }],
  ])('reads %j', (value, location) => {
    expect(parseExtends(value, here)).toEqual(location);
  });
});
