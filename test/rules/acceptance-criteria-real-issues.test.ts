import { describe, expect, it } from 'vitest';
import { configSchema, defaultConfig } from '#src/config/schema.ts';
import { parseBody } from '#src/markdown/parse-body.ts';
import { acceptanceCriteriaRule } from '#src/rules/acceptance-criteria.ts';
import { FIXED_NOW } from '#test/support/fixed-clock.ts';
import { anItem } from '#test/support/item-builder.ts';

const judge = (body: string, config = defaultConfig()) => {
  const item = anItem({ body });
  return acceptanceCriteriaRule({ item, doc: parseBody(body), config, now: FIXED_NOW, estimate: undefined });
};

const STORY = 'As a librarian I want to renew a loan from the member page so that members skip the queue.\n\n';

describe('template guidance is not criteria', () => {
  it.each([
    [
      'a "give criteria" prompt',
      '## Acceptance Criteria\n\nGive criteria for acceptance',
      'Give criteria for acceptance',
    ],
    [
      'a question',
      '## Acceptance Criteria\n\nWhat must be true for this to be done?',
      'What must be true for this to be done?',
    ],
    ['a Spanish prompt', '## Criterios de aceptación\n\nDescriba los criterios de aceptación aquí', 'Describa los'],
    ['a Polish prompt', '## Kryteria akceptacji\n\nOpisz kryteria akceptacji', 'Opisz kryteria akceptacji'],
    ['a Japanese prompt', '## 受け入れ条件\n\n完了の条件をお書きください', '完了の条件をお書きください'],
    ['"REPLACE THIS TEXT"', '## Done when\n\nREPLACE THIS TEXT', 'REPLACE THIS TEXT'],
    [
      'a bracketed Gherkin skeleton',
      '**Acceptance Criteria**\n\nScenario 1: Title\nGiven [context]\nAnd [some more context]...\nWhen [event]\nThen [outcome]',
      'Scenario 1: Title',
    ],
    [
      'slots in prose criteria',
      '**Acceptance Criteria:**\n\n1. By [Action/Trigger], the user can access [Feature/Functionality].',
      'By [Action/Trigger]',
    ],
    [
      'guillemet slots',
      '## Conditions of satisfaction\n\n- [ ] Should ‹testable condition that holds›',
      'Should ‹testable',
    ],
    [
      'guidance written as a checklist item',
      '## Acceptance criteria\n\n- [ ] This is something that can be verified to show that this user story is satisfied.',
      'This is something',
    ],
    [
      'angle-bracket steps',
      '## Acceptance criteria\n\n- Given <precondition>\n- When <action>\n- Then <result>',
      'Given',
    ],
  ])('%s', (_name, section, quoted) => {
    const check = judge(`${STORY}${section}`);
    expect(check.ok).toBe(false);
    expect(check.reason).toContain('still the template placeholder');
    expect(check.reason).toContain(quoted);
  });

  it.each([
    ['a bracketed skeleton outside any section', 'Given [context]\nWhen [event]\nThen [outcome]'],
    ['generic steps', 'Given some context\nWhen some action is carried out\nThen some outcome'],
  ])('does not count %s as scenarios', (_name, text) => {
    expect(judge(`${STORY}${text}`).ok).toBe(false);
  });

  it('still counts a real step that names a button in brackets', () => {
    expect(
      judge(`${STORY}Given a member with an overdue loan\nWhen I click [Renew]\nThen the due date moves by 14 days`).ok,
    ).toBe(true);
  });
});

describe('Given/When/Then in code blocks', () => {
  const GHERKIN =
    '```gherkin\nGiven a member with one loan\nWhen they renew it\nThen the due date moves by 14 days\n```';
  it.each([
    ['introduced as a format', `Please write criteria in this format:\n\n${GHERKIN}`],
    ['introduced as an example', `For example:\n\n${GHERKIN}`],
    ['under an "Example" heading', `## Example\n\n${GHERKIN}`],
    [
      'under a criteria heading, introduced as a template',
      `## Acceptance criteria\n\nUse this template:\n\n${GHERKIN}`,
    ],
  ])('does not count a block %s', (_name, text) => {
    expect(judge(`${STORY}${text}`).ok).toBe(false);
  });

  it.each([
    ['on its own', GHERKIN],
    ['after a sentence that is not an introduction', `Renewal rules agreed with the front desk.\n\n${GHERKIN}`],
    ['under a criteria heading', `## Acceptance criteria\n\n${GHERKIN}`],
  ])('counts a block of real scenarios %s', (_name, text) => {
    expect(judge(`${STORY}${text}`).ok).toBe(true);
  });
});

