import { describe, expect, it } from 'vitest';
import { configSchema, defaultConfig } from '#src/config/schema.ts';
import type { LabelEvent } from '#src/model/backlog-item.ts';
import { desiredLabels, planLabels } from '#src/plan/plan-labels.ts';
import { anItem } from '#test/support/item-builder.ts';
import { aVerdict } from './verdict-builder.ts';

const config = defaultConfig();
const person = (label: string, action: LabelEvent['action'], at = '2026-11-12T10:00:00Z'): LabelEvent => ({
  label,
  action,
  by: 'person',
  at,
});
const self = (label: string, action: LabelEvent['action'], at = '2026-11-05T10:00:00Z'): LabelEvent => ({
  label,
  action,
  by: 'self',
  at,
});
const bot = (label: string, action: LabelEvent['action'], at = '2026-11-06T10:00:00Z'): LabelEvent => ({
  label,
  action,
  by: 'bot',
  at,
});

describe('desiredLabels', () => {
  it.each([
    ['a ready item', aVerdict(), ['ready']],
    [
      'a ready item that is also stale and unprioritized',
      aVerdict({ failed: { stale: true, unprioritized: true } }),
      ['ready', 'stale', 'needs-priority'],
    ],
    [
      'an item missing criteria and estimate',
      aVerdict({ failed: { 'acceptance-criteria': true, estimate: true } }),
      ['needs-refinement', 'needs-acceptance-criteria', 'needs-estimate'],
    ],
    ['a vague, stale item', aVerdict({ failed: { vague: true, stale: true } }), ['needs-refinement', 'vague', 'stale']],
    ['a pinned item with findings', aVerdict({ pinned: true, failed: { estimate: true, vague: true } }), ['ready']],
    ['a skipped item', aVerdict({ skipped: true, failed: { vague: true } }), undefined],
    [
      'a ready bug with no estimate or criteria (bugs need neither)',
      aVerdict({ kind: 'bug', gating: ['vague', 'blocked'], failed: { 'acceptance-criteria': true, estimate: true } }),
      ['ready'],
    ],
    [
      'a vague, stale bug without an estimate',
      aVerdict({ kind: 'bug', gating: ['vague', 'blocked'], failed: { vague: true, estimate: true, stale: true } }),
      ['needs-refinement', 'vague', 'stale'],
    ],
  ])('%s', (_case, verdict, expected) => {
    expect(desiredLabels(verdict, config)).toEqual(expected);
  });

  it('keeps only the verdict labels when finding labels are off', () => {
    const quiet = configSchema.parse({ labels: { applyFindingLabels: false } });
    expect(desiredLabels(aVerdict({ failed: { estimate: true, stale: true } }), quiet)).toEqual(['needs-refinement']);
  });
});

describe('planLabels', () => {
  it.each([
    {
      case: 'a new issue missing an estimate gets the verdict and finding label',
      labels: ['enhancement'],
      verdict: aVerdict({ failed: { estimate: true } }),
      add: ['needs-refinement', 'needs-estimate'],
      remove: [],
    },
    {
      case: 'an issue that became ready swaps needs-refinement for ready and drops fixed findings',
      labels: ['enhancement', 'needs-refinement', 'needs-estimate', 'priority: high'],
      verdict: aVerdict(),
      add: ['ready'],
      remove: ['needs-refinement', 'needs-estimate'],
    },
    {
      case: 'labels are compared case-insensitively and removed with the spelling the issue has',
      labels: ['Needs-Refinement', 'NEEDS-ESTIMATE'],
      verdict: aVerdict(),
      add: ['ready'],
      remove: ['Needs-Refinement', 'NEEDS-ESTIMATE'],
    },
    {
      case: 'labels the tool does not manage are never touched',
      labels: ['bug', 'good first issue', 'wip', 'ready'],
      verdict: aVerdict(),
      add: [],
      remove: [],
    },
    {
      case: 'a skipped item keeps every label, managed ones included',
      labels: ['duplicate', 'needs-refinement', 'vague'],
      verdict: aVerdict({ skipped: true }),
      add: [],
      remove: [],
    },
    {
      case: 'a pinned item gets ready and loses the tool’s finding labels',
      labels: ['ready-override', 'needs-refinement', 'needs-estimate', 'vague'],
      verdict: aVerdict({ pinned: true, failed: { estimate: true } }),
      add: ['ready'],
      remove: ['needs-refinement', 'needs-estimate', 'vague'],
    },
    {
      case: 'the override label is never removed, even on an item that is not pinned',
      labels: ['ready-override', 'ready'],
      verdict: aVerdict({ failed: { estimate: true } }),
      add: ['needs-refinement', 'needs-estimate'],
      remove: ['ready'],
    },
    {
      case: 'a finding that no longer gates (stale on a ready item) is added',
      labels: ['ready'],
      verdict: aVerdict({ failed: { stale: true } }),
      add: ['stale'],
      remove: [],
    },
  ])('$case', ({ labels, verdict, add, remove }) => {
    expect(planLabels(anItem({ labels }), verdict, config)).toEqual({ add, remove });
  });

  it('returns add and remove lists in managed-label order, whatever the order on the issue', () => {
    const item = anItem({ labels: ['needs-priority', 'blocked', 'Needs-Refinement', 'vague'] });
    expect(planLabels(item, aVerdict(), config)).toEqual({
      add: ['ready'],
      remove: ['Needs-Refinement', 'vague', 'blocked', 'needs-priority'],
    });
  });

  it('plans nothing for an item that already has exactly the desired labels', () => {
    const item = anItem({ labels: ['bug', 'needs-refinement', 'vague', 'Stale'] });
    expect(planLabels(item, aVerdict({ failed: { vague: true, stale: true } }), config)).toEqual({
      add: [],
      remove: [],
    });
  });
});

