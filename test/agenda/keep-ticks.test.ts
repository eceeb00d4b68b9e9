import { describe, expect, it } from 'vitest';
import { readMentionLine, readTicks, writeMentionLine } from '#src/agenda/keep-ticks.ts';

describe('readTicks', () => {
  it('collects the issue numbers of ticked boxes only', () => {
    const body = [
      '### To split (2)',
      '',
      '- [x] #12 Checkout redesign — 34 days old, @ana — too big',
      '- [ ] #13 Payment retries — 20 days old, unassigned — no estimate',
      '- [X] #14 Gift cards — 5 days old, @ben — vague',
      "  * [x] #15 Nested under a person's note",
      '- [x] not an issue line',
      '- #16 Ready item — 3 points',
    ].join('\n');
    expect([...readTicks(body)].sort((a, b) => a - b)).toEqual([12, 14, 15]);
  });

  it('reads nothing from an empty body', () => {
    expect(readTicks('').size).toBe(0);
  });
});

describe('mention line', () => {
  it.each([
    [['ana', '@acme/product'], 'cc @ana @acme/product — please look through this before the refinement meeting.'],
    [[], undefined],
  ])('writes %j as %j', (logins, line) => {
    expect(writeMentionLine(logins)).toBe(line);
  });

  it('reads the line back verbatim, even when a person edited it', () => {
    const body = '<!-- m -->\n## Refinement agenda: v2.0\n\ncc @ana @ben — see you Thursday\n\n**Due 2026-11-28**';
    expect(readMentionLine(body)).toBe('cc @ana @ben — see you Thursday');
    expect(readMentionLine('## no mention here')).toBeUndefined();
  });
});
