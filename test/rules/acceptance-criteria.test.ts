import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configSchema, defaultConfig } from '#src/config/schema.ts';
import { parseBody } from '#src/markdown/parse-body.ts';
import { acceptanceCriteriaRule } from '#src/rules/acceptance-criteria.ts';
import { findEstimate } from '#src/rules/find-estimate.ts';
import { FIXED_NOW } from '#test/support/fixed-clock.ts';
import { anItem, REALISTIC_BODY } from '#test/support/item-builder.ts';

const judge = (body: string, config = defaultConfig()) => {
  const item = anItem({ body });
  const doc = parseBody(body);
  return acceptanceCriteriaRule({ item, doc, config, now: FIXED_NOW, estimate: findEstimate(item, doc, config) });
};

const INTRO = "## Summary\n\nSupport agents need to see a customer's last five orders on the ticket sidebar.\n\n";
const ADD =
  'Add acceptance criteria: a section such as "## Acceptance criteria" with a checklist, or Given/When/Then scenarios.';

describe('acceptanceCriteriaRule passes', () => {
  it.each([
    [
      'the default realistic body',
      REALISTIC_BODY,
      'Acceptance criteria under "Acceptance criteria" (3 items, first: "The button downloads a UTF-8 CSV with a header row").',
    ],
    [
      'a Definition of done list',
      `${INTRO}## Definition of done\n\n- Sidebar shows the five newest orders\n- Each order links to the admin page\n- Empty state says "No orders yet"`,
      'Acceptance criteria under "Definition of done" (3 items, first: "Sidebar shows the five newest orders").',
    ],
    [
      'a bold-line section',
      `${INTRO}**Acceptance criteria:**\n- [ ] Orders load in under 300 ms\n- [ ] Cancelled orders are greyed out`,
      'Acceptance criteria under "Acceptance criteria" (2 items, first: "Orders load in under 300 ms").',
    ],
    [
      'a heading with emoji and colon',
      `${INTRO}### ✅ Acceptance Criteria:\n\n1. Totals include tax`,
      'Acceptance criteria under "Acceptance Criteria" (1 item, first: "Totals include tax").',
    ],
    [
      'an issue-form field',
      `### Description\n\nSidebar orders.\n\n### Acceptance criteria\n\nThe sidebar lists the five newest orders with date, total and status.\n\n### Estimate\n\n3`,
      'Acceptance criteria under "Acceptance criteria" (1 item, first: "The sidebar lists the five newest orders with date, total a…").',
    ],
    [
      '"DoD" with an aside',
      `${INTRO}## Definition of Done (DoD)\n\n- [ ] Documented in the help center`,
      'Acceptance criteria under "Definition of Done (DoD)" (1 item, first: "Documented in the help center").',
    ],
    [
      'a paragraph label followed by a list',
      `${INTRO}Acceptance criteria:\n\n- Only agents with the orders scope see the block\n- Loading shows a skeleton`,
      'Acceptance criteria under "Acceptance criteria" (2 items, first: "Only agents with the orders scope see the block").',
    ],
    [
      'sub-sections with scenarios',
      `${INTRO}## Acceptance criteria\n\n### Scenario: no orders\n\n- Shows "No orders yet"\n\n## Notes\n\nNone.`,
      `Acceptance criteria under "Acceptance criteria" (1 item, first: "Shows "No orders yet"").`,
    ],
    [
      'Spanish',
      '## Descripción\n\nExportar pedidos.\n\n## Criterios de aceptación\n\n- El archivo incluye la cabecera',
      'Acceptance criteria under "Criterios de aceptación" (1 item, first: "El archivo incluye la cabecera").',
    ],
    [
      'Spanish without accents',
      '## Criterios de aceptacion\n\n- El archivo incluye la cabecera',
      'Acceptance criteria under "Criterios de aceptacion" (1 item, first: "El archivo incluye la cabecera").',
    ],
    [
      'Portuguese',
      '## Critérios de aceitação\n\n- O relatório abre em PDF',
      'Acceptance criteria under "Critérios de aceitação" (1 item, first: "O relatório abre em PDF").',
    ],
    [
      'French',
      "## Critères d'acceptation\n\n- L'export respecte le filtre de dates",
      'Acceptance criteria under "Critères d\'acceptation" (1 item, first: "L\'export respecte le filtre de dates").',
    ],
    [
      'German',
      '## Akzeptanzkriterien\n\n- Der Export enthält eine Kopfzeile',
      'Acceptance criteria under "Akzeptanzkriterien" (1 item, first: "Der Export enthält eine Kopfzeile").',
    ],
    [
      'Russian with ё',
      '## Критерии приёмки\n\n- Экспорт содержит заголовок',
      'Acceptance criteria under "Критерии приёмки" (1 item, first: "Экспорт содержит заголовок").',
    ],
    [
      'Russian with е',
      '## Критерии приемки\n\n- Экспорт содержит заголовок',
      'Acceptance criteria under "Критерии приемки" (1 item, first: "Экспорт содержит заголовок").',
    ],
    [
      'Chinese',
      '## 验收标准\n\n- 导出文件包含表头',
      'Acceptance criteria under "验收标准" (1 item, first: "导出文件包含表头").',
    ],
    [
      'a real AC after a numbered prefix',
      `${INTRO}## AC\n\n- AC1: Orders are sorted newest first`,
      'Acceptance criteria under "AC" (1 item, first: "AC1: Orders are sorted newest first").',
    ],
    [
      'Given/When/Then lines',
      `${INTRO}Given an agent opens a ticket\nWhen the customer has orders\nThen the sidebar lists the five newest`,
      'Given/When/Then scenarios in the body (1 scenario, first: "Then the sidebar lists the five newest").',
    ],
    [
      'When/Then list items',
      `${INTRO}- **When** the customer has no orders\n- **Then** the sidebar says "No orders yet"`,
      `Given/When/Then scenarios in the body (1 scenario, first: "Then the sidebar says "No orders yet"").`,
    ],
    [
      'a gherkin block',
      `${INTRO}\`\`\`gherkin\nScenario: newest orders\n  Given a customer with 7 orders\n  When an agent opens their ticket\n  Then 5 orders are listed\nScenario: none\n  Given a new customer\n  Then "No orders yet" is shown\n\`\`\``,
      'Given/When/Then scenarios in the body (2 scenarios, first: "Then 5 orders are listed").',
    ],
    [
      'Spanish scenarios',
      'Dado un cliente con pedidos\nCuando el agente abre el ticket\nEntonces ve los pedidos',
      'Given/When/Then scenarios in the body (1 scenario, first: "Entonces ve los pedidos").',
    ],
    [
      'German scenarios',
      'Angenommen ein Kunde hat Bestellungen\nWenn der Agent das Ticket öffnet\nDann sieht er die Bestellungen',
      'Given/When/Then scenarios in the body (1 scenario, first: "Dann sieht er die Bestellungen").',
    ],
    [
      'a label line',
      `${INTRO}Acceptance criteria: the sidebar shows orders within 300 ms.`,
      'Acceptance criteria in the line "Acceptance criteria: the sidebar shows orders within 300 ms.".',
    ],
    [
      'a label line inside a paragraph',
      `${INTRO}We discussed this in planning.\n**AC:** agents see totals with tax.`,
      'Acceptance criteria in the line "AC: agents see totals with tax.".',
    ],
  ])('for %s', (_name, body, reason) => {
    expect(judge(body)).toEqual({ rule: 'acceptance-criteria', ok: true, reason });
  });

  it('counts a configured heading', () => {
    const config = configSchema.parse({ rules: { acceptanceCriteria: { headings: ['How we test it'] } } });
    expect(judge(`${INTRO}## How we test it\n\n- Open a ticket for a customer with orders`, config).reason).toBe(
      'Acceptance criteria under "How we test it" (1 item, first: "Open a ticket for a customer with orders").',
    );
  });

  it('passes with a note when disabled', () => {
    const config = configSchema.parse({ rules: { acceptanceCriteria: { enabled: false } } });
    expect(judge('fix it', config)).toEqual({
      rule: 'acceptance-criteria',
      ok: true,
      reason: 'Rule disabled in config.',
    });
  });
});

