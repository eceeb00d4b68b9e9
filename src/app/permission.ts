/** The one Octokit call the permission check needs (Probot's context.octokit fits). */
export type PermissionClient = {
  readonly rest: {
    readonly repos: {
      getCollaboratorPermissionLevel(parameters: { owner: string; repo: string; username: string }): Promise<{ data: { permission: string; role_name?: string } }>;
    };
  };
};

const WRITERS = new Set(['admin', 'maintain', 'write']);

/**
 * True when `login` has write access (admin, maintain or write) to the repository. Anyone else —
 * read and triage roles, people outside the repository (404) — may not give commands.
 */
export const canWrite = async (octokit: PermissionClient, owner: string, repo: string, login: string): Promise<boolean> => {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: login });
    // role_name tells maintain from write; the legacy `permission` field folds maintain into write.
    return WRITERS.has(data.role_name ?? '') || WRITERS.has(data.permission);
  } catch (error) {
    if ((error as { status?: number }).status === 404) return false;
    throw error;
  }
};

/** The one polite reply to someone without write access who used a command. */
export const commandDeniedReply = (login: string, command: string): string =>
  [
    '<!-- backlog-hygiene:command-reply -->',
    `@${login} thanks — only people with write access to this repository can use \`/${command}\`. A maintainer can pin the issue as ready with \`/ready\` or remove the pin with \`/refine\`.`,
  ].join('\n');
