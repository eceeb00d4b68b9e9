import { describe, expect, it } from 'vitest';
import { configSchema } from '#src/config/schema.ts';
import { readNeeds } from '#src/use-cases/read-needs.ts';

describe('readNeeds', () => {
  it.each([
    ['the defaults', {}, { assignees: false, reactions: false, projects: true }],
    [
      'exempt assignees',
      { rules: { stale: { exemptAssigned: true } } },
      { assignees: true, reactions: false, projects: true },
    ],
    [
      'counted reactions',
      { rules: { stale: { countReactions: true } } },
      { assignees: false, reactions: true, projects: true },
    ],
    [
      'staleness off (its options do not matter)',
      { rules: { stale: { enabled: false, exemptAssigned: true, countReactions: true } } },
      { assignees: false, reactions: false, projects: true },
    ],
    [
      'no Projects field names',
      { rules: { estimate: { fields: [] }, unprioritized: { fields: [] } } },
      { assignees: false, reactions: false, projects: false },
    ],
  ])('%s', (_name, raw, expected) => {
    expect(readNeeds(configSchema.parse(raw))).toEqual(expected);
  });
});