describe('planLabels never fights a person', () => {
  it.each([
    {
      case: 'a person added needs-estimate on a ready item: kept',
      labels: ['ready', 'needs-estimate'],
      events: [self('ready', 'added'), person('needs-estimate', 'added')],
      verdict: aVerdict(),
      add: [],
      remove: [],
    },
    {
      case: 'a person removed the stale label: not re-added while the item is still stale',
      labels: ['needs-refinement', 'vague'],
      events: [self('stale', 'added'), person('stale', 'removed')],
      verdict: aVerdict({ failed: { vague: true, stale: true } }),
      add: [],
      remove: [],
    },
    {
      case: 'a person removed needs-refinement: not re-added, the finding label still is',
      labels: [],
      events: [self('needs-refinement', 'added'), person('needs-refinement', 'removed')],
      verdict: aVerdict({ failed: { 'acceptance-criteria': true } }),
      add: ['needs-acceptance-criteria'],
      remove: [],
    },
    {
      case: 'label names in events match case-insensitively',
      labels: ['Blocked', 'ready'],
      events: [person('blocked', 'added')],
      verdict: aVerdict(),
      add: [],
      remove: [],
    },
    {
      case: 'the newest event wins: a person removed it, then the tool added it again later → follows the verdict',
      labels: ['stale', 'ready'],
      events: [person('stale', 'removed', '2026-10-01T00:00:00Z'), self('stale', 'added', '2026-11-01T00:00:00Z')],
      verdict: aVerdict(),
      add: [],
      remove: ['stale'],
    },
    {
      case: 'the newest event wins: the tool added it, then a person removed it → stays removed',
      labels: ['ready'],
      events: [
        self('needs-priority', 'added', '2026-10-01T00:00:00Z'),
        person('needs-priority', 'removed', '2026-11-01T00:00:00Z'),
      ],
      verdict: aVerdict({ failed: { unprioritized: true } }),
      add: [],
      remove: [],
    },
    {
      case: 'pinned: finding labels a person added stay, the tool’s own go',
      labels: ['ready', 'needs-split', 'needs-estimate', 'needs-refinement'],
      events: [
        self('needs-estimate', 'added'),
        self('needs-refinement', 'added'),
        person('needs-split', 'added'),
        person('ready', 'added'),
      ],
      verdict: aVerdict({ pinned: true, failed: { 'too-big': true, estimate: true } }),
      add: [],
      remove: ['needs-refinement', 'needs-estimate'],
    },
    {
      case: 'another bot’s label is not a person’s choice: it follows the verdict',
      labels: ['ready', 'stale'],
      events: [bot('stale', 'added')],
      verdict: aVerdict(),
      add: [],
      remove: ['stale'],
    },
    {
      case: 'a person removed ready: the tool does not put it back',
      labels: [],
      events: [self('ready', 'added'), person('ready', 'removed')],
      verdict: aVerdict(),
      add: [],
      remove: [],
    },
  ])('$case', ({ labels, events, verdict, add, remove }) => {
    expect(planLabels(anItem({ labels, labelEvents: events }), verdict, config)).toEqual({ add, remove });
  });
});
