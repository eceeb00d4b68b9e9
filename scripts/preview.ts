/**
 * `npm run preview`: renders everything Backlog Hygiene posts, from the demo data in examples/, as
 * HTML pages in preview/ (markdown-it, GitHub's Markdown CSS, Mermaid). Open preview/index.html in a
 * browser; scripts/screenshots.sh turns the pages into the PNGs under docs/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderJobSummary } from '#src/action/job-summary.ts';
import { refreshAgendaStep } from '#src/action/agenda-step.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import { renderComment } from '#src/plan/render-comment.ts';
import { judgeItem } from '#src/rules/judge-item.ts';
import { reviewIssue } from '#src/use-cases/review-issue.ts';
import { sweepBacklog } from '#src/use-cases/sweep-backlog.ts';
import type { FakeGateway } from '#test/support/fake-gateway.ts';
import { renderPage, type PreviewLabel, type PreviewPage } from './preview-html.ts';
import { DEMO_NOW, loadScene, sceneGateway, type Scene } from './preview-scene.ts';
import { healthPages } from './preview-health.ts';

const OUT = 'preview';
const CSS = '../node_modules/github-markdown-css/github-markdown-light.css';
const MERMAID = '../node_modules/mermaid/dist/mermaid.min.js';
const BOT = 'github-actions[bot] commented';

const labelsOf = (gateway: FakeGateway, names: readonly string[]): PreviewLabel[] =>
  names.map((name) => {
    const known = gateway.labels.find((label) => label.name.toLowerCase() === name.toLowerCase());
    return { name, ...(known ? { color: known.color, description: known.description } : {}) };
  });

// A brand-new issue as people open it: the event path comments on it within seconds.
const NEW_ISSUE: BacklogItem = {
  number: 51,
  title: 'Improve performance',
  body: 'The calendar is slow.',
  url: 'https://github.com/acme/slotwise/issues/51',
  state: 'open',
  labels: [],
  assignees: [],
  author: 'jonas',
  createdAt: '2026-11-21T08:58:00Z',
  updatedAt: '2026-11-21T08:58:00Z',
  commentCount: 0,
};

const commentPage = (gateway: FakeGateway, number: number, file: string, caption: string): PreviewPage => {
  const item = gateway.items.get(number)!;
  const body = gateway.comments.get(number)?.at(-1)?.body ?? '(no comment)';
  return {
    file,
    caption,
    title: `${item.title} #${number}`,
    labels: labelsOf(gateway, item.labels),
    byline: BOT,
    markdown: body,
  };
};

const firstComment = (gateway: FakeGateway, test: (item: BacklogItem) => boolean): number =>
  [...gateway.comments.keys()].find((number) => test(gateway.items.get(number)!))!;

const sweepPages = async (scene: Scene): Promise<PreviewPage[]> => {
  const gateway = sceneGateway(scene);
  const options = { gateway, config: scene.config, now: DEMO_NOW, dryRun: false, maxWrites: 500 };
  const result = await sweepBacklog(options);
  const agenda = await refreshAgendaStep({ ...options, items: result.items, verdicts: result.verdicts });
  const summary = renderJobSummary({
    mode: 'sweep',
    result,
    config: scene.config,
    now: DEMO_NOW,
    repository: 'acme/slotwise',
    dryRun: false,
    maxWrites: 500,
    configSource: 'file',
    configPath: '.github/backlog-hygiene.yml',
    requests: gateway.stats(),
    agendaLines: agenda.log.map((line) => `- ${line}`),
    agendaIssues: agenda.issues,
    agendaWrites: agenda.writes,
  });
  const agendaIssue = gateway.ownedIssues[0]!;
  const old = firstComment(gateway, (item) => !item.labels.includes('bug') && item.createdAt < '2026-06-01');
  const bug = firstComment(gateway, (item) => item.labels.includes('bug'));
  return [
    commentPage(
      gateway,
      old,
      'comment-sweep.html',
      'Explanation comment on an old issue, written by the nightly sweep.',
    ),
    commentPage(
      gateway,
      bug,
      'comment-bug.html',
      'Explanation comment on a bug (bugs need a clear report and nothing blocking them).',
    ),
    {
      file: 'agenda.html',
      caption: 'Refinement agenda issue, opened a week before the milestone is due and kept up to date.',
      title: `${agendaIssue.title} #${agendaIssue.number}`,
      labels: labelsOf(gateway, agendaIssue.labels),
      byline: 'github-actions[bot] opened this issue',
      markdown: agendaIssue.body,
    },
    {
      file: 'summary-sweep.html',
      caption: 'Job summary of the nightly sweep (Actions run page).',
      title: 'Summary',
      markdown: summary,
    },
    ...(await healthPages(scene, gateway, result)),
  ];
};

const eventPages = async (scene: Scene): Promise<PreviewPage[]> => {
  const gateway = sceneGateway(scene, [NEW_ISSUE]);
  const result = await reviewIssue({
    gateway,
    config: scene.config,
    now: DEMO_NOW,
    dryRun: false,
    maxWrites: 50,
    event: { number: NEW_ISSUE.number, action: 'opened', isPullRequest: false, senderIsBot: false },
  });
  const summary = renderJobSummary({
    mode: 'event',
    result,
    config: scene.config,
    now: DEMO_NOW,
    repository: 'acme/slotwise',
    dryRun: false,
    maxWrites: 50,
    configSource: 'file',
    configPath: '.github/backlog-hygiene.yml',
    requests: gateway.stats(),
  });
  return [
    commentPage(
      gateway,
      NEW_ISSUE.number,
      'comment-new.html',
      'Explanation comment on a new issue, seconds after it was opened.',
    ),
    {
      file: 'summary-event.html',
      caption: 'Job summary of a run for one issue event.',
      title: 'Summary',
      markdown: summary,
    },
  ];
};

// The resolved note: an issue that had a comment and now passes every check.
const resolvedPage = (scene: Scene): PreviewPage => {
  const context = { config: scene.config, now: DEMO_NOW, templates: scene.templates };
  const item = scene.items.find(
    (candidate) => judgeItem(candidate, context).ready && !judgeItem(candidate, context).pinned,
  )!;
  const verdict = judgeItem(item, context);
  return {
    file: 'comment-resolved.html',
    caption: 'The same comment once the issue is ready: rewritten in place, never a second comment.',
    title: `${item.title} #${item.number}`,
    labels: [{ name: scene.config.labels.ready.name, color: scene.config.labels.ready.color }],
    byline: BOT,
    markdown: renderComment(verdict, scene.config).body,
  };
};

const main = async (): Promise<void> => {
  const scene = await loadScene(process.cwd());
  const pages = [...(await eventPages(scene)), ...(await sweepPages(scene)), resolvedPage(scene)];
  await mkdir(OUT, { recursive: true });
  for (const page of pages) await writeFile(join(OUT, page.file), renderPage(page, CSS, MERMAID));
  const index = pages.map((page) => `- [${page.file}](${page.file}): ${page.caption}`).join('\n');
  await writeFile(
    join(OUT, 'index.html'),
    renderPage(
      { file: 'index.html', caption: 'Backlog Hygiene preview', title: 'What Backlog Hygiene posts', markdown: index },
      CSS,
      MERMAID,
    ).replaceAll('.md)', '.html)'),
  );
  process.stdout.write(`Wrote ${pages.length + 1} pages to ${OUT}/ (open ${OUT}/index.html).\n`);
};

await main();
