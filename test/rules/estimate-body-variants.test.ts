import { describe, expect, it } from 'vitest';
import { defaultConfig } from '#src/config/schema.ts';
import { parseBody } from '#src/markdown/parse-body.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import { findEstimate } from '#src/rules/find-estimate.ts';
import { anItem } from '#test/support/item-builder.ts';

const find = (overrides: Partial<BacklogItem>) => {
  const item = anItem(overrides);
  return findEstimate(item, parseBody(item.body), defaultConfig());
};
const amount = (body: string) => {
  const estimate = find({ body: `Members can download last month's invoices from the billing page.\n\n${body}\n` });
  return estimate && { points: estimate.points, size: estimate.size, hours: estimate.hours };
};

describe('estimate keys in other languages', () => {
  it.each([
    ['Spanish duration', 'Duración: 3 días', { hours: 24 }],
    ['Spanish estimate', 'Estimación: 5 puntos', { points: 5 }],
    ['Spanish hours', 'Tiempo estimado: 6 horas', { hours: 6 }],
    ['Portuguese', 'Tempo estimado: 4h', { hours: 4 }],
    ['Portuguese estimate in days', 'Estimativa: 2 dias', { hours: 16 }],
    ['French', 'Temps estimé : 1 jour', { hours: 8 }],
    ['French workload', 'Charge estimée: 3 j', { hours: 24 }],
    ['German effort in person-days', 'Aufwand: 2 PT', { hours: 16 }],
    ['German estimate', 'Schätzung: 8 Stunden', { hours: 8 }],
    ['German about', 'Geschätzter Aufwand: ca. 3 Tage', { hours: 24 }],
    ['Italian', 'Stima: 2 giorni', { hours: 16 }],
    ['Italian time', 'Tempo stimato: 4 ore', { hours: 4 }],
    ['Polish', 'Szacowany czas: 6 godzin', { hours: 6 }],
    ['Polish points', 'Estymacja: 3 punkty', { points: 3 }],
    ['Dutch', 'Schatting: 2 dagen', { hours: 16 }],
    ['Dutch hours', 'Geschatte tijd: 5 uur', { hours: 5 }],
    ['Russian', 'Оценка: 4 часа', { hours: 4 }],
    ['Russian story points', 'Оценка: 5', { points: 5 }],
    ['Chinese full-width colon', '预估工时：3天', { hours: 24 }],
    ['Chinese story points', '故事点：5', { points: 5 }],
    ['Japanese man-days', '工数：2人日', { hours: 16 }],
    ['Japanese estimate in hours', '見積もり: 3時間', { hours: 3 }],
    ['Japanese heading that carries its value', '## 予想工数:3', { hours: 3 }],
    ['Korean', '예상 시간: 4시간', { hours: 4 }],
    ['Korean days', '예상 시간: 2일', { hours: 16 }],
  ])('reads %s', (_name, line, expected) => {
    expect(amount(line)).toEqual(expected);
  });
});

describe('English estimate variants', () => {
  it.each([
    ['"Estimated:"', 'Estimated: 3 days', { hours: 24 }],
    ['a keyword without a colon', 'Estimate 16 hrs', { hours: 16 }],
    ['a keyword and "=" ', 'Estimated effort = 2d', { hours: 16 }],
    ['hours as "h"', 'Estimate: 6 h', { hours: 6 }],
    ['hours as "hr"', 'Time estimate: 1 hr', { hours: 1 }],
    ['person-days', 'Effort: 3 person-days', { hours: 24 }],
    ['effort-days', 'Estimate: 2 effort-days', { hours: 16 }],
    ['man-days as MD', 'Estimate: 4 MD', { hours: 32 }],
    ['minutes', 'Time estimate: 30 min', { hours: 0.5 }],
    ['an approximate value', 'Estimate: ~2 days', { hours: 16 }],
    ['a range in words', 'Estimate: 2 to 3 days', { hours: 24 }],
    ['a value on the next line', 'Estimate\n16h', { hours: 16 }],
    ['a colon line with its value on the next line', 'Story points:\n5', { points: 5 }],
    ['a bold heading with its value under it', '**Estimated time**\n\n2 days', { hours: 16 }],
    ['allocated time', 'Allocated Time: 2 Days', { hours: 16 }],
    ['a level of effort', 'Level of effort: medium', { size: 'M' }],
    ['a metadata strip with pipes', 'Estimate: 3 | Priority: P2 | Owner: @mira', { points: 3 }],
    ['a metadata strip with middle dots', 'Size: M · Team: integrations', { size: 'M' }],
    ['the estimate before the actual time', 'Estimate: 2h\nActual: 5h', { hours: 2 }],
  ])('reads %s', (_name, line, expected) => {
    expect(amount(line)).toEqual(expected);
  });
});

describe('tables', () => {
  it.each([
    ['a key/value row', '| Field | Value |\n|---|---|\n| Estimate | 3 |', { points: 3 }],
    ['a single-row estimate column', '| Task | Estimate |\n|---|---|\n| Export | 2d |', { hours: 16 }],
    [
      'a breakdown column, added up',
      '| Task | Hours |\n|---|---|\n| API | 4 |\n| UI | 6 |\n| Tests | 2 |',
      { hours: 12 },
    ],
    ['a total row', '| Part | Estimate |\n|---|---|\n| API | 1d |\n| UI | 2d |\n| Total | 3d |', { hours: 24 }],
  ])('reads %s', (_name, table, expected) => {
    expect(amount(table)).toEqual(expected);
  });
});

describe('what is not an estimate', () => {
  it.each([
    ['a menu of allowed points', 'Estimated time (days): 0.5, 1, 2, 3, 5, ?'],
    ['a size menu', 'Size: XS / S / M / L / XL'],
    ['a pipe menu', 'Story points: 1 | 2 | 3 | 5 | 8'],
    [
      'a legend explaining sizes',
      '- size: 1pt - up to half a day\n- size: 2pt - about a day\n- size: 3pt - two or three days\n- size: 5pt - most of a week',
    ],
    ['a number that counts something else', 'Estimate 3 people will use this daily'],
    ['a duration inside a bug report sentence', 'Time 5 minutes after login the session expires'],
    ['a version', 'Estimate: v2.1'],
    ['a date', 'Estimated: 2026-01-05'],
    ['time already spent', 'Time spent: 3h'],
    ['an ETA date', 'ETA: March 15'],
    ['progress', 'Progress: 60%\nEffort remaining: unknown'],
  ])('%s', (_name, body) => {
    expect(amount(body)).toBeUndefined();
  });
});

describe('an estimate proper wins over a complexity score', () => {
  it.each([
    ['a score line before the estimate', 'Complexity: High\n\nEstimate: 2d', '"Estimate: 2d" in the body'],
    [
      'a score section before the estimate',
      '### Difficulty\n\nHard\n\n### Estimate\n\n3',
      '"3" under "Estimate" in the body',
    ],
    ['a score label and a body estimate', 'Story points: 3', '"Story points: 3" in the body'],
  ])('%s', (_name, body, source) => {
    const estimate = find({ body: `The export times out.\n\n${body}`, labels: ['Low Complexity'] });
    expect(estimate?.source).toBe(source);
  });

  it('uses the score when nothing else is there, and says which level it read', () => {
    expect(find({ body: 'The export times out.', labels: ['Low Complexity'] })).toEqual({
      points: 2,
      source: 'label "Low Complexity", read as the level "low"',
    });
  });
});
