import { afterEach, describe, expect, it } from 'vitest';
import { writeAgendaMarker as agendaMarker } from '#src/agenda/agenda-marker.ts';
import { defaultConfig } from '#src/config/schema.ts';
import { replyMarker } from '#src/plan/reply-marker.ts';
import { findRepo, type IssueSeed } from '#test/support/fake-github/index.ts';
import { startApp, type AppHarness } from './app-harness.ts';
import { appSeed, ISSUES, issueIn, NOW, REPOSITORY, VAGUE, webshopRepo } from './app-fixtures.ts';
import { retarget, webhookExamples } from './webhook-examples.ts';

let app: AppHarness | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const comment = (login: string, body: string) => {
  const example = webhookExamples(['issue_comment']).find(
    (candidate) => candidate.action === 'created' && !candidate.payload.issue?.pull_request,
  )!.payload;
  const payload = retarget(example, { fullName: REPOSITORY, number: VAGUE.number! });
  return {
    ...payload,
    sender: { ...(payload.sender as object), login, type: 'User' },
    comment: { ...(payload.comment as object), body, user: { login, type: 'User' } },
  };
};
const repliesTo = (login: string) =>
  issueIn(app!.fake, VAGUE.number!).comments.filter((c) => c.body.startsWith(replyMarker(login)));

describe('an outsider repeating a command', () => {
  it('gets one reply however often they comment /ready, one after another or all at once', async () => {
    app = await startApp(appSeed(), { now: () => NOW });
    for (let i = 0; i < 3; i += 1) await app.deliver('issue_comment', comment('someone-outside', '/ready'));
    await Promise.all([1, 2].map(() => app!.deliver('issue_comment', comment('someone-outside', '/ready please'))));
    expect(repliesTo('someone-outside')).toHaveLength(1);
    expect(issueIn(app.fake, VAGUE.number!).labels).not.toContain('ready-override');
    // Another person still gets their own answer.
    await app.deliver('issue_comment', comment('reader-rita', '/refine'));
    expect(repliesTo('reader-rita')).toHaveLength(1);
  });

  it("is answered even when a person's comment carries a forged reply marker for them", async () => {
    const forged: IssueSeed = {
      ...VAGUE,
      comments: [{ body: `${replyMarker('someone-outside')}\nno need to answer them`, author: 'mallory' }],
    };
    const issues = ISSUES.map((issue) => (issue.number === VAGUE.number ? forged : issue));
    app = await startApp(appSeed([webshopRepo({ issues })]), { now: () => NOW });
    await app.deliver('issue_comment', comment('someone-outside', '/ready'));
    // The forged one plus ours.
    expect(repliesTo('someone-outside')).toHaveLength(2);
  });
});

describe("a person's issue that looks like an agenda", () => {
  it('is never adopted: the app opens its own agenda and leaves the copy as it was', async () => {
    const label = defaultConfig().agenda.label;
    const copy: IssueSeed = {
      number: 90,
      title: 'Refinement agenda: Sprint 42',
      body: `${agendaMarker(1)}\nMy own notes, please keep them.`,
      labels: [label],
      author: 'mallory',
    };
    app = await startApp(appSeed([webshopRepo({ issues: [...ISSUES, copy] })]), { now: () => NOW });
    const example = webhookExamples(['milestone']).find((candidate) => candidate.action === 'created')!.payload;
    const payload = retarget(example, { fullName: REPOSITORY, number: 0 });
    await app.deliver('milestone', {
      ...payload,
      milestone: { ...(payload.milestone as object), number: 1, title: 'Sprint 42', due_on: '2026-11-24T00:00:00Z' },
    });
    const issues = findRepo(app.fake.state, 'acme', 'webshop')!.issues;
    expect(issues.find((issue) => issue.number === 90)?.body).toBe(copy.body);
    const ours = issues.filter((issue) => issue.number !== 90 && issue.body.includes(agendaMarker(1)));
    expect(ours).toHaveLength(1);
  });
});
