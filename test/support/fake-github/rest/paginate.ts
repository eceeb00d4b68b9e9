import type { RestContext, RestReply } from './rest-types.ts';

/** Pages a list like GitHub (per_page default 30, max 100) with a Link header Octokit's paginate follows. */
export function paginate<T>(context: RestContext, items: readonly T[], status = 200): RestReply {
  const perPage = Math.min(100, Math.max(1, Number(context.query.get('per_page') ?? 30) || 30));
  const page = Math.max(1, Number(context.query.get('page') ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (target: number, rel: string): string => {
    const url = new URL(context.requestUrl);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(target));
    return `<${url.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
  return {
    status,
    body: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}
