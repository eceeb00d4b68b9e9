import { findLabel } from '../state.ts';
import { addLabels, createLabel, removeLabel, setLabels } from '../writes.ts';
import { paginate } from './paginate.ts';
import { labelJson } from './shapes.ts';
import { field, issueOf, repoOf, RestError, type RestContext, type RestHandler, type RestReply } from './rest-types.ts';

/** The label names in any of the body shapes GitHub accepts: {labels:[…]}, […], "name", or objects with `name`. */
function labelNames(body: unknown): string[] {
  const list = Array.isArray(body)
    ? body
    : typeof body === 'string'
      ? [body]
      : (field<unknown[]>(body, 'labels') ?? []);
  return list.map((item) => (typeof item === 'string' ? item : String(field(item, 'name'))));
}

function issueLabels(context: RestContext, status = 200): RestReply {
  const repo = repoOf(context);
  const issue = issueOf(context, repo);
  const labels = issue.labels.map((name) => findLabel(repo, name)).filter((label) => label !== undefined);
  return { status, body: labels.map((label) => labelJson(repo, label, context.apiBase)) };
}

const createRepoLabel: RestHandler = (context) => {
  const repo = repoOf(context);
  const name = String(field(context.body, 'name'));
  if (findLabel(repo, name)) {
    throw new RestError(422, 'Validation Failed', {
      errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
    });
  }
  const color = field<string>(context.body, 'color')?.replace(/^#/, '');
  if (color !== undefined && !/^[0-9a-fA-F]{6}$/.test(color)) {
    throw new RestError(422, 'Validation Failed', { errors: [{ resource: 'Label', code: 'invalid', field: 'color' }] });
  }
  const description = field<string>(context.body, 'description');
  if (description !== undefined && description.length > 100) {
    throw new RestError(422, 'Validation Failed', {
      errors: [
        {
          resource: 'Label',
          code: 'invalid',
          field: 'description',
          message: 'description is too long (maximum is 100 characters)',
        },
      ],
    });
  }
  const label = createLabel(context.state, repo, { name, color, description });
  return { status: 201, body: labelJson(repo, label, context.apiBase) };
};

const getRepoLabel: RestHandler = (context) => {
  const repo = repoOf(context);
  const label = findLabel(repo, context.params.name ?? '');
  if (!label) throw new RestError(404, 'Not Found');
  return { status: 200, body: labelJson(repo, label, context.apiBase) };
};

const removeIssueLabel: RestHandler = (context) => {
  const issue = issueOf(context);
  if (!removeLabel(context.state, issue, context.params.name ?? '')) throw new RestError(404, 'Label does not exist');
  return issueLabels(context);
};

export const labelRoutes: Record<string, RestHandler> = {
  'GET /repos/{owner}/{repo}/labels': (context) => {
    const repo = repoOf(context);
    return paginate(
      context,
      repo.labels.map((label) => labelJson(repo, label, context.apiBase)),
    );
  },
  'POST /repos/{owner}/{repo}/labels': createRepoLabel,
  'GET /repos/{owner}/{repo}/labels/{name}': getRepoLabel,
  'GET /repos/{owner}/{repo}/issues/{issue_number}/labels': (context) => issueLabels(context),
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': (context) => {
    const repo = repoOf(context);
    addLabels(context.state, repo, issueOf(context, repo), labelNames(context.body));
    return issueLabels(context);
  },
  // Replacing the label set undoes people's choices; the server flags these requests (replacesLabels).
  'PUT /repos/{owner}/{repo}/issues/{issue_number}/labels': (context) => {
    const repo = repoOf(context);
    setLabels(context.state, repo, issueOf(context, repo), labelNames(context.body));
    return issueLabels(context);
  },
  'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels': (context) => {
    const repo = repoOf(context);
    setLabels(context.state, repo, issueOf(context, repo), []);
    return { status: 204 };
  },
  'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}': removeIssueLabel,
};
