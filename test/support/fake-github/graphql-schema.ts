import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { packageDir } from './package-dir.ts';

let cached: { schema: GraphQLSchema; buildMs: number } | undefined;

/**
 * GitHub's published GraphQL schema, built once per process (about 0.3 s). The published SDL
 * defines two EnterpriseOwnerInfo fields twice, which graphql-js's SDL validation refuses, so
 * the SDL is trusted as-is (assumeValidSDL); the built schema itself is still checked by
 * graphql-js when a document is validated against it.
 */
export function githubSchema(): { schema: GraphQLSchema; buildMs: number } {
  if (cached) return cached;
  const started = performance.now();
  const sdl = readFileSync(join(packageDir('@octokit/graphql-schema'), 'schema.graphql'), 'utf8');
  const schema = buildSchema(sdl, { assumeValidSDL: true });
  cached = { schema, buildMs: Math.round(performance.now() - started) };
  return cached;
}
