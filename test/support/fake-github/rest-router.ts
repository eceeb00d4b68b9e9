import { appRoutes } from './rest/app-routes.ts';
import { commentRoutes } from './rest/comment-routes.ts';
import { issueRoutes } from './rest/issue-routes.ts';
import { labelRoutes } from './rest/label-routes.ts';
import { planningRoutes } from './rest/planning-routes.ts';
import { repoRoutes } from './rest/repo-routes.ts';
import { errorBody, RestError, type RestContext, type RestHandler, type RestReply } from './rest/rest-types.ts';
import { matchRoute } from './rest-spec.ts';
import { validateBody } from './rest-validate.ts';

const routes: Record<string, RestHandler> = {
  ...repoRoutes,
  ...issueRoutes,
  ...planningRoutes,
  ...labelRoutes,
  ...commentRoutes,
  ...appRoutes,
};

/** What the router tells the server besides the reply, for the request log. */
export type RestOutcome = { reply: RestReply; template?: string; operationId?: string };

const reportedMissing = new Set<string>();

/**
 * Answers one REST request: resolves it against GitHub's OpenAPI paths (404 when GitHub has no
 * such route), validates the JSON body against the operation's schema (422 like GitHub), then
 * runs the fake's handler. Routes GitHub has but the fake lacks answer 501 so the gap is obvious.
 */
export function handleRest(method: string, pathname: string, context: Omit<RestContext, 'params'>): RestOutcome {
  const lookup = matchRoute(method, pathname);
  if (lookup.kind !== 'matched') return { reply: { status: 404, body: errorBody(404, 'Not Found') } };
  const { route } = lookup;
  const key = `${method} ${route.template}`;
  const outcome = { template: route.template, operationId: route.operation.operationId };
  const invalid = validateBody(route, context.body);
  if (invalid) return { ...outcome, reply: { status: 422, body: errorBody(422, invalid.message) } };
  const handler = routes[key];
  if (!handler) {
    if (!reportedMissing.has(key))
      console.warn(`fake-github: not implemented: ${key} (${route.operation.operationId})`);
    reportedMissing.add(key);
    return { ...outcome, reply: { status: 501, body: errorBody(501, `fake-github does not implement ${key}`) } };
  }
  try {
    return { ...outcome, reply: handler({ ...context, params: route.params }) };
  } catch (error) {
    if (error instanceof RestError)
      return { ...outcome, reply: { status: error.status, body: errorBody(error.status, error.message, error.extra) } };
    throw error;
  }
}
