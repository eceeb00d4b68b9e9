import type { Block, BodyDocument } from '#src/markdown/body-document.ts';
import { inlineText } from '#src/markdown/inline-text.ts';
import { isExampleIntro, isExampleTitle } from './ac-examples.ts';
import { isScenarioSkeleton } from './ac-placeholders.ts';
import { textLines } from './ac-text-lines.ts';

type Step = 'given' | 'when' | 'then';

// Gherkin step keywords in English, Spanish, Portuguese, German, French and Russian.
const STEPS: ReadonlyMap<string, Step> = new Map<string, Step>([
  ...[
    'given',
    'dado',
    'dada',
    'dados',
    'dadas',
    'angenommen',
    'gegeben sei',
    'étant donné',
    'etant donne',
    'soit',
    'допустим',
    'дано',
  ].map((word) => [word, 'given'] as const),
  ...['when', 'cuando', 'quando', 'wenn', 'quand', 'когда'].map((word) => [word, 'when'] as const),
  ...['then', 'entonces', 'então', 'entao', 'dann', 'alors', 'тогда'].map((word) => [word, 'then'] as const),
]);
// The keyword must start the line (after bold markers) and be followed by a step: bounded and anchored.
const KEYWORD = /^(?:\*\*|__)?((?:gegeben sei|étant donné|etant donne)|[\p{L}]{2,10})(?:\*\*|__)?[\s,:]+\S/u;
const SCENARIO_LANGS: ReadonlySet<string> = new Set(['', 'gherkin', 'feature', 'cucumber', 'text', 'txt', 'plain']);

/**
 * Counts Given/When/Then scenarios: a Then step after a Given or When step (Given…When…Then,
 * Given…Then or When…Then), in the body's prose lines and in gherkin (or unlabelled) code blocks.
 * Prose paragraphs lose their line breaks in the parsed document, so prose is read line by line.
 * Skeleton steps ("Given [context]") are not steps. A code block shown as an example of the format
 * is not the item's own scenarios: one introduced by "For example:" / "Use this format:" or placed
 * under a heading such as "Example" or "Template" (see ac-examples.ts).
 */
export const countScenarios = (body: string, doc: BodyDocument): number => findScenarios(body, doc).count;

/** The scenarios found: how many, and the Then step of the first one, for the reason. */
export type Scenarios = { count: number; first?: string };

/** countScenarios with the first scenario's Then step. */
export const findScenarios = (body: string, doc: BodyDocument): Scenarios => {
  const found: Scenarios = { count: 0 };
  countInLines(textLines(body), found);
  countInCode(doc.preamble, '', found);
  // Plain loops rather than spreading the block lists into one array: this runs for every item.
  for (const section of doc.sections) countInCode(section.blocks, section.title, found);
  return found;
};

const countInCode = (blocks: readonly Block[], title: string, found: Scenarios) => {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (block.kind !== 'code' || !SCENARIO_LANGS.has(block.lang) || block.text.length > 100_000) continue;
    const before = blocks[i - 1];
    if (isExampleTitle(title) || (before?.kind === 'paragraph' && isExampleIntro(before.text))) continue;
    countInLines(block.text.split('\n'), found);
  }
};

const stepOf = (line: string): Step | undefined => {
  const match = KEYWORD.exec(line.slice(0, 40));
  return match ? STEPS.get((match[1] as string).toLowerCase()) : undefined;
};

/** First two letters of every keyword: most prose lines are ruled out without running the Unicode regex. */
const STEP_PREFIXES: ReadonlySet<string> = new Set([...STEPS.keys()].map((word) => word.slice(0, 2)));

/** The two-letter prefixes made of ASCII letters, as char-code pairs: checked without slicing or lower-casing a copy. */
const ASCII_PREFIXES: ReadonlySet<number> = new Set(
  [...STEP_PREFIXES]
    .filter((prefix) => prefix.charCodeAt(0) < 128 && prefix.charCodeAt(1) < 128)
    .map((prefix) => prefix.charCodeAt(0) * 128 + prefix.charCodeAt(1)),
);
const lowerAscii = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code);

/** Whether the word after optional bold markers can be a step keyword, judged by its first two letters. */
const mayStartWithStep = (line: string): boolean => {
  const at = line.startsWith('**') || line.startsWith('__') ? 2 : 0;
  const first = line.charCodeAt(at);
  const second = line.charCodeAt(at + 1);
  // Most lines start with two ASCII characters; String#toLowerCase only matters beyond ASCII (and NaN past the end falls through too).
  if (first < 128 && second < 128) return ASCII_PREFIXES.has(lowerAscii(first) * 128 + lowerAscii(second));
  return STEP_PREFIXES.has(line.slice(at, at + 2).toLowerCase());
};

const countInLines = (lines: readonly string[], found: Scenarios) => {
  let open: Step | undefined;
  for (const line of lines) {
    const trimmed = line.trimStart();
    const step = mayStartWithStep(trimmed) && !isScenarioSkeleton(trimmed) ? stepOf(trimmed) : undefined;
    if (step === 'given') open = 'given';
    else if (step === 'when') open = 'when';
    else if (step === 'then' && open !== undefined) {
      found.count++;
      found.first ??= inlineText(trimmed);
      open = undefined;
    }
  }
};
