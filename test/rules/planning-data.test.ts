import { describe, expect, it } from 'vitest';
import { configSchema, type ConfigInput } from '#src/config/schema.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import { attachChildEstimates } from '#src/rules/child-estimates.ts';
import { judgeItem } from '#src/rules/judge-item.ts';
import { selectKind } from '#src/rules/select-kind.ts';
import { FIXED_NOW } from '#test/support/fixed-clock.ts';
import { anItem, REALISTIC_BODY } from '#test/support/item-builder.ts';

// GitHub's own planning data (issue types, sub-issues, dependencies, issue fields) as the rules see it.

const config = (input: ConfigInput = {}) => configSchema.parse(input);
const checkOf = (item: BacklogItem, rule: string, input: ConfigInput = {}) =>
  judgeItem(item, { config: config(input), now: FIXED_NOW }).checks.find((check) => check.rule === rule)!;

describe('issue types choose the kind', () => {
  it.each([
    ['Bug', undefined, 'bug'],
    ['bug', undefined, 'bug'],
    [undefined, ['bug'], 'bug'],
    ['Feature', undefined, 'default'],
    [undefined, undefined, 'default'],
  ])('type %s, labels %j → %s', (issueType, labels, kind) => {
    const item = anItem({ ...(issueType && { issueType }), labels: labels ?? [] });
    expect(selectKind(item, config()).name).toBe(kind);
  });

  it('a typed bug needs no estimate to be ready (the bug kind requires only vague and blocked)', () => {
    const verdict = judgeItem(anItem({ issueType: 'Bug' }), { config: config(), now: FIXED_NOW });
    expect(verdict).toMatchObject({ kind: 'bug', ready: true });
  });
});

describe('issue fields as estimates', () => {
  it.each<[string, Record<string, string | number>, ConfigInput, boolean, string]>([
    ['a number field', { Estimate: 5 }, {}, true, 'Estimated at 5 points (issue field "Estimate").'],
    ['Effort High by the default mapping', { Effort: 'High' }, {}, true, 'issue field "Effort" ("High")'],
    ['a size option', { Effort: 'M' }, {}, true, 'size M (issue field "Effort")'],
    [
      'a configured mapping',
      { Effort: 'Huge' },
      { issueFields: { optionPoints: { Huge: 13 } } },
      true,
      'Estimated at 13 points',
    ],
    ['a field under another name', { Size: 3 }, { issueFields: { estimate: ['Size'] } }, true, 'issue field "Size"'],
    ['a field not configured', { Color: 3 }, {}, false, 'Add an estimate'],
    ['an unknown option', { Effort: 'Whatever' }, {}, false, 'Add an estimate'],
  ])('%s', (_name, issueFields, input, ok, reason) => {
    const check = checkOf(anItem({ issueFields }), 'estimate', input);
    expect(check.ok).toBe(ok);
    expect(check.reason).toContain(reason);
  });

  it('native data wins over labels and text, and the reason names the field', () => {
    const item = anItem({
      labels: ['points: 2'],
      body: `${REALISTIC_BODY}\n\nEstimate: 1`,
      issueFields: { Estimate: 5 },
    });
    expect(checkOf(item, 'estimate').reason).toBe('Estimated at 5 points (issue field "Estimate").');
  });

  it('a field estimate above the limit is too big', () => {
    expect(checkOf(anItem({ issueFields: { Estimate: 13 } }), 'too-big').ok).toBe(false);
  });
});

describe('issue fields as priority', () => {
  it.each<[Record<string, string | number> | undefined, string[], boolean, string]>([
    [{ Priority: 'Urgent' }, [], true, 'Priority "Urgent" from issue field "Priority".'],
    [{ Priority: 'High' }, ['priority: low'], true, 'Priority "High" from issue field "Priority".'],
    [{ Effort: 'High' }, [], false, 'Add a priority'],
    [undefined, ['P1'], true, 'label "P1"'],
  ])('fields %j, labels %j', (issueFields, labels, ok, reason) => {
    const check = checkOf(anItem({ labels, ...(issueFields && { issueFields }) }), 'unprioritized');
    expect(check.ok).toBe(ok);
    expect(check.reason).toContain(reason);
  });
});

