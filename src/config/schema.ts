import { z } from 'zod';
import { agendaSchema } from './agenda-schema.ts';
import { commentSchema } from './comment-schema.ts';
import { issueFieldsSchema } from './issue-fields-schema.ts';
import { healthSchema } from './health-schema.ts';
import { labelsSchema } from './label-schema.ts';
import { readinessSchema } from './readiness-schema.ts';
import { rulesSchema } from './rules-schema.ts';

/** The whole `.github/backlog-hygiene.yml`. Every field has a default, so an empty file is a valid config. */
export const configSchema = z
  .strictObject({
    _extends: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Inherit from another config: "repo" or "owner/repo" (its .github/backlog-hygiene.yml), or "owner/repo:path.yml". Keys here override it.',
      ),
    labels: labelsSchema,
    rules: rulesSchema,
    readiness: readinessSchema,
    comment: commentSchema,
    agenda: agendaSchema,
    issueFields: issueFieldsSchema,
    health: healthSchema,
  })
  .describe('Backlog Hygiene configuration (.github/backlog-hygiene.yml).');

/** A validated config with every default filled in. */
export type Config = z.output<typeof configSchema>;
/** What a user may write in the file. */
export type ConfigInput = z.input<typeof configSchema>;

/** The config used when a repository has no file. */
export const defaultConfig = (): Config => configSchema.parse({});
