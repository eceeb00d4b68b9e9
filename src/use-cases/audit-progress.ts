import type { Config } from '#src/config/schema.ts';
import type { Gateway, OwnedIssue } from '#src/github/gateway.ts';

// Where an audit stopped when its points budget ran out, kept where it survives between runs on both the
// Action and the app without the Actions cache: a hidden line in a closed issue this tool owns (found by
// the agenda label and this marker). It is written only on a night the budget stops the audit and on the
// night that finishes the rest, so an audit that fits its budget never writes it.

const PREFIX = '<!-- backlog-hygiene:audit-progress';
// Bounded and anchored: the body is read from an issue anyone with triage rights could edit.
const LINE = /^<!-- backlog-hygiene:audit-progress(?: after=([A-Za-z0-9+/=_-]{1,200}) last=(\d{1,9}))? -->/;

/** Where the next audit starts: after the page cursor `after`, where the last one stopped after issue #`last`. */
export type ResumePoint = { readonly after: string; readonly last: number };

/** The progress issue, if there is one, and the resume point it records. */
export type AuditProgress = { readonly issue?: OwnedIssue; readonly resume?: ResumePoint };

/** Reads the resume point from the progress issue's body; undefined when it records none (the last audit finished). */
export const readResumePoint = (body: string): ResumePoint | undefined => {
  const match = LINE.exec(body.slice(0, 400).trimStart());
  return match?.[1] && match[2] ? { after: match[1], last: Number(match[2]) } : undefined;
};

/** The progress issue's body: the hidden line first, then a sentence for people who find the issue. */
export const renderProgress = (resume: ResumePoint | undefined): string =>
  [
    resume ? `${PREFIX} after=${resume.after} last=${resume.last} -->` : `${PREFIX} -->`,
    resume
      ? `The last nightly audit ran out of its GraphQL points budget (\`max-points\`) after #${resume.last}; the next one starts with the issues after it, then comes back to the oldest.`
      : 'The last nightly audit read every open issue.',
    '',
    '<sub>Kept by Backlog Hygiene to remember where an audit stopped; it is closed on purpose and changes only when an audit is cut short or finishes what one left. Deleting it makes the next audit start from the oldest issue.</sub>',
  ].join('\n');

/** Finds the progress issue (one read). */
export const findProgress = async (gateway: Gateway, config: Config): Promise<AuditProgress> => {
  const [issue] = await gateway.findOwnedIssues(config.agenda.label, PREFIX);
  if (!issue) return {};
  const resume = readResumePoint(issue.body);
  return resume ? { issue, resume } : { issue };
};

/**
 * Records where the next audit starts, or that there is nothing to resume, writing only when that
 * differs from what the issue says. A dry run logs what it would write.
 */
export const saveProgress = async (
  gateway: Gateway,
  config: Config,
  found: AuditProgress,
  resume: ResumePoint | undefined,
  dryRun: boolean,
): Promise<string | undefined> => {
  const before = found.resume;
  if (before?.after === resume?.after && before?.last === resume?.last) return undefined;
  if (!found.issue && !resume) return undefined;
  const what = resume
    ? `remember that the audit stopped after #${resume.last}`
    : 'record that the audit finished what the last one left';
  if (dryRun) return `DRY-RUN: would ${what}`;
  const body = renderProgress(resume);
  if (found.issue) await gateway.updateIssue(found.issue.number, { body });
  else {
    const issue = await gateway.createIssue({
      title: 'Backlog Hygiene: audit progress',
      body,
      labels: [config.agenda.label],
      assignees: [],
    });
    await gateway.updateIssue(issue.number, { state: 'closed' });
  }
  return `Audit progress: ${what}.`;
};
