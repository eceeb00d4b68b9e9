import { addComment, deleteComment, editComment } from '../writes.ts';
import type { FakeComment, FakeIssue, FakeRepo } from '../state.ts';
import { paginate } from './paginate.ts';
import { commentJson } from './shapes.ts';
import { timelineJson } from './timeline-json.ts';
import { field, issueOf, repoOf, RestError, type RestContext, type RestHandler } from './rest-types.ts';

function commentOf(context: RestContext): { repo: FakeRepo; issue: FakeIssue; comment: FakeComment } {
  const repo = repoOf(context);
  const id = Number(context.params.comment_id);
  for (const issue of repo.issues) {
    const comment = issue.comments.find((candidate) => candidate.id === id);
    if (comment) return { repo, issue, comment };
  }
  throw new RestError(404, 'Not Found');
}

export const commentRoutes: Record<string, RestHandler> = {
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': (context) => {
    const repo = repoOf(context);
    const issue = issueOf(context, repo);
    const since = context.query.get('since');
    const comments = issue.comments.filter((comment) => !since || comment.updatedAt >= since);
    return paginate(
      context,
      comments.map((comment) => commentJson(repo, issue, comment, context.apiBase)),
    );
  },
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': (context) => {
    const repo = repoOf(context);
    const issue = issueOf(context, repo);
    const comment = addComment(context.state, issue, String(field(context.body, 'body')));
    return { status: 201, body: commentJson(repo, issue, comment, context.apiBase) };
  },
  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}': (context) => {
    const { repo, issue, comment } = commentOf(context);
    return { status: 200, body: commentJson(repo, issue, comment, context.apiBase) };
  },
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': (context) => {
    const { repo, issue, comment } = commentOf(context);
    editComment(context.state, issue, comment, String(field(context.body, 'body')));
    return { status: 200, body: commentJson(repo, issue, comment, context.apiBase) };
  },
  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': (context) => {
    const { issue, comment } = commentOf(context);
    deleteComment(context.state, issue, comment);
    return { status: 204 };
  },
  'GET /repos/{owner}/{repo}/issues/{issue_number}/timeline': (context) => {
    const repo = repoOf(context);
    return paginate(context, timelineJson(repo, issueOf(context, repo), context.apiBase));
  },
};
