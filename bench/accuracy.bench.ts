// How often the engine's judgment matches hand-labelled issues (test/corpus/*.yaml): precision, recall and F1
// per check, positive class = "the check flags the item", for the tuning part (70%) and the check part (30%).
// Only the tuning part's misses are listed: rules are tuned on it, and the check part stays unseen.
import { CORPUS_CHECKS } from '#test/support/corpus/corpus-case.ts';
import { measureCorpus } from '#test/support/corpus/measure-corpus.ts';
import type { PartScore } from '#test/support/corpus/score.ts';

const GOAL = 0.95;
const fixed = (n: number) => n.toFixed(3);
const pad = (text: string, width: number) => text.padEnd(width);

const printPart = (name: string, part: PartScore) => {
  console.log(`${name} part: ${part.cases} cases`);
  console.log(`  ${pad('check', 20)} ${pad('precision', 10)} ${pad('recall', 8)} ${pad('F1', 7)} tp/fp/fn/tn`);
  for (const check of CORPUS_CHECKS) {
    const s = part.checks[check];
    const goal = s.f1 >= GOAL && s.precision >= GOAL ? 'PASS' : 'FAIL';
    console.log(
      `  ${pad(check, 20)} ${pad(fixed(s.precision), 10)} ${pad(fixed(s.recall), 8)} ${pad(fixed(s.f1), 7)} ${s.tp}/${s.fp}/${s.fn}/${s.tn}  ${goal} (F1 and precision ≥ ${GOAL})`,
    );
  }
  const { right, total } = part.estimateValue;
  console.log(`  estimate value: ${right}/${total} read exactly (${fixed(total === 0 ? 1 : right / total)})`);
};

/** Prints the accuracy of every check on both parts and the tuning part's misses. */
export const run = async (): Promise<void> => {
  const scores = measureCorpus();
  printPart('tuning', scores.tuning);
  printPart('check', scores.check);
  const misses = scores.tuning.misses;
  console.log(`\ntuning misses (${misses.length}; check-part misses are never shown):`);
  for (const miss of misses) {
    console.log(
      `  ${miss.check}: ${miss.id} (${miss.file}) expected ${miss.expected}, got ${miss.got} — ${miss.reason}`,
    );
  }
};
