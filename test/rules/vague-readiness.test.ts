import { describe, expect, it } from 'vitest';
import { isReadinessChecklist } from '#src/rules/vague-readiness.ts';

describe('isReadinessChecklist', () => {
  it.each([
    ['Sprint Ready Checklist', true],
    ['Definition of Ready', true],
    ['DoR', true],
    ['Ready checklist', true],
    ['Definición de listo', true],
    ['Definition of Done', false],
    ['Acceptance criteria', false],
    ['Checklist', false],
    ['Steps to reproduce', false],
  ])('reads the heading %j as a readiness checklist: %s', (heading, expected) => {
    expect(isReadinessChecklist(heading)).toBe(expected);
  });
});
