/** Reads the app's own slug (GET /app with the app's JWT); Probot's `app.auth()` client fits. */
export type AppAuth = () => Promise<{
  readonly rest: { readonly apps: { getAuthenticated(): Promise<{ data: { slug?: string } | null }> } };
}>;

/**
 * The app's bot login, "<slug>[bot]": from the given slug (APP_SLUG), else read once from GET /app
 * and cached for the life of the process. A failed read is not cached, so the next event retries.
 */
export const botLoginResolver = (auth: AppAuth, slug?: string): (() => Promise<string>) => {
  let cached: Promise<string> | undefined = slug ? Promise.resolve(`${slug}[bot]`) : undefined;
  return () => {
    cached ??= (async () => {
      const { data } = await (await auth()).rest.apps.getAuthenticated();
      if (!data?.slug)
        throw new Error(
          "GET /app returned no slug; set APP_SLUG to the app's slug (the name in its URL, github.com/apps/<slug>).",
        );
      return `${data.slug}[bot]`;
    })();
    cached.catch(() => {
      cached = undefined;
    });
    return cached;
  };
};
