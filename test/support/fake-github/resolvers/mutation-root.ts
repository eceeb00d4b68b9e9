import {
  addComment,
  addLabels,
  createIssue,
  createLabel,
  deleteComment,
  editComment,
  removeLabel,
  updateIssue,
} from '../writes.ts';
import { githubError, type GraphqlContext } from './context.ts';
import { commentView, issueView } from './issue-view.ts';
import { locateComment, locateIssue, locateLabels, locateMilestone, locateRepo, loginsOf } from './locate.ts';
import { labelView } from './simple-views.ts';

type Input<T> = { input: T & { clientMutationId?: string | null } };

/** Mutation root fields the fake performs; each is attributed to the state's actor. */
export function mutationRoot({ state }: GraphqlContext) {
  const issuePayload = (id: string, clientMutationId?: string | null) => {
    const { repo, issue } = locateIssue(state, id);
    return { clientMutationId: clientMutationId ?? null, issue: issueView(state, repo, issue) };
  };
  return {
    addLabelsToLabelable: ({ input }: Input<{ labelableId: string; labelIds: string[] }>) => {
      const { repo, issue } = locateIssue(state, input.labelableId);
      addLabels(
        state,
        repo,
        issue,
        locateLabels(repo, input.labelIds).map((label) => label.name),
      );
      return { clientMutationId: input.clientMutationId ?? null, labelable: issueView(state, repo, issue) };
    },
    removeLabelsFromLabelable: ({ input }: Input<{ labelableId: string; labelIds: string[] }>) => {
      const { repo, issue } = locateIssue(state, input.labelableId);
      for (const label of locateLabels(repo, input.labelIds)) removeLabel(state, issue, label.name);
      return { clientMutationId: input.clientMutationId ?? null, labelable: issueView(state, repo, issue) };
    },
    addComment: ({ input }: Input<{ subjectId: string; body: string }>) => {
      const { repo, issue } = locateIssue(state, input.subjectId);
      if (input.body.trim() === '') throw githubError('UNPROCESSABLE', 'Body cannot be blank');
      const comment = addComment(state, issue, input.body);
      const node = commentView(state, repo, issue, comment);
      return {
        clientMutationId: input.clientMutationId ?? null,
        commentEdge: { cursor: comment.nodeId, node },
        subject: issueView(state, repo, issue),
        timelineEdge: { cursor: comment.nodeId, node },
      };
    },
    updateIssueComment: ({ input }: Input<{ id: string; body: string }>) => {
      const { repo, issue, comment } = locateComment(state, input.id);
      editComment(state, issue, comment, input.body);
      return {
        clientMutationId: input.clientMutationId ?? null,
        issueComment: commentView(state, repo, issue, comment),
      };
    },
    deleteIssueComment: ({ input }: Input<{ id: string }>) => {
      const { issue, comment } = locateComment(state, input.id);
      deleteComment(state, issue, comment);
      return { clientMutationId: input.clientMutationId ?? null };
    },
    createIssue: ({
      input,
    }: Input<{
      repositoryId: string;
      title: string;
      body?: string | null;
      labelIds?: string[] | null;
      assigneeIds?: string[] | null;
      milestoneId?: string | null;
    }>) => {
      const repo = locateRepo(state, input.repositoryId);
      if (input.title.trim() === '') throw githubError('UNPROCESSABLE', "Title can't be blank");
      const issue = createIssue(state, repo, {
        title: input.title,
        body: input.body ?? '',
        labels: locateLabels(repo, input.labelIds ?? []).map((label) => label.name),
        assignees: loginsOf(input.assigneeIds ?? []),
        milestone: input.milestoneId ? locateMilestone(repo, input.milestoneId).number : undefined,
      });
      return { clientMutationId: input.clientMutationId ?? null, issue: issueView(state, repo, issue) };
    },
    updateIssue: ({
      input,
    }: Input<{
      id: string;
      title?: string | null;
      body?: string | null;
      state?: 'OPEN' | 'CLOSED' | null;
      labelIds?: string[] | null;
      assigneeIds?: string[] | null;
      milestoneId?: string | null;
    }>) => {
      const { repo, issue } = locateIssue(state, input.id);
      updateIssue(state, repo, issue, {
        title: input.title ?? undefined,
        body: input.body ?? undefined,
        state: input.state ? (input.state === 'OPEN' ? 'open' : 'closed') : undefined,
        labels: input.labelIds ? locateLabels(repo, input.labelIds).map((label) => label.name) : undefined,
        assignees: input.assigneeIds ? loginsOf(input.assigneeIds) : undefined,
        milestone:
          input.milestoneId === undefined
            ? undefined
            : input.milestoneId === null
              ? null
              : locateMilestone(repo, input.milestoneId).number,
      });
      return issuePayload(input.id, input.clientMutationId);
    },
    closeIssue: ({
      input,
    }: Input<{ issueId: string; stateReason?: 'COMPLETED' | 'NOT_PLANNED' | 'DUPLICATE' | null }>) => {
      const { repo, issue } = locateIssue(state, input.issueId);
      updateIssue(state, repo, issue, {
        state: 'closed',
        stateReason: input.stateReason === 'NOT_PLANNED' ? 'not_planned' : 'completed',
      });
      return issuePayload(input.issueId, input.clientMutationId);
    },
    pinIssue: ({ input }: Input<{ issueId: string }>) => {
      const { repo, issue } = locateIssue(state, input.issueId);
      if (!issue.pinned && repo.issues.filter((other) => other.pinned).length >= 3)
        throw githubError('UNPROCESSABLE', 'A repository can only have 3 pinned issues');
      issue.pinned = true;
      return issuePayload(input.issueId, input.clientMutationId);
    },
    reopenIssue: ({ input }: Input<{ issueId: string }>) => {
      const { repo, issue } = locateIssue(state, input.issueId);
      updateIssue(state, repo, issue, { state: 'open' });
      return issuePayload(input.issueId, input.clientMutationId);
    },
    createLabel: ({
      input,
    }: Input<{ repositoryId: string; name: string; color: string; description?: string | null }>) => {
      const repo = locateRepo(state, input.repositoryId);
      if (repo.labels.some((label) => label.name.toLowerCase() === input.name.toLowerCase()))
        throw githubError('UNPROCESSABLE', 'Name has already been taken');
      const label = createLabel(state, repo, {
        name: input.name,
        color: input.color,
        description: input.description ?? undefined,
      });
      return { clientMutationId: input.clientMutationId ?? null, label: labelView(repo, label) };
    },
  };
}
