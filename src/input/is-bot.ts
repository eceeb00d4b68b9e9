/** An author as gh prints it: a login and, for issue authors, whether it is a bot. */
export type GhAuthor = { readonly login: string; readonly is_bot?: boolean | undefined };

/**
 * Tells whether an author is a bot. The REST API names apps "name[bot]"; gh (GraphQL) prints
 * them as "app/name" and sets is_bot on issue authors. Deleted accounts (null) count as people.
 */
export const isBot = (author: GhAuthor | null | undefined): boolean => {
  if (!author) return false;
  if (author.is_bot === true) return true;
  const login = author.login.toLowerCase();
  return login.endsWith('[bot]') || login.startsWith('app/');
};
