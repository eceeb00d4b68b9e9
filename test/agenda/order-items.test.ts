import { describe, expect, it } from 'vitest';
import { orderItems } from '#src/agenda/order-items.ts';
import { priorityRank } from '#src/agenda/priority-rank.ts';
import { costOfDelay, wsjfScore } from '#src/agenda/wsjf.ts';
import { configSchema } from '#src/config/schema.ts';
import { anEntry, daysAgo } from './agenda-fixtures.ts';

const config = (orderBy: 'priority' | 'wsjf' | 'age') => configSchema.parse({ agenda: { orderBy } });

describe('priorityRank', () => {
  it.each([
    ['P0', 0],
    ['p2', 2],
    ['priority: critical', 0],
    ['Priority: High', 1],
    ['priority/medium', 2],
    ['low', 3],
    ['Must have', 0],
    ['should have', 1],
    ['Could have', 2],
    ["Won't have", 3],
    ['won’t have', 3],
    ['someday', undefined],
    [undefined, undefined],
  ])('ranks %j as %j', (text, rank) => expect(priorityRank(text)).toBe(rank));
});

describe('wsjf', () => {
  const cfg = config('wsjf');
  it.each([
    ['a Projects field', { projectFields: { 'Cost of delay': 21 } }, 21],
    ['a numeric text field', { projectFields: { WSJF: ' 8 ' } }, 8],
    ['a label', { labels: ['bug', 'CoD: 13'] }, 13],
    ['a label with the long prefix', { labels: ['cost-of-delay:5'] }, 5],
    ['nothing', { labels: ['bug'] }, undefined],
    ['a label that is not a number', { labels: ['cod: high'] }, undefined],
  ])('finds the cost of delay in %s', (_, item, expected) => {
    expect(costOfDelay(anEntry(1, [], {}, item), cfg)).toBe(expected);
  });

  it('divides the cost of delay by the points, and gives up without either', () => {
    expect(wsjfScore(anEntry(1, [], { points: 4 }, { labels: ['cod: 12'] }), cfg)).toBe(3);
    expect(wsjfScore(anEntry(1, [], {}, { labels: ['cod: 12'] }), cfg)).toBeUndefined();
    expect(wsjfScore(anEntry(1, [], { points: 0 }, { labels: ['cod: 12'] }), cfg)).toBeUndefined();
  });
});

describe('orderItems', () => {
  const entries = [
    anEntry(10, [], { priority: 'P2', points: 2 }, { createdAt: daysAgo(5), labels: ['cod: 4'] }), // wsjf 2
    anEntry(11, [], { points: 8 }, { createdAt: daysAgo(90), labels: ['cod: 40'] }), // no priority, wsjf 5
    anEntry(12, [], { priority: 'P0' }, { createdAt: daysAgo(2) }), // no wsjf
    anEntry(13, [], { priority: 'P2', points: 1 }, { createdAt: daysAgo(40), labels: ['cod: 2'] }), // wsjf 2, older than #10
    anEntry(14, [], { priority: 'priority: high', points: 3 }, { createdAt: daysAgo(60), labels: ['cod: 30'] }), // wsjf 10
  ];

  it.each([
    ['priority', [12, 14, 13, 10, 11]],
    ['wsjf', [14, 11, 13, 10, 12]],
    ['age', [11, 14, 13, 10, 12]],
  ] as const)('orders by %s, ties oldest first', (orderBy, expected) => {
    expect(orderItems(entries, config(orderBy)).map((e) => e.item.number)).toEqual(expected);
  });

  it('does not depend on the input order', () => {
    const cfg = config('priority');
    expect(orderItems([...entries].reverse(), cfg)).toEqual(orderItems(entries, cfg));
  });
});
