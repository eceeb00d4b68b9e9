import type { BacklogItem, LabelEvent, OwnComment, ProjectFields } from '#src/model/backlog-item.ts';
import { readCommentMarker } from '#src/plan/comment-marker.ts';
import { readReplyMarker } from '#src/plan/reply-marker.ts';
import { canBeUs } from './can-be-us.ts';
import { classifyActor, type SelfLogins } from './classify-actor.ts';
import { nodesOf, type RawActor, type RawComment, type RawIssue, type RawReaction } from './graphql-shapes.ts';
import { mapPlanning } from './map-planning.ts';

const newest = (times: readonly (string | null | undefined)[]): string | undefined =>
  times.reduce<string | undefined>(
    (best, time) => (time && (!best || Date.parse(time) > Date.parse(best)) ? time : best),
    undefined,
  );

/**
 * The comments read with the issue: `IssueComment` items of the timeline (one connection carries
 * comments and events), plus any from `comments.nodes` or a later page (`older`), each once.
 */
export const commentsOf = (raw: RawIssue, older: readonly RawComment[] = []): RawComment[] => {
  const seen = new Set<string>();
  const all: RawComment[] = [];
  const add = (comment: RawComment) => {
    if (seen.has(comment.id)) return;
    seen.add(comment.id);
    all.push(comment);
  };
  for (const comment of older) add(comment);
  for (const comment of nodesOf<RawComment>(raw.comments)) add(comment);
  for (const item of nodesOf(raw.timelineItems)) if (item.__typename === 'IssueComment') add(item);
  return all.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
};

/**
 * Newest time a person did something: opened the issue, edited its body, commented (or edited a
 * comment), reopened, renamed or (un)labeled it. Bots, this tool included, never move it.
 */
export const lastHumanActivity = (raw: RawIssue, self: SelfLogins): string | undefined => {
  const isPerson = (actor: RawActor | undefined) => classifyActor(actor, self) === 'person';
  const comments = commentsOf(raw).filter((comment) => isPerson(comment.author));
  return newest([
    raw.createdAt,
    raw.editor && isPerson(raw.editor) ? raw.lastEditedAt : undefined,
    ...comments.flatMap((comment) => [comment.createdAt, comment.lastEditedAt]),
    ...nodesOf(raw.timelineItems)
      .filter((item) => item.__typename !== 'IssueComment' && isPerson(item.actor))
      .map((item) => item.createdAt),
  ]);
};

/**
 * Newest reaction by a person on the issue body, among those read. A null `user` is not a person:
 * `Reaction.user` is typed User, so GitHub has no User to give for a bot's reaction (a deleted
 * account's reactions show as the "ghost" User, which still counts).
 */
export const lastHumanReaction = (raw: RawIssue, self: SelfLogins): string | undefined =>
  newest(
    nodesOf<RawReaction>(raw.reactions)
      .filter((reaction) => reaction.user && classifyActor(reaction.user, self) === 'person')
      .map((reaction) => reaction.createdAt),
  );

/** Label changes from the timeline, oldest first. */
export const labelEvents = (raw: RawIssue, self: SelfLogins): LabelEvent[] =>
  nodesOf(raw.timelineItems)
    .flatMap((item): LabelEvent[] =>
      (item.__typename === 'LabeledEvent' || item.__typename === 'UnlabeledEvent') && item.label
        ? [
            {
              label: item.label.name,
              action: item.__typename === 'LabeledEvent' ? 'added' : 'removed',
              by: classifyActor(item.actor, self),
              at: item.createdAt,
            },
          ]
        : [],
    )
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

/**
 * Whether a comment can be this tool's own (see `canBeUs`): written by the token's account
 * (`viewerDidAuthor`), by our app's bot, or by github-actions[bot] (so the app, installed after the
 * Action, finds the Action's comment instead of posting a second one). Never a person, even one
 * copying our marker.
 */
export const canBeOurs = (comment: RawComment, self: SelfLogins): boolean =>
  canBeUs(comment.author ?? undefined, self, comment.viewerDidAuthor === true);

/**
 * This tool's explanation comment: the newest comment carrying the hidden marker that this tool can
 * have written (see `canBeOurs`). A person's comment is never adopted, so it is never edited.
 */
