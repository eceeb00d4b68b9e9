import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { resolveRefs, type MatchedRoute } from './rest-spec.ts';

// ajv-formats is CommonJS; under ESM its function arrives as the default or as `.default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

// OpenAPI 3.0 schemas carry `nullable`, `example` and friends; strict mode would refuse them.
const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
const compiled = new Map<string, ValidateFunction | null>();

function validatorFor(route: MatchedRoute): ValidateFunction | null {
  const key = `${route.operation.operationId}`;
  if (!compiled.has(key)) {
    const schema = route.operation.requestBody?.content?.['application/json']?.schema;
    compiled.set(key, schema === undefined ? null : ajv.compile(normalize(resolveRefs(schema)) as object));
  }
  return compiled.get(key) ?? null;
}

/** Rewrites OpenAPI 3.0 `nullable` into JSON Schema ajv understands without a `type` beside it. */
function normalize(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(normalize);
  if (schema === null || typeof schema !== 'object') return schema;
  const { nullable, ...rest } = schema as Record<string, unknown>;
  const inner = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, normalize(value)]));
  if (nullable !== true) return inner;
  return 'type' in inner ? { ...inner, nullable: true } : { anyOf: [inner, { type: 'null' }] };
}

const describe = (error: ErrorObject): string => {
  const where = error.instancePath === '' ? 'the body' : `'${error.instancePath.slice(1)}'`;
  if (error.keyword === 'required') return `"${String(error.params.missingProperty)}" wasn't supplied.`;
  if (error.keyword === 'type') return `For ${where}, the value is not ${String(error.params.type)}.`;
  if (error.keyword === 'enum')
    return `For ${where}, the value is not one of ${JSON.stringify(error.params.allowedValues)}.`;
  return `For ${where}, ${error.message ?? 'the value is invalid'}.`;
};

/** GitHub's 422 for a body its OpenAPI schema rejects; undefined when the body is valid. */
export function validateBody(route: MatchedRoute, body: unknown): { message: string; errors: string[] } | undefined {
  const requestBody = route.operation.requestBody;
  if (!requestBody) return undefined;
  if (body === undefined) {
    return requestBody.required
      ? { message: 'Invalid request.\n\nNo body was supplied.', errors: ['body is required'] }
      : undefined;
  }
  const validate = validatorFor(route);
  if (!validate || validate(body)) return undefined;
  const errors = [...new Set((validate.errors ?? []).map(describe))];
  return { message: `Invalid request.\n\n${errors.slice(0, 5).join('\n')}`, errors };
}
