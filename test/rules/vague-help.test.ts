import { describe, expect, it } from 'vitest';
import { parseBody } from '#src/markdown/parse-body.ts';
import { asksForHelpOnly } from '#src/rules/vague-help.ts';

describe('asksForHelpOnly', () => {
  it.each([
    ['Hi, can anyone help me? I am stuck. Thanks!', true],
    ['Alguém pode me ajudar? Não sei o que fazer.', true],
    ['Ich komme nicht weiter, kann sich das jemand anschauen?', true],
    ['Помогите пожалуйста, не знаю что делать', true],
    ['やり方が分かりません。誰か助けてください。', true],
    ['How do I export the report to PDF?', false],
    ['Can someone help me set up the Stripe webhook for refunds?', false],
    ['Can anyone help? The import stops at 50% with "timeout".', false],
    ['导出 Excel 时中文乱码，怎么办？', false],
    ['The coupon field rejects valid codes at checkout.', false],
  ])('reads %j as a plea that names nothing: %s', (body, expected) => {
    expect(asksForHelpOnly(body, parseBody(body))).toBe(expected);
  });
});
