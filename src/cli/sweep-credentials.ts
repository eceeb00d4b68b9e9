import { readFile } from 'node:fs/promises';
import { UsageError } from './usage-error.ts';

type Env = Readonly<Record<string, string | undefined>>;

/** What the sweep needs to act as the GitHub App. */
export type AppCredentials = { readonly appId: string; readonly privateKey: string; readonly baseUrl: string };

/** A PEM key from an env var: real line breaks, "\n" escapes (one-line .env files) or base64 of the PEM. */
const normalizeKey = (value: string): string => {
  const text = value.trim().replace(/\\n/g, '\n');
  if (text.includes('-----BEGIN')) return text;
  const decoded = Buffer.from(text, 'base64').toString('utf8');
  return decoded.includes('-----BEGIN') ? decoded : text;
};

/**
 * The app credentials from the environment: APP_ID, PRIVATE_KEY (or PRIVATE_KEY_PATH), and the API
 * from GITHUB_API_URL, or GHE_HOST (+ GHE_PROTOCOL, default https) as Probot names it. Throws a
 * UsageError naming the missing variable.
 */
export const readAppCredentials = async (env: Env): Promise<AppCredentials> => {
  const appId = env.APP_ID?.trim() ?? '';
  if (!/^\d{1,12}$/.test(appId)) {
    throw new UsageError(
      `APP_ID must be the GitHub App's numeric id (got ${JSON.stringify(env.APP_ID ?? '')}); find it on the app's settings page.`,
    );
  }
  let key = env.PRIVATE_KEY;
  if (!key && env.PRIVATE_KEY_PATH) {
    try {
      key = await readFile(env.PRIVATE_KEY_PATH, 'utf8');
    } catch (error) {
      throw new UsageError(
        `PRIVATE_KEY_PATH ${env.PRIVATE_KEY_PATH} cannot be read (${(error as Error).message}); point it at the .pem file downloaded from the app's settings.`,
      );
    }
  }
  if (!key?.trim())
    throw new UsageError(
      "Set PRIVATE_KEY (the PEM text) or PRIVATE_KEY_PATH (the .pem file) to the GitHub App's private key.",
    );
  const host = env.GHE_HOST?.trim();
  const baseUrl =
    env.GITHUB_API_URL?.trim() ||
    (host ? `${env.GHE_PROTOCOL?.trim() || 'https'}://${host}/api/v3` : 'https://api.github.com');
  return { appId, privateKey: normalizeKey(key), baseUrl };
};
