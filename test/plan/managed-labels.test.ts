import { describe, expect, it } from 'vitest';
import { configSchema, defaultConfig } from '#src/config/schema.ts';
import { managedLabels, missingLabels } from '#src/plan/managed-labels.ts';

const names = (labels: readonly { name: string }[]) => labels.map((label) => label.name);

describe('managedLabels', () => {
  it('lists the verdict labels, the override and one label per rule by default, in a stable order', () => {
    expect(names(managedLabels(defaultConfig()))).toEqual([
      'ready',
      'needs-refinement',
      'ready-override',
      'needs-acceptance-criteria',
      'needs-estimate',
      'needs-split',
      'vague',
      'stale',
      'blocked',
      'needs-priority',
    ]);
  });

  it('carries the configured colour and description for label creation', () => {
    const config = configSchema.parse({
      labels: { ready: { name: 'Status: Ready', color: '00ff00', description: 'Good to go' } },
    });
    expect(managedLabels(config)[0]).toEqual({ name: 'Status: Ready', color: '00ff00', description: 'Good to go' });
  });

  it('leaves finding labels unmanaged when applyFindingLabels is off', () => {
    const config = configSchema.parse({ labels: { applyFindingLabels: false } });
    expect(names(managedLabels(config))).toEqual(['ready', 'needs-refinement', 'ready-override']);
  });

  it('lists a name shared by two rules once (case-insensitively)', () => {
    const config = configSchema.parse({
      labels: { findings: { estimate: { name: 'Needs-Details' }, 'acceptance-criteria': { name: 'needs-details' } } },
    });
    const listed = names(managedLabels(config));
    expect(listed.filter((name) => name.toLowerCase() === 'needs-details')).toEqual(['needs-details']);
    expect(listed).toHaveLength(9);
  });
});

describe('missingLabels', () => {
  const existing = (...labelNames: string[]) => labelNames.map((name) => ({ name, color: 'ededed', description: '' }));

  it.each([
    ['a fresh repository', existing('bug', 'enhancement'), 10],
    ['labels that exist with other capitalisation', existing('Ready', 'NEEDS-REFINEMENT', 'Ready-Override'), 7],
    [
      'every managed label already there',
      existing(...names(managedLabels(defaultConfig())).map((name) => name.toUpperCase())),
      0,
    ],
  ])('creates only what is missing: %s', (_case, repoLabels, missingCount) => {
    expect(missingLabels(defaultConfig(), repoLabels)).toHaveLength(missingCount);
  });

  it('returns full label definitions in managed order', () => {
    const missing = missingLabels(
      defaultConfig(),
      existing('ready', 'needs-refinement', 'ready-override', 'vague', 'stale', 'blocked'),
    );
    expect(missing.map((label) => label.name)).toEqual([
      'needs-acceptance-criteria',
      'needs-estimate',
      'needs-split',
      'needs-priority',
    ]);
    expect(missing[0]).toEqual({
      name: 'needs-acceptance-criteria',
      color: 'e4e8ee',
      description: 'Add acceptance criteria: how will we know it is done?',
    });
  });
});
