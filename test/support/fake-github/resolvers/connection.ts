import type { GraphQLResolveInfo } from 'graphql';
import { githubError } from './context.ts';
import { selectsItems } from './selection.ts';

export type PageArgs = { first?: number | null; last?: number | null; after?: string | null; before?: string | null };

const cursorOf = (index: number): string => Buffer.from(`cursor:v2:${index}`).toString('base64');

function indexOf(cursor: string | null | undefined): number | undefined {
  if (!cursor) return undefined;
  const match = /^cursor:v2:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64').toString());
  if (!match) throw githubError('UNPROCESSABLE', `\`${cursor}\` does not appear to be a valid cursor.`);
  return Number(match[1]);
}

/**
 * A Relay connection over `items` with GitHub's pagination rules: `first` or `last` is required
 * (when nodes or edges are selected) and neither may exceed 100. `view` turns an item into its
 * GraphQL view; it runs only for the page's slice, so a page of 100 out of 10,000 issues builds
 * 100 views, not 10,000.
 */
export function connection<T, V = T>(
  items: readonly T[],
  args: PageArgs,
  name: string,
  info?: GraphQLResolveInfo,
  view?: (item: T) => V,
) {
  const { first, last } = args;
  if (first == null && last == null && selectsItems(info)) {
    throw githubError(
      'MISSING_PAGINATION_BOUNDARIES',
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
    );
  }
  for (const [key, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (value < 0 || value > 100)) {
      throw githubError(
        'EXCESSIVE_PAGINATION',
        `Requesting ${value} records on the \`${name}\` connection exceeds the \`${key}\` limit of 100 records.`,
      );
    }
  }
  let start = (indexOf(args.after) ?? -1) + 1;
  let end = Math.min(items.length, indexOf(args.before) ?? items.length);
  if (first != null) end = Math.min(end, start + first);
  if (last != null) start = Math.max(start, end - last);
  const nodes: V[] = [];
  const edges: { node: V; cursor: string }[] = [];
  for (let index = start; index < end; index += 1) {
    const node = view ? view(items[index] as T) : (items[index] as unknown as V);
    nodes.push(node);
    edges.push({ node, cursor: cursorOf(index) });
  }
  return {
    totalCount: items.length,
    nodes,
    edges,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
