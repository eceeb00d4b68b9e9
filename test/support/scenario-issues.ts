import { anIssueSeed, type IssueSeed } from '#test/support/fake-github/index.ts';

// The issues the Action's and the app's end-to-end tests both use, so the two front ends are
// exercised on the same scenarios.

/** A well-written, estimated issue: ready. */
export const READY: IssueSeed = anIssueSeed({ number: 1 });
/** A one-line bug report with a title that says nothing: not ready. */
export const VAGUE: IssueSeed = {
  number: 2,
  title: 'Fix bug',
  body: 'It is broken, please fix.',
  author: 'dana',
  createdAt: '2026-11-18T10:00:00Z',
};
/** Not ready by the rules, but a person put "ready" on it by hand. */
export const PERSON_READY: IssueSeed = {
  number: 3,
  title: 'Checkout is slow',
  body: 'Checkout takes long.',
  author: 'erin',
  labels: ['ready'],
  createdAt: '2026-11-10T10:00:00Z',
  events: [{ type: 'labeled', label: 'ready', actor: 'maintainer-maria', createdAt: '2026-11-12T10:00:00Z' }],
};
