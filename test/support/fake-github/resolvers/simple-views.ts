import { actorNodeId, findLabel, type FakeActor, type FakeLabel, type FakeMilestone, type FakeRepo } from '../state.ts';

// GraphQL views are plain objects: graphql-js's default resolver reads properties and calls
// methods with (args, context, info), and `__typename` picks the concrete type of an interface
// or union. Fields a view lacks resolve to null through the handler's field resolver.

const HTML = 'https://github.com';

/**
 * An author or actor. GraphQL gives a GitHub App's bot its login without the "[bot]" suffix
 * (REST keeps it), exactly as github.com does.
 */
export function actorView(actor: FakeActor) {
  const login = actor.type === 'Bot' ? actor.login.replace(/\[bot\]$/, '') : actor.login;
  return {
    __typename: actor.type,
    id: actorNodeId(actor),
    login,
    url: `${HTML}/${actor.type === 'Bot' ? `apps/${login}` : login}`,
    resourcePath: `/${login}`,
    avatarUrl: `https://avatars.githubusercontent.com/${login}`,
  };
}

export const personView = (login: string) => actorView({ login, type: login.endsWith('[bot]') ? 'Bot' : 'User' });

export function labelView(repo: FakeRepo, label: FakeLabel) {
  return {
    __typename: 'Label',
    id: label.nodeId,
    name: label.name,
    color: label.color,
    description: label.description || null,
    isDefault: false,
    url: `${HTML}/${repo.owner}/${repo.name}/labels/${encodeURIComponent(label.name)}`,
  };
}

/** A label by name; one deleted from the repository since still shows its name, as on GitHub. */
export function labelViewByName(repo: FakeRepo, name: string) {
  const label = findLabel(repo, name);
  return label
    ? labelView(repo, label)
    : {
        __typename: 'Label',
        id: `LA_deleted_${name}`,
        name,
        color: 'ededed',
        description: null,
        isDefault: false,
        url: '',
      };
}

export function milestoneFields(repo: FakeRepo, milestone: FakeMilestone) {
  return {
    __typename: 'Milestone',
    id: milestone.nodeId,
    number: milestone.number,
    title: milestone.title,
    description: milestone.description || null,
    state: milestone.state === 'open' ? 'OPEN' : 'CLOSED',
    closed: milestone.state === 'closed',
    dueOn: milestone.dueOn ?? null,
    closedAt: milestone.closedAt ?? null,
    createdAt: milestone.createdAt,
    updatedAt: milestone.updatedAt,
    url: `${HTML}/${repo.owner}/${repo.name}/milestone/${milestone.number}`,
  };
}
