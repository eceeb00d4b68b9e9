import { CORPUS_CHECKS, type CorpusCase, type CorpusCheck } from './corpus-case.ts';
import type { CaseOutcome } from './judge-case.ts';

/** Counts for one check; the positive class is "the check flags the item". */
export type Confusion = { tp: number; fp: number; fn: number; tn: number };

/** Precision, recall and F1 of one check (1 when there is nothing to get wrong). */
export type CheckScore = Confusion & { readonly precision: number; readonly recall: number; readonly f1: number };

/** A case the engine got wrong on one check, with the engine's reason. */
export type Miss = {
  readonly id: string;
  readonly file: string;
  readonly check: CorpusCheck | 'estimateValue';
  readonly expected: string;
  readonly got: string;
  readonly reason: string;
};

/** Scores of one part of the corpus. */
export type PartScore = {
  readonly cases: number;
  readonly checks: Readonly<Record<CorpusCheck, CheckScore>>;
  /** Cases whose expected estimate value the engine read exactly, of those that give one. */
  readonly estimateValue: { readonly right: number; readonly total: number };
  readonly misses: readonly Miss[];
};

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

const toScore = (counts: Confusion): CheckScore => {
  const precision = ratio(counts.tp, counts.tp + counts.fp);
  const recall = ratio(counts.tp, counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
};

const formatValue = (value: { points?: number; hours?: number; size?: string } | undefined): string => {
  if (!value) return 'none';
  if (value.points !== undefined) return `${value.points} points`;
  if (value.hours !== undefined) return `${value.hours} hours`;
  return value.size !== undefined ? `size ${value.size}` : 'none';
};

const sameValue = (expected: { points?: number; hours?: number; size?: string }, outcome: CaseOutcome): boolean => {
  const found = outcome.estimate;
  if (!found) return false;
  if (expected.points !== undefined) return found.points === expected.points;
  if (expected.hours !== undefined) return found.hours === expected.hours;
  return found.size === expected.size;
};

/** Compares the engine's outcomes with the expected verdicts of the same cases. */
export const scorePart = (results: readonly { corpusCase: CorpusCase; outcome: CaseOutcome }[]): PartScore => {
  const counts = Object.fromEntries(CORPUS_CHECKS.map((check) => [check, { tp: 0, fp: 0, fn: 0, tn: 0 }])) as Record<
    CorpusCheck,
    Confusion
  >;
  const misses: Miss[] = [];
  const estimateValue = { right: 0, total: 0 };
  for (const { corpusCase, outcome } of results) {
    for (const check of CORPUS_CHECKS) {
      const expected = corpusCase.expect[check] === 'fail';
      const got = outcome.flagged[check];
      const count = counts[check];
      if (expected && got) count.tp++;
      else if (!expected && got) count.fp++;
      else if (expected && !got) count.fn++;
      else count.tn++;
      if (expected !== got) {
        misses.push({
          id: corpusCase.id,
          file: corpusCase.file,
          check,
          expected: corpusCase.expect[check],
          got: got ? 'fail' : 'pass',
          reason: outcome.reasons[check],
        });
      }
    }
    const wanted = corpusCase.expect.estimateValue;
    if (wanted) {
      estimateValue.total++;
      if (sameValue(wanted, outcome)) estimateValue.right++;
      else if (outcome.estimate) {
        misses.push({
          id: corpusCase.id,
          file: corpusCase.file,
          check: 'estimateValue',
          expected: formatValue(wanted),
          got: formatValue(outcome.estimate),
          reason: outcome.estimate.source,
        });
      }
    }
  }
  const checks = Object.fromEntries(CORPUS_CHECKS.map((check) => [check, toScore(counts[check])])) as Record<
    CorpusCheck,
    CheckScore
  >;
  return { cases: results.length, checks, estimateValue, misses };
};
