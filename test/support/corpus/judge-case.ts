import { defaultConfig } from '#src/config/schema.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { Estimate } from '#src/model/estimate.ts';
import { judgeItem } from '#src/rules/judge-item.ts';
import type { JudgeContext } from '#src/rules/rule-input.ts';
import { CORPUS_CHECKS, type CorpusCase, type CorpusCheck } from './corpus-case.ts';

/** What the engine said about one case: whether each check flagged it, its reasons, and the estimate read. */
export type CaseOutcome = {
  readonly flagged: Readonly<Record<CorpusCheck, boolean>>;
  readonly reasons: Readonly<Record<CorpusCheck, string>>;
  readonly estimate: Estimate | undefined;
};

const context: JudgeContext = { config: defaultConfig(), now: new Date('2026-11-21T09:00:00Z') };

/** The case as the product would see it: a fresh open issue with no project fields and no repository templates. */
export const caseItem = (corpusCase: CorpusCase, number = 1): BacklogItem => ({
  number,
  title: corpusCase.title,
  body: corpusCase.body,
  url: `https://github.com/acme/corpus/issues/${number}`,
  state: 'open',
  labels: corpusCase.labels,
  assignees: [],
  createdAt: '2026-11-18T10:00:00Z',
  updatedAt: '2026-11-18T10:00:00Z',
  commentCount: 0,
});

/** Judges one case through the real engine with the default config. */
export const judgeCase = (corpusCase: CorpusCase, number = 1): CaseOutcome => {
  const verdict = judgeItem(caseItem(corpusCase, number), context);
  const flagged = {} as Record<CorpusCheck, boolean>;
  const reasons = {} as Record<CorpusCheck, string>;
  for (const rule of CORPUS_CHECKS) {
    const check = verdict.checks.find((candidate) => candidate.rule === rule);
    flagged[rule] = check ? !check.ok : false;
    reasons[rule] = check?.reason ?? '';
  }
  return { flagged, reasons, estimate: verdict.estimate };
};
