import { z } from 'zod';
import { configSchema } from './schema.ts';

/** Where the generated JSON Schema is committed, relative to the repository root. */
export const JSON_SCHEMA_PATH = 'dist/config.schema.json';

/**
 * Renders the JSON Schema of the config file from the zod schema (input side, so fields with
 * defaults are optional), with the descriptions editors show on hover.
 */
export const renderJsonSchema = (): string => {
  const schema = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-7' });
  return `${JSON.stringify({ ...schema, $id: 'https://github.com/backlog-hygiene/backlog-hygiene/dist/config.schema.json', title: 'Backlog Hygiene configuration' }, null, 2)}\n`;
};