export const ownComment = (
  raw: RawIssue,
  self: SelfLogins,
  older: readonly RawComment[] = [],
): OwnComment | undefined => {
  let pick: { comment: RawComment; hash: string; resolved: boolean } | undefined;
  for (const comment of commentsOf(raw, older)) {
    const marker = readCommentMarker(comment.body);
    if (marker && canBeOurs(comment, self)) pick = { comment, ...marker };
  }
  return pick && { id: pick.comment.id, hash: pick.hash, resolved: pick.resolved };
};

/**
 * True when some comments are older than the ones read with the issue and none of those read is
 * ours: the explanation comment may be further back (a busy issue), so the reader pages through them.
 */
export const mayHideOwnComment = (raw: RawIssue, self: SelfLogins): boolean =>
  raw.timelineItems !== undefined &&
  raw.comments.totalCount > commentsOf(raw).length &&
  ownComment(raw, self) === undefined;

/**
 * The people this tool already replied to about a refused command: comments that can be ours (see
 * `canBeOurs`) carrying the reply marker. Undefined when the read carried no comments.
 */
export const commandRepliesTo = (
  raw: RawIssue,
  self: SelfLogins,
  older: readonly RawComment[] = [],
): string[] | undefined => {
  if (!raw.comments.nodes && raw.timelineItems === undefined) return undefined;
  const replies = commentsOf(raw, older).flatMap((comment) => {
    const login = canBeOurs(comment, self) ? readReplyMarker(comment.body) : undefined;
    return login ? [login] : [];
  });
  return [...new Set(replies)];
};

/** Number, single-select and text fields from the issue's Projects; the first project to name a field wins. */
export const projectFields = (raw: RawIssue): ProjectFields | undefined => {
  if (!raw.projectItems) return undefined;
  const fields: Record<string, string | number> = {};
  for (const item of nodesOf(raw.projectItems)) {
    for (const value of nodesOf(item.fieldValues)) {
      const name = value.field?.name;
      const content = value.number ?? value.name ?? value.text;
      if (name && content !== null && content !== undefined && !(name in fields)) fields[name] = content;
    }
  }
  return fields;
};

/**
 * Maps a GraphQL issue to the core's BacklogItem (`older`: comments read past the timeline window). `linkedStates` stays undefined: resolving
 * "blocked by #N" needs other issues, which the use case has (the rest of the backlog), not this mapping.
 * GitHub's planning data (type, parent, sub-issues, dependencies, issue fields) comes from map-planning.ts.
 */
export const mapIssue = (raw: RawIssue, self: SelfLogins, older: readonly RawComment[] = []): BacklogItem => {
  const own = raw.timelineItems === undefined ? undefined : ownComment(raw, self, older);
  const fields = projectFields(raw);
  const reaction = lastHumanReaction(raw, self);
  const replied = commandRepliesTo(raw, self, older);
  return {
    number: raw.number,
    title: raw.title,
    body: raw.body,
    url: raw.url,
    state: raw.state === 'CLOSED' ? 'closed' : 'open',
    labels: nodesOf(raw.labels).map((label) => label.name),
    ...(raw.milestone && {
      milestone: {
        number: raw.milestone.number,
        title: raw.milestone.title,
        ...(raw.milestone.dueOn && { dueOn: raw.milestone.dueOn }),
        state: raw.milestone.state === 'CLOSED' ? 'closed' : 'open',
      },
    }),
    assignees: nodesOf(raw.assignees).map((user) => user.login),
    // Not asked for unless `rules.stale.exemptAssigned` needs them (ReadNeeds).
    ...(raw.assignees === undefined && { assigneesUnknown: true as const }),
    ...(raw.author && { author: raw.author.login }),
    createdAt: raw.createdAt,
    updatedAt: raw.updatedAt,
    ...(raw.closedAt && { closedAt: raw.closedAt }),
    // Without the timeline (milestone reads) the activity and label history are unknown, not empty.
    ...(raw.timelineItems !== undefined && {
      lastHumanActivityAt: lastHumanActivity(raw, self),
      labelEvents: labelEvents(raw, self),
    }),
    commentCount: raw.comments.totalCount,
    ...(reaction && { lastHumanReactionAt: reaction }),
    ...(fields && { projectFields: fields }),
    ...(own && { ownComment: own }),
    ...(replied && replied.length > 0 && { commandRepliesTo: replied }),
    ...mapPlanning(raw, raw.url),
  };
};
