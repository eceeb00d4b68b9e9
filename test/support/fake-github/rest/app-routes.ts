import type { FakeInstallation, FakeState } from '../state.ts';
import { paginate } from './paginate.ts';
import { repoJson, userJson } from './shapes.ts';
import { repoOf, RestError, type RestHandler } from './rest-types.ts';

// Enough of the GitHub App endpoints for Probot to authenticate and find its installations.
// Any JWT is accepted; installation tokens are fake but stable ("ghs_fake_<id>").

export const FAKE_APP = { id: 1, slug: 'backlog-hygiene', name: 'Backlog Hygiene' };

function installationJson(installation: FakeInstallation, apiBase: string) {
  return {
    id: installation.id,
    account: userJson({ login: installation.account, type: 'User' }, apiBase),
    app_id: FAKE_APP.id,
    app_slug: FAKE_APP.slug,
    target_type: 'Organization',
    repository_selection: 'selected',
    access_tokens_url: `${apiBase}/app/installations/${installation.id}/access_tokens`,
    permissions: { issues: 'write', contents: 'read', metadata: 'read' },
    events: ['issues', 'issue_comment', 'milestone'],
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
  };
}

function installationById(state: FakeState, id: number): FakeInstallation {
  const installation = state.installations.find((candidate) => candidate.id === id);
  if (!installation) throw new RestError(404, 'Not Found');
  return installation;
}

/** The installation whose token made the request ("token ghs_fake_<id>"), or the first one. */
function installationOfToken(state: FakeState, authorization: string | undefined): FakeInstallation {
  const id = /ghs_fake_(\d{1,9})/.exec(authorization ?? '')?.[1];
  const installation = id
    ? state.installations.find((candidate) => candidate.id === Number(id))
    : state.installations[0];
  if (!installation) throw new RestError(404, 'Not Found');
  return installation;
}

export const appRoutes: Record<string, RestHandler> = {
  'GET /app': (context) => ({
    status: 200,
    body: {
      ...FAKE_APP,
      node_id: 'A_kwDOfake1',
      owner: userJson({ login: 'backlog-hygiene', type: 'User' }, context.apiBase),
      permissions: {},
      events: [],
    },
  }),
  'GET /app/installations': (context) =>
    paginate(
      context,
      context.state.installations.map((one) => installationJson(one, context.apiBase)),
    ),
  'GET /app/installations/{installation_id}': (context) => ({
    status: 200,
    body: installationJson(installationById(context.state, Number(context.params.installation_id)), context.apiBase),
  }),
  'POST /app/installations/{installation_id}/access_tokens': (context) => {
    const installation = installationById(context.state, Number(context.params.installation_id));
    return {
      status: 201,
      body: {
        token: `ghs_fake_${installation.id}`,
        expires_at: '2099-01-01T00:00:00Z',
        permissions: { issues: 'write', contents: 'read', metadata: 'read' },
        repository_selection: 'selected',
      },
    };
  },
  'GET /installation/repositories': (context) => {
    const installation = installationOfToken(context.state, context.authorization);
    const repos = installation.repos.map((name) => context.state.repos.get(name)).filter((repo) => repo !== undefined);
    const page = paginate(
      context,
      repos.map((repo) => repoJson(repo, context.apiBase)),
    );
    return { ...page, body: { total_count: repos.length, repository_selection: 'selected', repositories: page.body } };
  },
  'GET /repos/{owner}/{repo}/installation': (context) => {
    const repo = repoOf(context);
    const installation = context.state.installations.find((one) => one.repos.includes(`${repo.owner}/${repo.name}`));
    if (!installation) throw new RestError(404, 'Not Found');
    return { status: 200, body: installationJson(installation, context.apiBase) };
  },
};
