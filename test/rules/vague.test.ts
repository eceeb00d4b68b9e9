import { describe, expect, it } from 'vitest';
import { configSchema, type ConfigInput } from '#src/config/schema.ts';
import { parseBody } from '#src/markdown/parse-body.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { IssueTemplate } from '#src/model/issue-template.ts';
import { vagueRule } from '#src/rules/vague.ts';
import { FIXED_NOW } from '#test/support/fixed-clock.ts';
import { anItem } from '#test/support/item-builder.ts';

const judge = (overrides: Partial<BacklogItem>, config: ConfigInput = {}, templates?: IssueTemplate[]) => {
  const item = anItem(overrides);
  return vagueRule({
    item,
    doc: parseBody(item.body),
    config: configSchema.parse(config),
    now: FIXED_NOW,
    estimate: undefined,
    ...(templates ? { templates } : {}),
  });
};

const GITHUB_BUG_TEMPLATE = `**Describe the bug**
A clear and concise description of what the bug is.

**To Reproduce**
Steps to reproduce the behavior:
1. Go to '...'
2. Click on '....'
3. Scroll down to '....'
4. See error

**Expected behavior**
A clear and concise description of what you expected to happen.

**Desktop (please complete the following information):**
 - OS: [e.g. iOS]
 - Browser [e.g. chrome, safari]
 - Version [e.g. 22]

**Additional context**
Add any other context about the problem here.`;

const FILLED_BUG = `**Describe the bug**
The CSV export on the reports page ignores the date filter and always exports every row since 2019.

**To Reproduce**
1. Open Reports > Revenue
2. Set the date filter to "Last 30 days"
3. Click "Export CSV"
4. The file has 48,000 rows instead of about 900

**Expected behavior**
The export contains only the rows the table shows.

**Desktop:**
 - OS: macOS 15.1
 - Browser: Firefox 132`;

const USER_STORY = `As a finance manager, I want to export the revenue report as CSV so that I can reconcile it with our bookkeeping without retyping numbers.

## Acceptance criteria
- Given a date filter, when I export, then the file only contains the filtered rows`;

