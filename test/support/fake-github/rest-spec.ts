import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageDir } from './package-dir.ts';

/** The parts of an OpenAPI operation the fake uses. */
export type SpecOperation = {
  operationId: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
};

type Spec = {
  paths: Record<string, Record<string, SpecOperation>>;
  components: Record<string, Record<string, unknown>>;
};

/** A request resolved against the published description: which template, which operation, which path parameters. */
export type MatchedRoute = { template: string; operation: SpecOperation; params: Record<string, string> };

type CompiledPath = { template: string; segments: string[]; methods: Record<string, SpecOperation> };

let cached: { spec: Spec; paths: CompiledPath[] } | undefined;

/**
 * Loads GitHub's published OpenAPI description once per process. The non-dereferenced file is
 * used (13 MB, ~0.2 s) rather than deref.json (73 MB, ~1.2 s); `resolveRefs` inlines only the
 * schemas a request actually needs.
 */
export function loadSpec(): { spec: Spec; paths: CompiledPath[] } {
  if (cached) return cached;
  const file = join(packageDir('@octokit/openapi'), 'generated', 'api.github.com.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as Spec;
  const paths = Object.entries(spec.paths).map(([template, methods]) => ({
    template,
    segments: template.split('/').slice(1),
    methods,
  }));
  // Literal segments beat parameters (GitHub routes /issues/comments/{id} before /issues/{number}).
  paths.sort((a, b) => literalScore(b) - literalScore(a));
  cached = { spec, paths };
  return cached;
}

const literalScore = (path: CompiledPath): number => path.segments.filter((segment) => !segment.startsWith('{')).length;

function matchSegments(segments: string[], parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i] as string;
    const isLast = i === segments.length - 1;
    if (segment.startsWith('{')) {
      const name = segment.slice(1, -1);
      // A trailing {path} swallows the rest, like GitHub's contents API.
      const value = isLast && name === 'path' ? parts.slice(i).join('/') : parts[i];
      if (value === undefined || value === '') return undefined;
      params[name] = decodeURIComponent(value);
      if (isLast && name === 'path') return params;
    } else if (segment !== parts[i]) return undefined;
  }
  return segments.length === parts.length ? params : undefined;
}

export type RouteLookup =
  { kind: 'matched'; route: MatchedRoute } | { kind: 'no-path' } | { kind: 'no-method'; template: string };

/** Resolves `GET /repos/a/b/issues/1` to its templated operation. */
export function matchRoute(method: string, pathname: string): RouteLookup {
  const parts = pathname.replace(/\/+$/, '').split('/').slice(1);
  let pathOnly: string | undefined;
  for (const path of loadSpec().paths) {
    const params = matchSegments(path.segments, parts);
    if (!params) continue;
    const operation = path.methods[method.toLowerCase()];
    if (operation) return { kind: 'matched', route: { template: path.template, operation, params } };
    pathOnly ??= path.template;
  }
  return pathOnly ? { kind: 'no-method', template: pathOnly } : { kind: 'no-path' };
}

/** Inlines `#/components/...` references; a reference already being expanded becomes `{}` so cycles end. */
export function resolveRefs(schema: unknown, seen: readonly string[] = []): unknown {
  if (Array.isArray(schema)) return schema.map((item) => resolveRefs(item, seen));
  if (schema === null || typeof schema !== 'object') return schema;
  const ref = (schema as { $ref?: unknown }).$ref;
  if (typeof ref === 'string') {
    if (seen.includes(ref)) return {};
    const [, , group, name] = ref.split('/');
    const target = loadSpec().spec.components[group ?? '']?.[name ?? ''];
    if (target === undefined) throw new Error(`OpenAPI: unresolvable $ref ${ref}`);
    return resolveRefs(target, [...seen, ref]);
  }
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, resolveRefs(value, seen)]));
}