describe('native dependencies', () => {
  it.each<[string, Partial<BacklogItem>, boolean, string]>([
    [
      'an open blocker read with its identity',
      { nativeBlockers: { open: 1, total: 1, issues: [{ number: 12, repo: 'acme/api', state: 'open' }] } },
      false,
      'Blocked by open issue acme/api#12 (GitHub dependency)',
    ],
    [
      'an open blocker known only by count',
      { nativeBlockers: { open: 2, total: 3 } },
      false,
      'Blocked by 2 open issues',
    ],
    ['only closed blockers', { nativeBlockers: { open: 0, total: 2 } }, true, '2 GitHub dependencies, all closed.'],
    ['no dependencies', { nativeBlockers: { open: 0, total: 0 } }, true, 'No dependencies mentioned.'],
    [
      'a text reference beside a closed native blocker still blocks',
      {
        body: `${REALISTIC_BODY}\n\nBlocked by #7`,
        linkedStates: { 7: 'open' },
        nativeBlockers: { open: 0, total: 1 },
      },
      false,
      'Blocked by open issue #7',
    ],
    [
      'both: the native one leads, the text one is named too',
      {
        body: `${REALISTIC_BODY}\n\nBlocked by #7`,
        linkedStates: { 7: 'open' },
        nativeBlockers: { open: 1, total: 1 },
      },
      false,
      'The body also says: Blocked by open issue #7',
    ],
  ])('%s', (_name, overrides, ok, reason) => {
    const check = checkOf(anItem(overrides), 'blocked');
    expect(check.ok).toBe(ok);
    expect(check.reason).toContain(reason);
  });

  it('a natively blocked item is not ready', () => {
    const item = anItem({ labels: ['points: 3'], nativeBlockers: { open: 1, total: 1 } });
    const verdict = judgeItem(item, { config: config(), now: FIXED_NOW });
    expect(verdict.blocking.map((finding) => finding.rule)).toEqual(['blocked']);
  });
});

describe('sub-issues', () => {
  const epic = anItem({
    number: 10,
    labels: ['points: 21'],
    subIssues: { total: 3, completed: 1, percentCompleted: 33 },
  });

  it('a parent above the limit with sub-issues is already split', () => {
    const check = checkOf(epic, 'too-big');
    expect(check).toEqual({
      rule: 'too-big',
      ok: true,
      reason:
        'Estimated at 21 points (label "points: 21"), above the limit of 8, but already split into 3 sub-issues (1 done): they are judged instead.',
    });
  });

  it('a parent above the limit without sub-issues still needs splitting', () => {
    expect(checkOf({ ...epic, subIssues: { total: 0, completed: 0, percentCompleted: 0 } }, 'too-big').ok).toBe(false);
  });

  it("a parent without its own estimate gets its children's sum, and says so", () => {
    const parent = anItem({ number: 10, subIssues: { total: 3, completed: 0, percentCompleted: 0 } });
    const children = [
      anItem({ number: 11, parent: { number: 10 }, labels: ['points: 5'] }),
      anItem({ number: 12, parent: { number: 10 }, issueFields: { Effort: 'Medium' } }),
      anItem({ number: 13, parent: { number: 10 } }),
      anItem({ number: 14, parent: { number: 10, repo: 'acme/other' }, labels: ['points: 8'] }),
    ];
    const [judged] = attachChildEstimates([parent, ...children], config());
    expect(judged?.childEstimates).toEqual({ points: 8, counted: 2, seen: 3 });
    const verdict = judgeItem(judged!, { config: config(), now: FIXED_NOW });
    expect(verdict.points).toBe(8);
    expect(verdict.checks.find((check) => check.rule === 'estimate')?.reason).toBe(
      "Estimated at 8 points (the sum of its 2 of 3 open sub-issues' estimates (8 points; it has no estimate of its own)).",
    );
  });

  it('its own estimate wins over the sum, and a backlog without sub-issues comes back unchanged', () => {
    const items = [
      anItem({ number: 1, labels: ['points: 2'] }),
      anItem({ number: 2, parent: { number: 1 }, labels: ['points: 5'] }),
    ];
    const [parent] = attachChildEstimates(items, config());
    expect(judgeItem(parent!, { config: config(), now: FIXED_NOW }).points).toBe(2);
    const plain = [anItem({ number: 3 })];
    expect(attachChildEstimates(plain, config())[0]).toBe(plain[0]);
  });
});
