import type { CorpusCase } from './corpus-case.ts';
import { judgeCase } from './judge-case.ts';
import { loadCorpus } from './load-corpus.ts';
import { scorePart, type PartScore } from './score.ts';
import { partOf } from './split.ts';

/** Both parts of the corpus, judged and scored. */
export type CorpusScores = { readonly tuning: PartScore; readonly check: PartScore };

/** Loads the corpus, judges every case through the engine and scores the tuning and check parts apart. */
export const measureCorpus = (cases: readonly CorpusCase[] = loadCorpus()): CorpusScores => {
  const results = cases.map((corpusCase, index) => ({ corpusCase, outcome: judgeCase(corpusCase, index + 1) }));
  return {
    tuning: scorePart(results.filter(({ corpusCase }) => partOf(corpusCase.id) === 'tuning')),
    check: scorePart(results.filter(({ corpusCase }) => partOf(corpusCase.id) === 'check')),
  };
};