describe('acceptanceCriteriaRule fails', () => {
  it.each([
    ['no criteria at all', `${INTRO}## Notes\n\nSee the Slack thread.`],
    [
      'a Given/When/Then example hidden in a template comment',
      `${INTRO}<!--\nGiven a user\nWhen they click\nThen it works\n-->`,
    ],
    [
      'Given/When/Then in a non-gherkin code block',
      `${INTRO}\`\`\`ts\nGiven setup()\nWhen run()\nThen check()\n\`\`\``,
    ],
    [
      'words given/when/then inside sentences',
      `${INTRO}Given the load, we wait. It fails when saving, then it retries.`,
    ],
    ['a UI request that mentions acceptance', `${INTRO}The acceptance of the new sidebar by agents was good.`],
  ])('for %s', (_name, body) => {
    expect(judge(body)).toEqual({ rule: 'acceptance-criteria', ok: false, reason: ADD });
  });

  it.each([
    ['"AC 1" rows', '- AC 1\n- AC 2'],
    ['"AC1: ..."', '- AC1: ...\n- AC2: …'],
    ['an italic prompt', '_Define acceptance criteria_'],
    ['first / second / third', '- [ ] First\n- [ ] Second\n- [ ] Third'],
    ['TBD', 'TBD'],
    ['TODO and N/A', '- TODO\n- N/A'],
    ['an empty issue-form field', '_No response_'],
    ['ellipses', '...\n\n…'],
    ['empty task boxes', '- [ ] \n- [ ] '],
    ['numbered criteria', '1. Criteria 1\n2. Criteria 2'],
    ['items', '- Item 1\n- Item 2\n- Item 3'],
    ['an example', '- e.g. the user can log in'],
    ['angle-bracket placeholders in task boxes', '- [ ] <criterion>\n- [ ] [describe the criterion]'],
    ['a template question', 'What must be true for this issue to be done?'],
  ])('says the section is still the template for %s', (_name, entries) => {
    const check = judge(`${INTRO}## Acceptance criteria\n\n${entries}\n\n## Notes\n\nNothing yet.`);
    expect(check.ok).toBe(false);
    expect(check.reason).toMatch(
      /^The Acceptance criteria section is still the template placeholder(?: \("[^"]+"\))?: replace it with concrete, checkable criteria \(a checklist or Given\/When\/Then scenarios\)\.$/,
    );
  });

  it.each([
    [
      'a heading followed by another heading',
      `${INTRO}## Acceptance criteria\n\n## Notes\n\nNone.`,
      'Acceptance criteria',
    ],
    [
      'a comment-only section',
      `${INTRO}## Definition of done\n\n<!-- List what must be true -->\n\n## Notes\n\nNone.`,
      'Definition of done',
    ],
    ['a lone dash', `${INTRO}## Acceptance criteria\n\n-\n\n## Notes\n\nNone.`, 'Acceptance criteria'],
    [
      'an HTML placeholder',
      `${INTRO}## Acceptance criteria\n\n<criterion>\n\n## Notes\n\nNone.`,
      'Acceptance criteria',
    ],
    ['a bold line with nothing after it', `${INTRO}**Done when:**\n\n**Notes:**\nNone.`, 'Done when'],
  ])('says the section is empty for %s', (_name, body, title) => {
    expect(judge(body).reason).toBe(
      `The ${title} section is empty: add concrete, checkable criteria (a checklist or Given/When/Then scenarios).`,
    );
  });

  it('treats a configured placeholder phrase as unfilled', () => {
    const config = configSchema.parse({ rules: { vague: { placeholders: ['Fill me in'] } } });
    expect(judge(`${INTRO}## Acceptance criteria\n\nFill me in`, config).reason).toMatch(
      /still the template placeholder/,
    );
  });
});

describe('acceptanceCriteriaRule with estimate and priority lines under the criteria', () => {
  const TEMPLATE =
    'The Acceptance criteria section is still the template placeholder ("AC 1"): replace it with concrete, checkable criteria (a checklist or Given/When/Then scenarios).';
  const EMPTY =
    'The Acceptance criteria section is empty: add concrete, checkable criteria (a checklist or Given/When/Then scenarios).';
  it.each([
    [
      'a placeholder checklist, then story points',
      '## Acceptance criteria\n- [ ] AC 1\n- [ ] AC 2\n- [ ] AC 3\n\nStory points: 5',
      false,
      TEMPLATE,
    ],
    [
      'a placeholder checklist, then an estimate',
      '## Acceptance criteria\n\n- [ ] AC 1\n- [ ] AC 2\n\nEstimate: 3',
      false,
      TEMPLATE,
    ],
    [
      'a placeholder checklist, then a priority',
      '## Acceptance criteria\n\n- [ ] First\n- [ ] Second\n\nPriority: high',
      false,
      TEMPLATE.replace('"AC 1"', '"First"'),
    ],
    [
      'a placeholder checklist, then a bold size',
      '## Acceptance criteria\n\n- [ ] AC 1\n\n**Size:** M',
      false,
      TEMPLATE,
    ],
    ['only key-value lines', '## Acceptance criteria\n\nStory points: 5\n\nPriority: P1', false, EMPTY],
    ['estimate list items', '## Acceptance criteria\n\n- [ ] AC 1\n- Estimate: 2d', false, TEMPLATE],
    [
      'real criteria, then story points (not counted)',
      '## Acceptance criteria\n\n- [ ] Orders load in under 300 ms\n- [ ] Totals include tax\n\nStory points: 5',
      true,
      'Acceptance criteria under "Acceptance criteria" (2 items, first: "Orders load in under 300 ms").',
    ],
    [
      'a "Size:" criterion that is not an estimate',
      '## Acceptance criteria\n\n- Size: exports stay under 10 MB',
      true,
      'Acceptance criteria under "Acceptance criteria" (1 item, first: "Size: exports stay under 10 MB").',
    ],
    [
      'a "Priority:" sentence that is a criterion',
      '## Acceptance criteria\n\n- Priority: urgent tickets are listed before all other tickets',
      true,
      'Acceptance criteria under "Acceptance criteria" (1 item, first: "Priority: urgent tickets are listed before all other tickets").',
    ],
  ])('for %s', (_name, body, ok, reason) => {
    expect(judge(body)).toEqual({ rule: 'acceptance-criteria', ok, reason });
  });
});

describe('acceptanceCriteriaRule on adversarial bodies', () => {
  it('counts a huge checklist under the heading (body truncated by the parser)', () => {
    const body = `## Acceptance criteria\n\n${'- [ ] The export includes the order id\n'.repeat(100_000)}`;
    const check = judge(body);
    expect(check.ok).toBe(true);
    expect(check.reason).toMatch(
      /^Acceptance criteria under "Acceptance criteria" \(\d+ items, first: "The export includes the order id"\)\.$/,
    );
  });

  it('finds nothing in a huge single line or deeply nested lists', () => {
    expect(judge(`${'As a user '.repeat(500_000)}`).ok).toBe(false);
    const nested = Array.from({ length: 2_000 }, (_, depth) => `${'  '.repeat(depth % 200)}- level ${depth}`).join(
      '\n',
    );
    expect(judge(nested).reason).toBe(ADD);
  });

  it('judges 100,000 placeholder boxes as a template placeholder', () => {
    const check = judge(`## Acceptance criteria\n\n${'- [ ] \n'.repeat(100_000)}`);
    expect(check.reason).toMatch(/still the template placeholder/);
  });
});

describe('acceptanceCriteriaRule on arbitrary input', () => {
  const piece = fc.constantFrom(
    '## Acceptance criteria\n',
    '**DoD:**\n',
    '- [ ] ',
    'Given ',
    'When ',
    'Then ',
    'AC1: ',
    '<!--',
    '-->',
    '```gherkin\n',
    '\n',
  );
  it('never throws and always gives a reason', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 10 })), { maxLength: 40 }), (parts) => {
        const check = judge(parts.join(''));
        expect(check.rule).toBe('acceptance-criteria');
        expect(check.reason).toMatch(/\.$/);
      }),
      { numRuns: 300 },
    );
  });
});
