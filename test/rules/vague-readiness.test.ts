import { describe, expect, it } from 'vitest';
import { isProcessStep, isReadinessChecklist } from '#src/rules/vague-readiness.ts';
import { tokens } from '#src/rules/vague-tokens.ts';

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

describe('isProcessStep', () => {
  it.each([
    ['Acceptance criteria defined', true],
    ['External dependencies identified', true],
    ['Dependencias identificadas', true],
    ['Code review gedaan', true],
    ['Getestet', true],
    ['Migrate the users table', false],
    ['Send a reminder three days before the invoice is due and mark it as sent once estimated', false],
    ['', false],
  ])('reads the checklist item %j as a process step: %s', (text, expected) => {
    expect(isProcessStep(tokens(text))).toBe(expected);
  });
});
