import { describe, expect, it } from 'vitest';
import { isPraise } from '#src/rules/vague-praise.ts';

describe('isPraise', () => {
  it.each([
    ['Thanks for this great tool, it saves me hours every week. Keep up the good work!', true],
    ['Kudos! 🙏', true],
    ['Muchas gracias por el proyecto, ¡buen trabajo!', true],
    ['Merci pour ce projet, bravo à toute l’équipe.', true],
    ['Vielen Dank für die tolle Arbeit!', true],
    ['Спасибо за проект, отличная работа!', true],
    ['谢谢作者，太棒了！', true],
    ['Thanks for the tool! Could you add CSV export?', false],
    ['Great library, but the export drops the last row.', false],
    ['Thanks in advance: the app crashes when I open settings.', false],
    ['I use this at work every day.', false],
    ['The export drops the last row of the report.', false],
    ['Love this! Please support dark mode', false],
    ['Found it last week, a real gem. Big fan already!', true],
    ['Super Arbeit, das Tool ist genial. Weiter so!', true],
    ['The super admin role cannot open the billing page and gets a 403.', false],
    ['Great app! It would be great if the report came as a PDF too.', false],
  ])('reads %j as praise only: %s', (text, expected) => {
    expect(isPraise(text)).toBe(expected);
  });
});
