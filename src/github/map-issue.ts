import type { BacklogItem, LabelEvent, OwnComment, ProjectFields } from '#src/model/backlog-item.ts';
import { readCommentMarker } from '#src/plan/comment-marker.ts';
import { classifyActor, type SelfLogins } from './classify-actor.ts';
import { mapPlanning } from './map-planning.ts';
import { nodesOf, type RawComment, type RawIssue, type RawReaction, type RawTimelineItem } from './graphql-shapes.ts';

const newest = (times: readonly (string | null | undefined)[]): string | undefined =>
  times.reduce<string | undefined>(
    (best, time) => (time && (!best || Date.parse(time) > Date.parse(best)) ? time : best),
    undefined,
  );

const timelineActor = (item: RawTimelineItem) => (item.__typename === 'IssueComment' ? item.author : item.actor);

/**
 * Newest time a person did something: opened the issue, edited its body, commented, reopened,
 * renamed or (un)labeled it. Bots, this tool included, never move it.
 */
export const lastHumanActivity = (raw: RawIssue, self: SelfLogins): string | undefined => {
  const isPerson = (actor: Parameters<typeof classifyActor>[0]) => classifyActor(actor, self) === 'person';
  const comments = nodesOf<RawComment>(raw.comments).filter((comment) => isPerson(comment.author));
  return newest([
    raw.createdAt,
    raw.editor && isPerson(raw.editor) ? raw.lastEditedAt : undefined,
    ...comments.flatMap((comment) => [comment.createdAt, comment.lastEditedAt]),
    ...nodesOf(raw.timelineItems)
      .filter((item) => isPerson(timelineActor(item)))
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
 * This tool's explanation comment: the newest comment carrying the hidden marker, preferring one
 * written by this tool or another bot (a token change must not orphan it) over a person's copy.
 */
export const ownComment = (raw: RawIssue, self: SelfLogins): OwnComment | undefined => {
  const marked = nodesOf<RawComment>(raw.comments).flatMap((comment) => {
    const marker = readCommentMarker(comment.body);
    return marker ? [{ comment, marker, byPerson: classifyActor(comment.author, self) === 'person' }] : [];
  });
  const pick = marked.filter((m) => !m.byPerson).at(-1) ?? marked.at(-1);
  return pick && { id: pick.comment.id, hash: pick.marker.hash, resolved: pick.marker.resolved };
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
 * Maps a GraphQL issue to the core's BacklogItem. `linkedStates` stays undefined: resolving
 * "blocked by #N" needs other issues, which the use case has (the rest of the backlog), not this mapping.
 * GitHub's planning data (type, parent, sub-issues, dependencies, issue fields) comes from map-planning.ts.
 */
export const mapIssue = (raw: RawIssue, self: SelfLogins): BacklogItem => {
  const own = raw.timelineItems === undefined ? undefined : ownComment(raw, self);
  const fields = projectFields(raw);
  const reaction = lastHumanReaction(raw, self);
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
    ...mapPlanning(raw, raw.url),
  };
};
