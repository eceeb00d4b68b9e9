import { describe, expect, it } from 'vitest';
import { describeTitle } from '#src/rules/vague-title-info.ts';

describe('describeTitle', () => {
  it.each<[string, 'generic' | 'thin' | 'specific']>([
    ['fix bug', 'generic'],
    ['[Bug]: ', 'generic'],
    ['Improve global performance', 'generic'],
    ['UI improvements', 'generic'],
    ['Login issue', 'generic'],
    ['After update not working anymore', 'generic'],
    ['No funciona', 'generic'],
    ['Ça marche pas', 'generic'],
    ['Nie działa', 'generic'],
    ['Не запускается', 'generic'],
    ['不能用', 'generic'],
    ['動かない', 'generic'],
    ['안 돼요', 'generic'],
    ['US_XX.YYY | Epic Name > User Story Name', 'generic'],
    ['Add search', 'thin'],
    ['Reporting module', 'thin'],
    ['As a user I want a better experience', 'generic'],
    ['支付模块', 'thin'],
    ['Rename userName to displayName', 'specific'],
    ['Typo on the checkout page', 'specific'],
    ['As a member I want to reset my password by e-mail', 'specific'],
    ['Passwort-Zurücksetzen-Link läuft nach 15 Minuten ab', 'specific'],
    ['在设置页面增加深色模式开关', 'specific'],
    ['회원 목록에 가입일 기준 정렬 추가', 'specific'],
  ])('reads %j as %s', (title, expected) => {
    const info = describeTitle(title);
    const kind = info.generic ? 'generic' : info.specific ? 'specific' : 'thin';
    expect(kind).toBe(expected);
  });

  it.each([
    ["Doesn't work", true],
    ['Login error', true],
    ['Improve performance', false],
    ['Add a dark mode toggle to Settings', false],
  ])('tells whether %j is a generic "something is broken" title', (title, buggy) => {
    expect(describeTitle(title).buggy).toBe(buggy);
  });

  it('honours configured generic titles', () => {
    expect(describeTitle('Make it better', ['make it better']).generic).toBe(true);
  });
});

describe('describeTitle and templates', () => {
  it.each([
    ['User story template', true],
    ['[TEMPLATE] US_XX.YYY | Epic Name', true],
    ['Vorlage für Testcase', true],
    ['Create a bug report template for the mobile repository', false],
    ['Checkout', false],
  ])('tells whether %j calls the issue a template: %s', (title, template) => {
    expect(describeTitle(title).template).toBe(template);
  });
});
