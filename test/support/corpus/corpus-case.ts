import { z } from 'zod';
import { SIZES } from '#src/config/rules-schema.ts';

/** The four checks the corpus judges; each verdict is `fail` when the check flags the item. */
export const CORPUS_CHECKS = ['acceptance-criteria', 'estimate', 'vague', 'too-big'] as const;

/** One of the checks the corpus measures. */
export type CorpusCheck = (typeof CORPUS_CHECKS)[number];

const verdict = z.enum(['pass', 'fail']).describe('fail: the check flags the item (missing, vague, too big).');

/** The estimate an item carries, as the engine should read it: exactly one of points, hours or size. */
export const estimateValueSchema = z.union([
  z.strictObject({ points: z.number().nonnegative() }),
  z.strictObject({ hours: z.number().nonnegative() }),
  z.strictObject({ size: z.enum(SIZES) }),
]);

/** One hand-labelled case: an issue written in our own words after a pattern seen on real trackers. */
export const corpusCaseSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes')
    .describe('Unique and stable: the split into tuning and check parts is a hash of it.'),
  lang: z.string().regex(/^[a-z]{2}$/, 'use a two-letter language code such as "en" or "ja"'),
  title: z.string(),
  body: z.string().default(''),
  labels: z.array(z.string()).default([]),
  expect: z.strictObject({
    'acceptance-criteria': verdict,
    estimate: verdict,
    vague: verdict,
    'too-big': verdict,
    estimateValue: estimateValueSchema.optional(),
  }),
  why: z.string().min(1),
});

/** A validated case, with the file it came from. */
export type CorpusCase = z.output<typeof corpusCaseSchema> & { readonly file: string };

/** A corpus file: a short description of its theme and its cases. */
export const corpusFileSchema = z.strictObject({
  theme: z.string().min(1),
  cases: z.array(z.unknown()).min(1),
});
