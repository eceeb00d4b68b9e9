import { describe, expect, it } from 'vitest';
import { configSchema, defaultConfig } from '#src/config/schema.ts';
import { parseBody } from '#src/markdown/parse-body.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import { findPriority, locatePriority } from '#src/rules/find-priority.ts';
import { anItem } from '#test/support/item-builder.ts';

const config = defaultConfig();

describe('findPriority', () => {
  it.each<[string, Partial<BacklogItem>, string]>([
    ['a "priority: high" label', { labels: ['bug', 'priority: high'] }, 'priority: high'],
    ['a "Priority/P1" label', { labels: ['Priority/P1'] }, 'Priority/P1'],
    ['a bare P0 label', { labels: ['P0'] }, 'P0'],
    ['a MoSCoW label', { labels: ['Must Have'] }, 'Must Have'],
    ['a Projects field, any case', { projectFields: { priority: 'Urgent' } }, 'Urgent'],
    ['a numeric Projects field', { projectFields: { Priority: 2 } }, '2'],
    ['a body line', { body: 'Customers cannot pay.\n\nPriority: High' }, 'High'],
    ['a bold body line', { body: 'Customers cannot pay.\n\n**Priority:** P2' }, 'P2'],
    ['an issue-form section', { body: '### What happened?\n\nCheckout fails.\n\n### Priority\n\nMedium' }, 'Medium'],
  ])('finds %s', (_label, overrides, expected) => {
    const item = anItem(overrides);
    expect(findPriority(item, config, parseBody(item.body))).toBe(expected);
  });

  it.each<[string, Partial<BacklogItem>]>([
    ['no priority anywhere', {}],
    ['our own needs-priority label', { labels: ['needs-priority'] }],
    ['a label that only contains the word', { labels: ['low-priority-ish', 'p5'] }],
    ['an unanswered issue-form section', { body: '### Priority\n\n_No response_' }],
    ['a template hint as the value', { body: 'Priority: [High/Medium/Low]' }],
    ['a value hidden in an HTML comment', { body: 'Priority: <!-- high, medium or low -->' }],
    [
      'a word that merely starts with priority',
      { body: 'Priority-queue starvation in the scheduler when jobs pile up.' },
    ],
    ['a line in a code block', { body: '```\nPriority: high\n```' }],
    ['an unlisted Projects field', { projectFields: { Status: 'Todo' } }],
    ['an empty Projects field', { projectFields: { Priority: ' ' } }],
  ])('finds nothing with %s', (_label, overrides) => {
    const item = anItem(overrides);
    expect(findPriority(item, config, parseBody(item.body))).toBeUndefined();
  });

  it('prefers a label over a field over the body, and says where it found it', () => {
    const item = anItem({ labels: ['P1'], projectFields: { Priority: 'Low' }, body: 'Priority: Medium' });
    expect(locatePriority(item, config)).toEqual({ value: 'P1', source: 'label "P1"' });
    expect(locatePriority(anItem({ projectFields: { Priority: 'Low' }, body: 'Priority: Medium' }), config)).toEqual({
      value: 'Low',
      source: 'Projects field "Priority"',
    });
  });

  it('uses the configured label patterns, where "*" matches any text', () => {
    const custom = configSchema.parse({ rules: { unprioritized: { labels: ['sev-*', '*-critical'] } } });
    expect(findPriority(anItem({ labels: ['sev-2'] }), custom)).toBe('sev-2');
    expect(findPriority(anItem({ labels: ['Business-Critical'] }), custom)).toBe('Business-Critical');
    expect(findPriority(anItem({ labels: ['priority: high'] }), custom)).toBeUndefined();
  });

  it('finds a body line without a parsed document', () => {
    expect(findPriority(anItem({ body: '- Priority: low' }), config)).toBe('low');
  });
});
