import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '#src/config/schema.ts';
import { RULE_IDS } from '#src/model/rule-id.ts';
import { judgeItem } from '#src/rules/judge-item.ts';
import { FIXED_NOW } from '#test/support/fixed-clock.ts';
import { anItem } from '#test/support/item-builder.ts';

const config = defaultConfig();
const context = {
  config,
  now: FIXED_NOW,
  templates: [
    { name: 'bug_report.md', body: '## Describe the bug\n\nA clear and concise description of what the bug is.\n' },
  ],
};

// Markdown that issue bodies are made of, including the pieces the rules look for and the ones that break naive parsers.
const FRAGMENTS = [
  '## ',
  '### ',
  '# ',
  '\n',
  '\n\n',
  '- [ ] ',
  '- [x] ',
  '* ',
  '1. ',
  '> ',
  '```',
  '~~~',
  '**',
  '__',
  '_',
  '`',
  '|',
  '---',
  'As a ',
  'I want ',
  'so that ',
  'Given ',
  'When ',
  'Then ',
  '#12',
  'acme/api#3',
  'Blocked by ',
  'depends on ',
  'after ',
  ' is merged',
  'Priority: ',
  'Story points: ',
  'Estimate: 2d',
  'size/M',
  'Acceptance criteria',
  '_No response_',
  'A clear and concise description of what the bug is',
  '[e.g. iOS]',
  '<!-- ',
  ' -->',
  '![img](a.png)',
  '<img src=x>',
  '<details>',
  '</details>',
  '🐛',
  '🚀',
  '👩‍💻',
  'مرحبا بالعالم',
  'שלום',
  '\u202e',
  '\u200b',
  '\r\n',
  '\t',
  '[',
  ']',
  '(',
  ')',
  'https://github.com/acme/webshop/issues/9',
  'Export CSV',
  ' ',
  ':',
  '...',
  '…',
];

const markdown = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 80 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), markdown);
const labels = fc.array(
  fc.oneof(
    fc.constantFrom('bug', 'ready', 'P1', 'priority: high', 'duplicate', 'points: 5', 'size/XL', 'pinned'),
    fc.string(),
  ),
  {
    maxLength: 5,
  },
);

const items = fc
  .record({ title: anyText, body: anyText, labels, number: fc.integer({ min: 1, max: 100_000 }) })
  .map((fields) => anItem({ ...fields, linkedStates: { 12: 'open', 9: 'closed' } }));

describe('judgeItem on arbitrary input', () => {
  it('never throws and returns one check per rule, each with a reason', () => {
    fc.assert(
      fc.property(items, (item) => {
        const verdict = judgeItem(item, context);
        expect(verdict.checks.map((check) => check.rule)).toEqual([...RULE_IDS]);
        for (const check of verdict.checks) expect(check.reason.length).toBeGreaterThan(0);
        expect(verdict.blocking.every((finding) => !finding.ok)).toBe(true);
        expect(verdict.ready).toBe(verdict.pinned || (!verdict.skipped && verdict.blocking.length === 0));
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same item gives a deep-equal verdict', () => {
    fc.assert(
      fc.property(items, (item) => {
        expect(judgeItem(item, context)).toEqual(judgeItem({ ...item }, context));
      }),
      { numRuns: 200 },
    );
  });
});