describe('criteria after a plain title, DoD: or a bold list item', () => {
  it.each([
    [
      'a plain line with prose on the next line',
      'Acceptance Criteria\nThe renew button is hidden once a loan was renewed twice.',
      'Acceptance criteria after "Acceptance Criteria": "The renew button is hidden once a loan was renewed twice.".',
    ],
    [
      'a plain line, a blank line, then prose',
      'Acceptance Criteria\n\nThe renew button is hidden once a loan was renewed twice.',
      'Acceptance criteria under "Acceptance Criteria" (1 item, first: "The renew button is hidden once a loan was renewed twice.").',
    ],
    [
      '"DoD:" then a list',
      'DoD:\n- Renewal shows in the loan history\n- Members get an e-mail',
      'Acceptance criteria under "DoD" (2 items, first: "Renewal shows in the loan history").',
    ],
    [
      'a bold list item with a nested list',
      '- **Context**: front desk\n- **Acceptance criteria**\n  - Renewal is refused for reserved books\n  - The member sees why',
      'Acceptance criteria under "Acceptance criteria" (2 items, first: "Renewal is refused for reserved books").',
    ],
    [
      'a bold list item followed by prose',
      '- **Definition of done**\n\n  Renewals appear in the nightly report.',
      'Acceptance criteria under "Definition of done" (1 item, first: "Renewals appear in the nightly report.").',
    ],
  ])('%s', (_name, text, reason) => {
    expect(judge(`${STORY}${text}`)).toEqual({ rule: 'acceptance-criteria', ok: true, reason });
  });
});

describe('Requirements sections and checklists with no heading', () => {
  const OUTCOMES =
    '- [ ] A renewed loan is due 14 days later\n- [ ] Reserved books cannot be renewed\n- [ ] The member sees a confirmation';
  it.each([
    [
      'outcome requirements',
      '## Requirements\n\n- Members can renew from the member page\n- Staff can see who renewed',
      true,
    ],
    ['completion requirements', '## Completion requirements\n\n- The loan history lists renewals', true],
    ['environment requirements', '## Requirements\n\n- Node 18\n- PostgreSQL 15', false],
    ['an outcome checklist with no heading', OUTCOMES, true],
    ['a plan of work', '- [ ] Add the renew endpoint\n- [ ] Write tests\n- [ ] Update the docs', false],
    ['outcomes under a Tasks heading', `## Tasks\n\n${OUTCOMES}`, false],
    [
      "a reporter's confirmations",
      '- [x] I have read the contributing guide\n- [x] This is not a duplicate\n- [ ] I can help test it',
      false,
    ],
  ])('%s', (_name, text, ok) => {
    expect(judge(`${STORY}${text}`).ok).toBe(ok);
  });

  it('reads neither when the config turns them off', () => {
    const config = configSchema.parse({
      rules: { acceptanceCriteria: { requirements: false, outcomeChecklists: false } },
    });
    expect(judge(`${STORY}## Requirements\n\n- Members can renew from the member page`, config).ok).toBe(false);
    expect(judge(`${STORY}${OUTCOMES}`, config).ok).toBe(false);
  });

  it('quotes the first outcome of a checklist', () => {
    expect(judge(`${STORY}${OUTCOMES}`).reason).toBe(
      'A checklist of observable outcomes (3 items, first: "A renewed loan is due 14 days later").',
    );
  });
});

describe('headings in more languages', () => {
  it.each([
    ['Critérios de aceite', '- O cliente recebe um e-mail'],
    ['Kryteria akceptacji', '- Użytkownik widzi nowy termin zwrotu'],
    ['受け入れ条件', '- [ ] 延長後の返却日が表示される'],
    ['인수 조건', '- 연장 후 반납일이 표시된다'],
    ['Criteri di accettazione', '- Il socio riceve una conferma'],
  ])('%s', (title, entry) => {
    expect(judge(`${STORY}## ${title}\n\n${entry}`).ok).toBe(true);
  });
});
