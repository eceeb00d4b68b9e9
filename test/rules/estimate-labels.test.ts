import { describe, expect, it } from 'vitest';
import { configSchema, defaultConfig } from '#src/config/schema.ts';
import { parseBody } from '#src/markdown/parse-body.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import { findEstimate } from '#src/rules/find-estimate.ts';
import { anItem } from '#test/support/item-builder.ts';

const BODY = 'The invoice list should load in under two seconds for a year of data.';
const find = (overrides: Partial<BacklogItem>, config = defaultConfig()) => {
  const item = anItem({ body: BODY, ...overrides });
  return findEstimate(item, parseBody(item.body), config);
};
const amountOf = (labels: string[], config = defaultConfig()) => {
  const estimate = find({ labels }, config);
  return estimate && { points: estimate.points, size: estimate.size, hours: estimate.hours };
};

describe('complexity, difficulty and effort labels', () => {
  it.each([
    ['Low Complexity', { points: 2 }],
    ['complexity: high', { points: 5 }],
    ['Complexity/Medium', { size: 'M' }],
    ['high-effort', { points: 5 }],
    ['effort: high', { points: 5 }],
    ['difficulty: easy', { points: 2 }],
    ['Difficulty: Beginner', { points: 2 }],
    ['difficulty/advanced', { points: 5 }],
    ['Difficulty: Very Hard', { points: 8 }],
    ['Complexidade: Média', { points: 3 }],
    ['Complejidad: Baja', { points: 2 }],
    ['Dificultad alta', { points: 5 }],
    ['Komplexität: hoch', { points: 5 }],
    ['Aufwand: gering', { points: 2 }],
    ['complessità: bassa', { points: 2 }],
    ['złożoność: średnia', { points: 3 }],
    ['Сложность: высокая', { points: 5 }],
    ['难度：中', { points: 3 }],
    ['難易度:高', { points: 5 }],
    ['난이도: 낮음', { points: 2 }],
  ])('reads %j', (label, expected) => {
    expect(amountOf(['enhancement', label])).toEqual(expected);
  });

  it('maps level words through the configured table', () => {
    const config = configSchema.parse({ rules: { estimate: { levels: { low: 1, brutal: 13 } } } });
    expect(amountOf(['complexity: low'], config)).toEqual({ points: 1 });
    expect(amountOf(['difficulty: brutal'], config)).toEqual({ points: 13 });
    expect(amountOf(['difficulty: high'], config)).toEqual({ points: 5 });
  });
});

describe('bare sizes and time labels', () => {
  it.each([
    ['Small', { size: 'S' }],
    ['Medium', { size: 'M' }],
    ['large', { size: 'L' }],
    ['X-Large', { size: 'XL' }],
    ['T2h', { hours: 2 }],
    ['T1d', { hours: 8 }],
    ['⏱ 4h', { hours: 4 }],
    ['3 days', { hours: 24 }],
    ['sp5', { points: 5 }],
    ['size: 13+pt', { points: 13 }],
    ['Weight: 3', { points: 3 }],
    ['size: 13+pt', { points: 13 }],
    ['Weight: 3', { points: 3 }],
    ['estimate: 4 PT', { hours: 32 }],
  ])('reads %j', (label, expected) => {
    expect(amountOf([label])).toEqual(expected);
  });

  it.each([
    ['easy'],
    ['hard'],
    ['complexity'],
    ['low'],
    ['priority: high'],
    ['severity: low'],
    ['size'],
    ['T-rex'],
    ['3D'],
  ])('ignores %j', (label) => {
    expect(find({ labels: [label] })).toBeUndefined();
  });

  it('prefers an estimate label over a bare size or a score, whatever the label order', () => {
    expect(find({ labels: ['Small', 'Low Complexity', 'points: 8'] })?.source).toBe('label "points: 8"');
  });

  it('prefers a body estimate over a bare size label', () => {
    expect(find({ labels: ['Large'], body: `${BODY}\n\nEstimate: 3d` })?.source).toBe('"Estimate: 3d" in the body');
  });
});

describe('estimates in titles', () => {
  it.each([
    ['[3 pts] Export invoices as PDF', { points: 3 }],
    ['Export invoices as PDF (5 SP)', { points: 5 }],
    ['Export invoices as PDF - 8h', { hours: 8 }],
    ['[Estimate: 2d] Export invoices', { hours: 16 }],
    ['【3h】请求导出发票', { hours: 3 }],
    ['Import bank statements in CAMT format [5]', { points: 5 }],
    ['Import bank statements in CAMT format [5]', { points: 5 }],
  ])('reads %j', (title, expected) => {
    const estimate = find({ title });
    expect(estimate && { points: estimate.points, size: estimate.size, hours: estimate.hours }).toEqual(expected);
    expect(estimate?.source).toBe(`title "${title}"`);
  });

  it.each([
    ['[M] Export invoices'],
    ['Export invoices (v2)'],
    ['Export invoices (1/3)'],
    ['Upgrade to Node 18 - 2h builds'],
    ['Release notes [2024]'],
    ['Step [4] of the wizard'],
    ['Add a model viewer (3D)'],
  ])('ignores %j', (title) => {
    expect(find({ title })).toBeUndefined();
  });
});
