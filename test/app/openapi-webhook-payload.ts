import { createRequire } from 'node:module';

// @octokit/webhooks-examples has no deliveries for `issues.typed`, `sub_issues.*` or
// `issue_dependencies.*`; @octokit/openapi-webhooks describes them, with an example value on most
// properties. A payload built from that description (required properties, example values first) is
// as close to a real delivery as the published material gets.

const require = createRequire(import.meta.url);

type Schema = {
  $ref?: string;
  type?: string | string[];
  example?: unknown;
  enum?: unknown[];
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  nullable?: boolean;
};
type Spec = {
  webhooks: Record<string, { post: { requestBody: { content: Record<string, { schema: Schema }> } } }>;
  components: { schemas: Record<string, Schema> };
};

let spec: Spec | undefined;
const load = (): Spec => (spec ??= require('@octokit/openapi-webhooks/generated/api.github.com.json') as Spec);

const resolve = (schema: Schema): Schema =>
  schema.$ref ? resolve(load().components.schemas[schema.$ref.split('/').at(-1)!] ?? {}) : schema;

const build = (raw: Schema, depth: number): unknown => {
  const schema = resolve(raw);
  if (schema.example !== undefined) return schema.example;
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((part) => build(part, depth)));
  const choice = schema.oneOf ?? schema.anyOf;
  if (choice) return build(choice.find((option) => resolve(option).type !== 'null') ?? choice[0]!, depth);
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'object' || schema.properties) {
    if (depth > 6) return {};
    return Object.fromEntries(
      (schema.required ?? []).map((name) => [name, build(schema.properties?.[name] ?? {}, depth + 1)]),
    );
  }
  if (type === 'array') return [];
  if (type === 'integer' || type === 'number') return 1;
  if (type === 'boolean') return false;
  if (schema.format === 'date-time') return '2026-11-20T10:00:00Z';
  if (schema.format === 'uri') return 'https://api.github.com/';
  return 'example';
};

/** A payload for a webhook named as in @octokit/openapi-webhooks, e.g. "issue-dependencies-blocked-by-added". */
export const openapiWebhookPayload = (webhook: string): Record<string, unknown> => {
  const entry = load().webhooks[webhook];
  if (!entry) throw new Error(`@octokit/openapi-webhooks has no webhook "${webhook}"`);
  const schema = entry.post.requestBody.content['application/json']!.schema;
  return build(schema, 0) as Record<string, unknown>;
};

/** Points an issue object of a payload at `owner/name#number`, as a delivery for that issue would. */
export const issueAt = (issue: unknown, fullName: string, number: number): Record<string, unknown> => ({
  ...(issue as Record<string, unknown>),
  number,
  repository_url: `https://api.github.com/repos/${fullName}`,
  url: `https://api.github.com/repos/${fullName}/issues/${number}`,
  html_url: `https://github.com/${fullName}/issues/${number}`,
});
