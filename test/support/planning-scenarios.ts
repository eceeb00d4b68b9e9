import { anIssueSeed, type IssueSeed } from '#test/support/fake-github/index.ts';

// GitHub's planning data as the Action's, the app's and the contract tests' scenarios: a typed bug,
// a split epic with its sub-issues, an issue natively blocked by another, and an issue whose
// estimate is an issue field. Numbers start at 20 so they sit beside the shared scenario issues.

const CONTEXT_AND_AC = [
  '## Context',
  'Customers who pay by gift card cannot see the remaining balance anywhere after checkout.',
  '',
  '## Acceptance criteria',
  '- [ ] The account page shows the balance of every gift card used',
  '- [ ] The balance updates within a minute of a purchase',
].join('\n');

/** A bug report with steps, typed "Bug": the bug kind needs no estimate, so it is ready. */
export const TYPED_BUG: IssueSeed = anIssueSeed({
  number: 20,
  title: 'Coupon code is rejected after changing the cart quantity',
  issueType: 'Bug',
  milestone: 1,
  body: [
    '## Steps to reproduce',
    '1. Add two items to the cart and apply the code AUTUMN10',
    '2. Change the quantity of the first item',
    '',
    '## Expected',
    'The discount stays applied; today the message "Code not valid" appears.',
  ].join('\n'),
});

/** An epic estimated at 21 points (above the limit of 8), already split into sub-issues 22 and 23. */
export const SPLIT_EPIC: IssueSeed = anIssueSeed({
  number: 21,
  title: 'Gift card balance everywhere',
  issueType: 'Epic',
  labels: ['points: 21'],
  milestone: 1,
  body: CONTEXT_AND_AC,
});
export const EPIC_CHILD: IssueSeed = anIssueSeed({ number: 22, title: 'Gift card balance API', parent: 21 });
export const EPIC_CHILD_DONE: IssueSeed = anIssueSeed({
  number: 23,
  title: 'Gift card balance data model',
  parent: 21,
  state: 'closed',
});

/** An open issue that blocks #25 through GitHub's native dependencies. */
export const BLOCKER: IssueSeed = anIssueSeed({ number: 24, title: 'Shipping rates API for Norway' });
/** Ready by its text, but natively blocked by the open #24. */
export const NATIVELY_BLOCKED: IssueSeed = anIssueSeed({
  number: 25,
  title: 'Ship to Norway',
  blockedBy: [24],
  milestone: 1,
});

/** No estimate in labels or text: the "Effort" issue field says Medium (3 points); its target date is after the milestone. */
export const FIELD_ESTIMATED: IssueSeed = anIssueSeed({
  number: 26,
  title: 'Show the gift card balance at checkout',
  body: CONTEXT_AND_AC,
  milestone: 1,
  issueFields: { Effort: 'Medium', Priority: 'High', 'Target date': { date: '2026-12-04' } },
});

/** Every planning scenario issue, in number order. */
export const PLANNING_ISSUES: readonly IssueSeed[] = [
  TYPED_BUG,
  SPLIT_EPIC,
  EPIC_CHILD,
  EPIC_CHILD_DONE,
  BLOCKER,
  NATIVELY_BLOCKED,
  FIELD_ESTIMATED,
];
