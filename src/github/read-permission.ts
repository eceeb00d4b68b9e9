import type { ReadState } from './read-issues.ts';

type PermissionLevel = { permission?: string; role_name?: string | null };

const WRITERS = new Set(['admin', 'maintain', 'write']);

/**
 * True when `login` has write access (admin, maintain or write) to the repository: one REST read.
 * Anyone else — read and triage roles, people outside the repository (404) — may not give commands.
 */
export const readCanWrite = async (state: ReadState, login: string): Promise<boolean> => {
  try {
    const level = await state.client.rest<PermissionLevel>(
      'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
      { owner: state.owner, repo: state.name, username: login },
      `read @${login}'s permission on ${state.owner}/${state.name}`,
    );
    // role_name tells maintain from write; the legacy `permission` field folds maintain into write.
    return WRITERS.has(level.role_name ?? '') || WRITERS.has(level.permission ?? '');
  } catch (error) {
    // The counting client keeps the status on its GitHubError: 404 means not a collaborator.
    if ((error as { status?: number } | null)?.status === 404) return false;
    throw error;
  }
};
