import { createHash } from 'node:crypto';
import type { FakeRepo } from '../state.ts';
import { paginate } from './paginate.ts';
import { milestoneJson, repoJson, userJson } from './shapes.ts';
import { repoOf, RestError, type RestContext, type RestHandler } from './rest-types.ts';

const sha = (text: string): string =>
  createHash('sha1')
    .update(`blob ${Buffer.byteLength(text)}\0${text}`)
    .digest('hex');

/** GitHub wraps base64 content at 60 characters. */
const base64Lines = (text: string): string =>
  (
    Buffer.from(text)
      .toString('base64')
      .match(/.{1,60}/g) ?? []
  ).join('\n') + '\n';

function entryJson(repo: FakeRepo, path: string, type: 'file' | 'dir', context: RestContext) {
  const text = repo.files[path] ?? '';
  return {
    type,
    name: path.split('/').at(-1) ?? path,
    path,
    sha: sha(type === 'file' ? text : path),
    size: type === 'file' ? Buffer.byteLength(text) : 0,
    url: `${context.apiBase}/repos/${repo.owner}/${repo.name}/contents/${path}`,
    html_url: `https://github.com/${repo.owner}/${repo.name}/${type === 'file' ? 'blob' : 'tree'}/${repo.defaultBranch}/${path}`,
    download_url:
      type === 'file'
        ? `https://raw.githubusercontent.com/${repo.owner}/${repo.name}/${repo.defaultBranch}/${path}`
        : null,
  };
}

const getContent: RestHandler = (context) => {
  const repo = repoOf(context);
  const path = (context.params.path ?? '').replace(/^\/+|\/+$/g, '');
  const ref = context.query.get('ref');
  // Only the default branch exists in the fake.
  if (ref && ref !== repo.defaultBranch && ref !== 'HEAD' && ref !== `refs/heads/${repo.defaultBranch}`)
    throw new RestError(404, `No commit found for the ref ${ref}`);
  const text = repo.files[path];
  if (text !== undefined)
    return {
      status: 200,
      body: { ...entryJson(repo, path, 'file', context), encoding: 'base64', content: base64Lines(text) },
    };
  const prefix = path === '' ? '' : `${path}/`;
  const children = new Map<string, 'file' | 'dir'>();
  for (const file of Object.keys(repo.files)
    .filter((name) => name.startsWith(prefix))
    .sort()) {
    const [head, ...rest] = file.slice(prefix.length).split('/');
    children.set(`${prefix}${head}`, rest.length > 0 ? 'dir' : 'file');
  }
  if (children.size === 0) throw new RestError(404, 'Not Found');
  return { status: 200, body: [...children].map(([child, type]) => entryJson(repo, child, type, context)) };
};

const milestones: RestHandler = (context) => {
  const repo = repoOf(context);
  const state = context.query.get('state') ?? 'open';
  const sort = context.query.get('sort') ?? 'due_on';
  const direction = context.query.get('direction') === 'desc' ? -1 : 1;
  const key = (m: FakeRepo['milestones'][number]): string =>
    sort === 'completeness' ? String(m.number) : (m.dueOn ?? '9999');
  const list = repo.milestones
    .filter((milestone) => state === 'all' || milestone.state === state)
    .sort((a, b) => key(a).localeCompare(key(b)) * direction || a.number - b.number)
    .map((milestone) => milestoneJson(repo, milestone, context.apiBase));
  return paginate(context, list);
};

export const repoRoutes: Record<string, RestHandler> = {
  'GET /repos/{owner}/{repo}': (context) => ({ status: 200, body: repoJson(repoOf(context), context.apiBase) }),
  'GET /repos/{owner}/{repo}/contents/{path}': getContent,
  'GET /repos/{owner}/{repo}/milestones': milestones,
  'GET /repos/{owner}/{repo}/milestones/{milestone_number}': (context) => {
    const repo = repoOf(context);
    const milestone = repo.milestones.find((candidate) => candidate.number === Number(context.params.milestone_number));
    if (!milestone) throw new RestError(404, 'Not Found');
    return { status: 200, body: milestoneJson(repo, milestone, context.apiBase) };
  },
  'GET /repos/{owner}/{repo}/collaborators/{username}/permission': (context) => {
    const repo = repoOf(context);
    const login = context.params.username ?? '';
    // Anyone can read a public repository; seeded collaborators get their role.
    const permission = repo.collaborators[login] ?? (repo.private ? 'none' : 'read');
    const legacy = permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission;
    return {
      status: 200,
      body: { permission: legacy, role_name: permission, user: userJson({ login, type: 'User' }, context.apiBase) },
    };
  },
};
