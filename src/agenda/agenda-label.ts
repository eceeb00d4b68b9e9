import type { RepoLabel } from '#src/model/repo-label.ts';

/**
 * The agenda label as created when the repository lacks it: with a colour and a description, so
 * people who meet it in the label list know what it is (GitHub would otherwise make it grey and blank).
 */
export const agendaLabel = (name: string): RepoLabel => ({
  name,
  color: '5319e7',
  description: 'Refinement agenda for a milestone, kept up to date by Backlog Hygiene.',
});
