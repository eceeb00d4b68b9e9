import type { BacklogItem } from '#src/model/backlog-item.ts';

/** A realistic, well-written feature request body used as the default for `anItem()`. */
export const REALISTIC_BODY = [
  '## Problem',
  '',
  'Finance exports the monthly revenue table by copying it from the reports page into a spreadsheet.',
  'Copying loses the number formatting and takes about twenty minutes every month.',
  '',
  '## Proposal',
  '',
  'Add an "Export CSV" button next to the date filter on the reports page that downloads the rows currently shown.',
  '',
  '## Acceptance criteria',
  '',
  '- [ ] The button downloads a UTF-8 CSV with a header row',
  '- [ ] The export respects the active date filter',
  '- [ ] Amounts keep two decimals and use a dot as decimal separator',
].join('\n');

/**
 * Builds a BacklogItem with sane defaults (an open, recently created feature request with a
 * realistic body); pass only the fields a test is about.
 */
export const anItem = (overrides: Partial<BacklogItem> = {}): BacklogItem => ({
  number: 1,
  title: 'Add CSV export to the reports page',
  body: REALISTIC_BODY,
  url: 'https://github.com/acme/webshop/issues/1',
  state: 'open',
  labels: [],
  assignees: [],
  createdAt: '2026-11-02T10:15:00Z',
  updatedAt: '2026-11-10T08:30:00Z',
  commentCount: 0,
  ...overrides,
});
