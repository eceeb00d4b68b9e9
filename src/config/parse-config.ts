import { parseDocument } from 'yaml';
import { ConfigError } from './config-error.ts';
import { describeYamlError } from './describe-yaml-error.ts';
import { describeIssue } from './describe-issue.ts';
import { configSchema, type Config } from './schema.ts';

/** Reads the YAML text of one config file into a plain object; empty text means `{}`. */
export const readConfigYaml = (text: string | undefined, file: string): Record<string, unknown> => {
  if (text === undefined || text.trim() === '') return {};
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(file, doc.errors.map(describeYamlError));
  }
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(file, [
      `the file must be a mapping of options (got ${Array.isArray(value) ? 'a list' : JSON.stringify(value)})`,
    ]);
  }
  return value as Record<string, unknown>;
};

/** Validates a raw config object; throws one ConfigError listing every problem. */
export const validateConfig = (raw: Record<string, unknown>, file: string): Config => {
  const result = configSchema.safeParse(raw);
  if (result.success) return result.data;
  throw new ConfigError(
    file,
    result.error.issues.flatMap((issue) => describeIssue(issue, raw)),
  );
};

/** Parses and validates the text of a config file that has no `_extends` to resolve. */
export const parseConfig = (text: string | undefined, file = '.github/backlog-hygiene.yml'): Config =>
  validateConfig(readConfigYaml(text, file), file);
