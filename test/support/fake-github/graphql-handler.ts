import {
  defaultFieldResolver,
  execute,
  getOperationAST,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { MAX_NODES, queryCost } from './graphql-cost.ts';
import { githubSchema } from './graphql-schema.ts';
import type { GraphqlContext } from './resolvers/context.ts';
import { mutationRoot } from './resolvers/mutation-root.ts';
import { queryRoot } from './resolvers/query-root.ts';
import type { FakeState } from './state.ts';

/** A GraphQL request body after a first look: enough to record it and decide read or write. */
export type GraphqlRequest = {
  query?: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  document?: DocumentNode;
  parseError?: GraphQLError;
  kind: 'read' | 'write';
};

/** Parses the body; mutations are writes, everything else (including broken documents) reads. */
export function inspectGraphql(body: unknown): GraphqlRequest {
  const raw = (body ?? {}) as { query?: unknown; operationName?: unknown; variables?: unknown };
  const query = typeof raw.query === 'string' ? raw.query : undefined;
  const operationName = typeof raw.operationName === 'string' ? raw.operationName : undefined;
  const variables =
    raw.variables && typeof raw.variables === 'object' ? (raw.variables as Record<string, unknown>) : undefined;
  if (query === undefined) return { operationName, variables, kind: 'read' };
  const parsed = parseCached(query);
  if (parsed.parseError) return { query, operationName, variables, parseError: parsed.parseError, kind: 'read' };
  const document = parsed.document!;
  const operation = getOperationAST(document, operationName);
  return {
    query,
    operationName: operationName ?? operation?.name?.value,
    variables,
    document,
    kind: operation?.operation === 'mutation' ? 'write' : 'read',
  };
}

type Parsed = { document?: DocumentNode; parseError?: GraphQLError };

// A client sends the same few documents over and over (an audit sends one document 100 times),
// so each query text is parsed, and each document validated, once. Documents are never mutated
// by graphql-js. The cache is bounded so a suite sending many one-off documents stays small.
const parsedByText = new Map<string, Parsed>();
const errorsByDocument = new WeakMap<DocumentNode, readonly GraphQLError[]>();
const MAX_CACHED = 500;

function parseCached(query: string): Parsed {
  let parsed = parsedByText.get(query);
  if (parsed) return parsed;
  try {
    parsed = { document: parse(query) };
  } catch (error) {
    parsed = { parseError: error as GraphQLError };
  }
  if (parsedByText.size >= MAX_CACHED) parsedByText.clear();
  parsedByText.set(query, parsed);
  return parsed;
}

function validateCached(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] {
  let errors = errorsByDocument.get(document);
  if (!errors) {
    errors = validate(schema, document);
    errorsByDocument.set(document, errors);
  }
  return errors;
}

const warned = new Set<string>();

// Fields the fake does not model resolve to null (logged once) so a query for something new
// does not crash the suite; the schema has already vetted that the field exists.
const fieldResolver: GraphQLFieldResolver<unknown, GraphqlContext> = (source, args, context, info) => {
  if (source !== null && typeof source === 'object' && info.fieldName in source)
    return defaultFieldResolver(source, args, context, info);
  context.unsupported(info.parentType.name, info.fieldName);
  return null;
};

/** GitHub's error shape: `type` at the top level, its wording for unknown fields. */
function formatError(error: GraphQLError): Record<string, unknown> {
  const { type, ...extensions } = (error.extensions ?? {}) as Record<string, unknown>;
  const unknownField = /^Cannot query field "([^"]{1,200})" on type "([^"]{1,200})"\./.exec(error.message);
  return {
    ...(type ? { type } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(unknownField
      ? { extensions: { code: 'undefinedField', typeName: unknownField[2], fieldName: unknownField[1] } }
      : Object.keys(extensions).length > 0
        ? { extensions }
        : {}),
    locations: error.locations ?? [],
    message: unknownField ? `Field '${unknownField[1]}' doesn't exist on type '${unknownField[2]}'` : error.message,
  };
}

/** Validates the document against GitHub's schema, then executes it; always HTTP 200 like GitHub. */
export async function executeGraphql(
  state: FakeState,
  request: GraphqlRequest,
  graphqlCalls: number,
): Promise<unknown> {
  if (request.query === undefined)
    return { errors: [{ message: 'A query attribute must be specified and must be a string.' }] };
  if (request.parseError || !request.document)
    return { errors: [formatError(request.parseError ?? new GraphQLError('Parse error'))] };
  const { schema } = githubSchema();
  const invalid = validateCached(schema, request.document);
  if (invalid.length > 0) return { errors: invalid.map(formatError) };
  const cost = queryCost(request.document, request.variables, request.operationName);
  if (cost.overLimitAt) {
    return {
      errors: [
        {
          message: `By the time this query traverses to the ${cost.overLimitAt} connection, it is requesting up to ${cost.nodeCount.toLocaleString('en-US')} possible nodes which exceeds the maximum limit of ${MAX_NODES.toLocaleString('en-US')}.`,
        },
      ],
    };
  }
  const context: GraphqlContext & { graphqlCalls: number } = {
    state,
    graphqlCalls,
    cost,
    unsupported: (typeName, fieldName) => {
      const key = `${typeName}.${fieldName}`;
      if (!warned.has(key)) console.warn(`fake-github: GraphQL field ${key} is not modelled; it resolves to null`);
      warned.add(key);
    },
  };
  const result = await execute({
    schema,
    document: request.document,
    rootValue: { ...queryRoot(context), ...mutationRoot(context) },
    contextValue: context,
    variableValues: request.variables,
    operationName: request.operationName,
    fieldResolver,
  });
  return {
    ...(result.data !== undefined ? { data: result.data } : {}),
    ...(result.errors ? { errors: result.errors.map(formatError) } : {}),
  };
}
