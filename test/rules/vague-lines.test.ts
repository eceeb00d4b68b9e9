import { describe, expect, it } from 'vitest';
import { hasSymptom, isComplaint, isGuidance, isLorem, metadataKey, shortBlockKind } from '#src/rules/vague-lines.ts';
import { hasCjk, segmentWords } from '#src/rules/vague-segment.ts';
import { tokens } from '#src/rules/vague-tokens.ts';

describe('isGuidance', () => {
  it.each([
    ['a short, clear description of what the problem is.', true],
    ['please describe the steps you took.', true],
    ['una descripción clara y concisa del error.', true],
    ['kurz: beschreibe das problem.', false],
    ['beschreibe das problem.', true],
    ['кратко опишите проблему.', true],
    ['再現する手順をお書きください', true],
    ["open '...'", true],
    ['i will know this story is done when...', true],
    ['i have searched the existing issues', true],
    ['i have three calendars and the sync duplicates events', false],
    ['task 1', true],
    ['the export ignores the date filter when a custom range is set.', false],
    ['add a retry button to the upload dialog.', false],
  ])('reads %j as guidance: %s', (text, expected) => {
    expect(isGuidance(text, tokens(text).length)).toBe(expected);
  });
});

describe('metadataKey', () => {
  it.each([
    ['Priority: High', 'Priority'],
    ['Type: Feature Priority: High Sprint: 14', 'Type'],
    ['Start date: 2026-03-02 Due date: 2026-03-09', 'Start date'],
    ['OS: Windows 11 Pro 23H2', 'OS'],
    ['Problem: login fails on Safari 17', undefined],
    ['Expected: prices on the Swiss store show CHF. Actual: they show €.', undefined],
    ['No colon here', undefined],
    ['https://example.com/a', undefined],
  ])('reads %j as metadata key %j', (text, key) => {
    expect(metadataKey(text)).toBe(key);
  });
});

describe('shortBlockKind', () => {
  it.each([
    ['1, 2, 3, 5, 8, 13', 'numbers'],
    ['asdasd sdfsdf', 'mash'],
    ['qwerty asdf', 'mash'],
    ['test, please ignore', 'test'],
    ['aa bb cc', 'slots'],
    ['same problem here, any update?', 'me too'],
    ['mismo problema, alguna novedad?', 'me too'],
    ['same colour as the header', undefined],
    ['测试一下', 'test'],
    ['the flask app returns 500', undefined],
    ['this is an issue', undefined],
  ])('reads %j as %j', (text, kind) => {
    expect(shortBlockKind(hasCjk(text) ? segmentWords(text) : tokens(text))).toBe(kind);
  });

  it.each([
    ['Lorem ipsum dolor sit amet', true],
    ['Dolor sit amet, lorem ipsum', true],
    ['Lorem is a name', false],
  ])('tells whether %j is lorem ipsum: %s', (text, expected) => {
    expect(isLorem(text)).toBe(expected);
  });

  describe('hasSymptom and isComplaint', () => {
    it.each([
      ['clicking "save" does nothing', true],
      ['it shows a blank page when i log in', true],
      ['el total esperado no coincide', true],
      ['при запуске выдаёт ошибку', true],
      ['please fix this asap, it is urgent', false],
    ])('finds a symptom in %j: %s', (text, expected) => {
      expect(hasSymptom(text)).toBe(expected);
    });

    it.each([
      ["it doesn't work", true],
      ['no funciona desde ayer', true],
      ['funktioniert nicht mehr', true],
      ['the export works fine', false],
    ])('finds a complaint in %j: %s', (text, expected) => {
      expect(isComplaint(text)).toBe(expected);
    });
  });
});