describe('vagueRule', () => {
  it.each([
    ['a realistic feature request', {}],
    ['a filled-in bug report', { title: 'CSV export ignores the date filter', body: FILLED_BUG }],
    ['a user story with criteria', { title: 'Export revenue report as CSV', body: USER_STORY }],
    ['a "[Bug]:" title with a real subject', { title: '[Bug]: Export ignores date filter' }],
    ['a conventional-commit style title', { title: 'feat(reports): CSV export for revenue' }],
    ['a specific title that contains a generic word', { title: 'Update Stripe SDK to v14 for the new refunds API' }],
  ])('passes %s', (_label, overrides) => {
    const check = judge(overrides);
    expect(check.ok).toBe(true);
    expect(check.reason).toMatch(/^The title and the description \(\d+ words\) say what this is about\.$/);
  });

  it.each([
    ['fix bug'],
    ['Bug'],
    ["Doesn't work!"],
    ['not working'],
    ['Broken'],
    ['Error'],
    ['HELP'],
    ['issue'],
    ['Problem'],
    ['Improve performance'],
    ['update'],
    ['Fix'],
    ['Question?'],
    ['crash'],
    ['TODO'],
    ['Feature request'],
    ['[Bug]: fix bug'],
    ['Bug: not working'],
    ['Performance issue'],
    ['Fix crash'],
  ])('fails the title %j even when the body is fine', (title) => {
    const check = judge({ title });
    expect(check.ok).toBe(false);
    expect(check.reason).toContain(`The title "${title}" says nothing`);
  });

  it('tells what to say for a bug-like title', () => {
    expect(judge({ title: 'fix bug' }).reason).toBe('The title "fix bug" says nothing: say what is broken and where.');
  });

  it.each([['[Bug]:'], ['[Feature Request]: '], ['Bug: ']])(
    'fails the title %j that has nothing after its prefix',
    (title) => {
      expect(judge({ title }).reason).toContain('has nothing after its prefix');
    },
  );

  it('uses configured generic titles', () => {
    expect(judge({ title: 'Make it better' }, { rules: { vague: { genericTitles: ['make it better'] } } }).ok).toBe(
      false,
    );
  });

  it.each<[string, string, string]>([
    ['an empty body', '', 'The description is empty'],
    ['a body of only comments', '<!-- Describe the problem here -->\n', 'The description is empty'],
    ['a two-word body', 'Login fails', 'only 2 meaningful words (at least 8 needed)'],
    [
      'an image-only body',
      '![screenshot](https://user-images.githubusercontent.com/1/shot.png)',
      'only an image and no words',
    ],
    ['several images', '<img src="a.png">\n\n![b](b.png)', 'only images (2) and no words'],
    ['headings only', '## Problem\n\n## Proposal\n', 'headings but no text: fill in "Problem", "Proposal"'],
    [
      'the GitHub bug template',
      GITHUB_BUG_TEMPLATE,
      'placeholder text such as "A clear and concise description of what the bug is"',
    ],
    ['an empty user story', 'As a <type of user>, I want <some goal> so that <some reason>', 'unfilled template'],
    ['a blank user story', 'As a ___, I want ___ so that ___', 'unfilled template'],
    [
      'an unanswered issue form',
      '### What happened?\n\n_No response_\n\n### Steps\n\n_No response_',
      '"_No response_"',
    ],
    [
      'an environment list of placeholders',
      'Crashes.\n\n- OS: [e.g. iOS]\n- Browser [e.g. chrome, safari]',
      '"[e.g. iOS]"',
    ],
    [
      'mostly empty sections',
      '## Summary\nThe checkout page shows a blank screen for customers paying with PayPal.\n## Steps\n## Expected\n## Logs\n',
      'leaves most sections empty: "Steps", "Expected", "Logs"',
    ],
  ])('fails %s and says what is missing', (_label, body, reason) => {
    const check = judge({ body });
    expect(check.ok).toBe(false);
    expect(check.reason).toContain(reason);
  });

  it('names the empty sections of a half-filled template', () => {
    const body = '**Describe the bug**\nA clear and concise description of what the bug is.\n\n**Expected behavior**\n';
    expect(judge({ body }).reason).toContain('sections left empty: "Describe the bug", "Expected behavior"');
  });

  it('counts a real report that kept only one placeholder line as filled', () => {
    const body = `${FILLED_BUG}\n\n**Additional context**\nAdd any other context about the problem here.`;
    expect(judge({ title: 'CSV export ignores the date filter', body }).ok).toBe(true);
  });

  it('uses configured placeholders', () => {
    const body = 'Please describe your change request in detail here.';
    expect(
      judge({ body }, { rules: { vague: { placeholders: ['Please describe your change request in detail here'] } } })
        .reason,
    ).toContain('unfilled template');
  });

  it('uses the configured minimum word count', () => {
    const body = 'Export ignores the date filter.';
    expect(judge({ body }, { rules: { vague: { minWords: 3 } } }).ok).toBe(true);
    expect(judge({ body }).ok).toBe(false);
  });

  it('reports the title and the body together', () => {
    expect(judge({ title: 'bug', body: '' }).reason).toBe(
      'The title "bug" says nothing: say what is broken and where. The description is empty: say what the problem or need is, who has it, and how we will know it is done.',
    );
  });

  describe("with the repository's own templates", () => {
    const templates: IssueTemplate[] = [
      {
        name: 'feature.md',
        body: '## Who needs this\n\n## What they need\n\n## Why now\n\nDescribe the business impact.\n',
      },
      {
        name: 'incident.md',
        body: '## Impact\n\nWho is affected and how badly?\n\n## Timeline\n\nWhen did it start?\n\n## Mitigation\n\nWhat has been done so far?\n',
      },
    ];

    it('names the template a barely touched body comes from', () => {
      const body =
        '## Impact\n\nWho is affected and how badly?\n\n## Timeline\n\nWhen did it start?\n\n## Mitigation\n\nWhat has been done so far?\nNothing yet.';
      const check = judge({ body }, {}, templates);
      expect(check.ok).toBe(false);
      expect(check.reason).toContain('"incident.md" template barely filled in (86% of its lines');
    });

    it('passes a body that filled the template in', () => {
      const body = [
        '## Impact',
        'All EU customers get a 502 on checkout; about 1,200 orders an hour fail.',
        '## Timeline',
        'Started 09:40 UTC after the 3.12 deploy of the payments gateway.',
        '## Mitigation',
        'Rolled back payments to 3.11 at 10:05; errors dropped to zero.',
      ].join('\n');
      expect(judge({ title: 'EU checkout 502s after payments 3.12 deploy', body }, {}, templates).ok).toBe(true);
    });

    it('honours a stricter similarity threshold', () => {
      const body =
        '## Who needs this\nThe support team.\n## What they need\n## Why now\n\nDescribe the business impact.';
      expect(judge({ body }, { rules: { vague: { templateSimilarity: 0.9 } } }, templates).reason).not.toContain(
        'feature.md',
      );
      expect(judge({ body }, { rules: { vague: { templateSimilarity: 0.7 } } }, templates).reason).toContain(
        '"feature.md"',
      );
    });
  });

  it('passes with a note when the rule is disabled', () => {
    expect(judge({ title: 'bug', body: '' }, { rules: { vague: { enabled: false } } }).reason).toBe(
      'Rule disabled in config.',
    );
  });
});
