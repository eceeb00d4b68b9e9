import { describe, expect, it } from 'vitest';
import { configSchema, defaultConfig } from '#src/config/schema.ts';
import { parseBody } from '#src/markdown/parse-body.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import { estimateRule } from '#src/rules/estimate.ts';
import { findEstimate } from '#src/rules/find-estimate.ts';
import { FIXED_NOW } from '#test/support/fixed-clock.ts';
import { anItem } from '#test/support/item-builder.ts';

const judge = (overrides: Partial<BacklogItem>, config = defaultConfig()) => {
  const item = anItem(overrides);
  const doc = parseBody(item.body);
  return estimateRule({ item, doc, config, now: FIXED_NOW, estimate: findEstimate(item, doc, config) });
};

const BUG =
  'Saving a draft invoice with a discount line throws a 500 error.\n\nSteps:\n1. Add a discount line\n2. Click save';

describe('estimateRule', () => {
  it.each([
    [{ labels: ['points: 3'] }, 'Estimated at 3 points (label "points: 3").'],
    [{ labels: ['size/M'] }, 'Estimated at size M (label "size/M").'],
    [{ body: `${BUG}\n\nEstimate: 2d` }, 'Estimated at 16 hours (2 days) ("Estimate: 2d" in the body).'],
    [{ body: `${BUG}\n\n### Story points\n\n1` }, 'Estimated at 1 point ("1" under "Story points" in the body).'],
    [{ projectFields: { Estimate: 5 } }, 'Estimated at 5 points (Projects field "Estimate").'],
    [
      { labels: ['Complexidade: Média'] },
      'Estimated at 3 points (label "Complexidade: Média", read as the level "média").',
    ],
    [{ body: `${BUG}\n\nTempo estimado: 4h` }, 'Estimated at 4 hours ("Tempo estimado: 4h" in the body).'],
  ])('passes and says what satisfied it: %j', (overrides, reason) => {
    expect(judge(overrides)).toEqual({ rule: 'estimate', ok: true, reason });
  });

  it.each([
    ['in no project: no Projects field names', {}, ''],
    [
      'in a project: names the configured fields',
      { projectFields: { Status: 'Todo' } },
      ', or the Projects field "Estimate" / "Story points" / "Points" / "Size"',
    ],
  ])('fails with what to add when there is no estimate anywhere (%s)', (_label, overrides, projects) => {
    const check = judge({ body: BUG, labels: ['bug'], ...overrides });
    expect(check.ok).toBe(false);
    expect(check.reason).toBe(
      `Add an estimate: a label such as "points: 3" or "size/M", or a line such as "Estimate: 3", "Story points: 5" or "Estimated time: 2d" in the body${projects}.`,
    );
  });

  it.each([
    ['an issue form left at "No response"', `${BUG}\n\n### Estimate\n\n_No response_`, 'Estimate'],
    ['a template row left empty', `${BUG}\n\nStory points: <!-- 1, 2, 3, 5, 8 -->`, 'Story points'],
    ['a TBD row', `${BUG}\n\n**Estimate:** TBD`, 'Estimate'],
    ['unticked size options', `${BUG}\n\n### T-shirt size\n\n- [ ] S\n- [ ] M\n- [ ] L`, 'T-shirt size'],
    ['a menu of allowed values', `${BUG}\n\nEstimated time (days): 0.5, 1, 2, 3, 5, ?`, 'Estimated time (days)'],
    ['a Fibonacci menu under a heading', `${BUG}\n\n# Complexity\n1, 2, 3, 5, 8, 13, 20, 40, 100`, 'Complexity'],
  ])('points at the empty field for %s', (_name, body, field) => {
    const check = judge({ body });
    expect(check.ok).toBe(false);
    expect(check.reason.startsWith(`The "${field}" field is still empty: fill it in`)).toBe(true);
  });

  it.each([
    ['a UI request with a Size section', `${BUG}\n\n### Size\n\nThe dialog should be as wide as the invoice table.`],
    ['a prose "Size:" line', `${BUG}\n\nSize: big enough to tap on a phone`],
  ])('does not invent an empty field for %s', (_name, body) => {
    expect(judge({ body }).reason).toMatch(/^Add an estimate: /);
  });

  it('passes with a note when disabled in config', () => {
    const config = configSchema.parse({ rules: { estimate: { enabled: false } } });
    expect(judge({ body: BUG }, config)).toEqual({ rule: 'estimate', ok: true, reason: 'Rule disabled in config.' });
  });

  it('leaves the Projects hint out when no fields are configured', () => {
    const config = configSchema.parse({ rules: { estimate: { fields: [] } } });
    expect(judge({ body: BUG }, config).reason).not.toContain('Projects');
  });
});
