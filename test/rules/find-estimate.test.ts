import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configSchema, defaultConfig } from '#src/config/schema.ts';
import { parseBody } from '#src/markdown/parse-body.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import { estimateToPoints, findEstimate } from '#src/rules/find-estimate.ts';
import { anItem } from '#test/support/item-builder.ts';

const find = (overrides: Partial<BacklogItem>, config = defaultConfig()) => {
  const item = anItem(overrides);
  return findEstimate(item, parseBody(item.body), config);
};

describe('findEstimate from labels', () => {
  it.each([
    ['points: 3', { points: 3 }],
    ['points/3', { points: 3 }],
    ['sp-5', { points: 5 }],
    ['sp: 5', { points: 5 }],
    ['story points: 8', { points: 8 }],
    ['Story Points/13', { points: 13 }],
    ['5 points', { points: 5 }],
    ['estimate/2', { points: 2 }],
    ['estimate: 5', { points: 5 }],
    ['estimate: 2d', { hours: 16 }],
    ['effort: 3', { points: 3 }],
    ['size/M', { size: 'M' }],
    ['size: L', { size: 'L' }],
    ['size-XL', { size: 'XL' }],
    ['size: small', { size: 'S' }],
    ['size: medium', { size: 'M' }],
    ['size: large', { size: 'L' }],
    ['XS', { size: 'XS' }],
    ['S', { size: 'S' }],
    ['XXL', { size: 'XXL' }],
  ])('reads the label %j', (label, expected) => {
    expect(find({ labels: ['enhancement', label] })).toEqual({ ...expected, source: `label "${label}"` });
  });

  it.each([['3'], ['🔢 5'], ['bug'], ['good first issue'], ['priority: 1'], ['size: enormous'], ['estimate: tbd']])(
    'ignores the label %j',
    (label) => {
      expect(find({ labels: [label], body: 'Users cannot reset their password from the login page.' })).toBeUndefined();
    },
  );

  it('takes the first estimate label in label order', () => {
    expect(find({ labels: ['size/L', 'points: 2'] })).toEqual({ size: 'L', source: 'label "size/L"' });
  });
});

describe('findEstimate from the body', () => {
  it.each([
    ['Story points: 5', { points: 5, source: '"Story points: 5" in the body' }],
    ['Points: 3', { points: 3, source: '"Points: 3" in the body' }],
    ['SP: 2', { points: 2, source: '"SP: 2" in the body' }],
    ['Estimate: 3', { points: 3, source: '"Estimate: 3" in the body' }],
    ['Estimate: 2d', { hours: 16, source: '"Estimate: 2d" in the body' }],
    ['Estimate: 3-5 days', { hours: 40, source: '"Estimate: 3-5 days" in the body' }],
    ['- Estimated time: 12 hours', { hours: 12, source: '"Estimated time: 12 hours" in the body' }],
    ['Time estimate: 5 days', { hours: 40, source: '"Time estimate: 5 days" in the body' }],
    ['Estimate: 1.5 weeks', { hours: 60, source: '"Estimate: 1.5 weeks" in the body' }],
    ['Effort: 3h', { hours: 3, source: '"Effort: 3h" in the body' }],
    ['Estimate (days): 2', { hours: 16, source: '"Estimate (days): 2" in the body' }],
    ['Complexity: Small', { size: 'S', source: '"Complexity: Small" in the body' }],
    ['**Size:** M', { size: 'M', source: '"Size: M" in the body' }],
    ['T-shirt size: L (touches billing)', { size: 'L', source: '"T-shirt size: L (touches billing)" in the body' }],
    ['### Estimate\n\n5', { points: 5, source: '"5" under "Estimate" in the body' }],
    ['### Story points\n\n8\n\n### Notes\n\nnone', { points: 8, source: '"8" under "Story points" in the body' }],
    ['### Size\n\nMedium', { size: 'M', source: '"Medium" under "Size" in the body' }],
    ['### Complexity\n\nM (a few days)', { size: 'M', source: '"M (a few days)" under "Complexity" in the body' }],
    ['### Estimate\n\n3 days', { hours: 24, source: '"3 days" under "Estimate" in the body' }],
    ['### Size\n\n- [ ] S\n- [x] M\n- [ ] L', { size: 'M', source: '"M" under "Size" in the body' }],
    [
      '| Field | Value |\n|---|---|\n| Owner | @ana |\n| Estimate | 3 |',
      { points: 3, source: 'table row "Estimate | 3" in the body' },
    ],
  ])('reads %j', (text, expected) => {
    const body = `Customers want to download their invoices as PDF from the billing page.\n\n${text}\n`;
    expect(find({ body })).toEqual(expected);
  });

  it.each([
    [
      'a UI request mentioning a size',
      'Please add a Medium size input for the search box.\nSize of the icon should match the header.',
    ],
    ['the estimate dialog', 'The estimate dialog closes when I press Enter.'],
    ['an empty template row', 'Estimate: '],
    ['an underscore placeholder', 'Story points: _'],
    ['a comment placeholder', 'Estimate: <!-- points -->'],
    ['TBD', 'Estimate: TBD'],
    ['a question mark', 'Estimate: ?'],
    ['prose after a number', 'Estimate: 3 people will review this'],
    ['an issue-form "No response"', '### Estimate\n\n_No response_\n\n### Notes\n\nNothing else.'],
    ['an empty issue-form section', '### Story points\n\n### Notes\n\nNothing else.'],
    ['unticked size boxes', '### Size\n\n- [ ] S\n- [ ] M\n- [ ] L'],
    ['a table row with an empty cell', '| Field | Value |\n|---|---|\n| Estimate | |'],
    ['an example in an HTML comment', '<!--\nExample:\nStory points: 5\n-->'],
    ['an example in a code block', '```yaml\nestimate: 5\n```'],
    ['a time of day', 'Time: 10:30 every morning'],
  ])('finds nothing in %s', (_name, text) => {
    expect(find({ body: `The export button is missing on mobile.\n\n${text}\n` })).toBeUndefined();
  });

  it('finds a line after a huge single line and many checkboxes (adversarial)', () => {
    const body = `${'x'.repeat(50_000)}\n${'- [ ] item\n'.repeat(3_000)}\nStory points: 5\n`;
    expect(find({ body })).toEqual({ points: 5, source: '"Story points: 5" in the body' });
  });

  it('stays linear and finds nothing in repeated near-misses (adversarial)', () => {
    expect(find({ body: 'Estimate: 1 2 3 4 '.repeat(20_000) })).toBeUndefined();
    expect(find({ body: `${'Estimate:'.repeat(10_000)}\n${'Size: '.repeat(40)}huge` })).toBeUndefined();
  });
});

describe('findEstimate from GitHub Projects fields', () => {
  it.each([
    [{ Estimate: 5 }, { points: 5, source: 'Projects field "Estimate"' }],
    [{ 'story points': '3' }, { points: 3, source: 'Projects field "story points"' }],
    [{ Size: 'Medium' }, { size: 'M', source: 'Projects field "Size"' }],
    [{ Size: '🐘 XL' }, { size: 'XL', source: 'Projects field "Size"' }],
    [{ Status: 'Todo', Points: '' }, undefined],
  ])('reads %j', (projectFields, expected) => {
    expect(find({ body: 'Export is slow.', projectFields })).toEqual(expected);
  });

  it('reads only the configured field names', () => {
    const config = configSchema.parse({ rules: { estimate: { fields: ['Effort (days)'] } } });
    expect(find({ body: '', projectFields: { Estimate: 3, 'Effort (days)': 2 } }, config)).toEqual({
      hours: 16,
      source: 'Projects field "Effort (days)"',
    });
  });

  it('prefers labels over fields over the body', () => {
    const body = 'Story points: 1';
    expect(find({ body, labels: ['points: 8'], projectFields: { Estimate: 5 } })?.points).toBe(8);
    expect(find({ body, projectFields: { Estimate: 5 } })?.points).toBe(5);
    expect(find({ body })?.points).toBe(1);
  });
});

describe('estimateToPoints', () => {
  it.each([
    [{ points: 5, source: 's' }, 5],
    [{ points: 0.5, source: 's' }, 0.5],
    [{ size: 'XXS' as const, source: 's' }, 0.5],
    [{ size: 'XS' as const, source: 's' }, 1],
    [{ size: 'S' as const, source: 's' }, 2],
    [{ size: 'M' as const, source: 's' }, 3],
    [{ size: 'L' as const, source: 's' }, 5],
    [{ size: 'XL' as const, source: 's' }, 8],
    [{ size: 'XXL' as const, source: 's' }, 13],
    [{ hours: 16, source: 's' }, undefined],
  ])('converts %j', (estimate, expected) => {
    expect(estimateToPoints(estimate)).toBe(expected);
  });
});

describe('findEstimate on arbitrary input', () => {
  const line = fc.constantFrom(
    'Estimate: ',
    'Story points: ',
    '### Size\n\n',
    '- [x] ',
    'size/',
    '<!-- ',
    '```\n',
    '| Estimate | ',
  );
  const body = fc.array(fc.oneof(line, fc.string({ maxLength: 12 })), { maxLength: 30 }).map((parts) => parts.join(''));

  it('never throws and always returns a value with a source, or nothing', () => {
    fc.assert(
      fc.property(body, fc.array(fc.string({ maxLength: 15 }), { maxLength: 4 }), (text, labels) => {
        const estimate = find({ body: text, labels });
        if (estimate === undefined) return;
        expect(estimate.source.length).toBeGreaterThan(0);
        expect([estimate.points, estimate.size, estimate.hours].filter((value) => value !== undefined)).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });
});
