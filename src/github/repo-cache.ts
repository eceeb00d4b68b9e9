import type { RepoLabel } from '#src/model/repo-label.ts';
import type { RawLabel } from './graphql-shapes.ts';

/** A repository label with its node id, which the label mutations need. */
export type KnownLabel = RepoLabel & { readonly id: string };

/**
 * What the gateway learned during the run that later writes need: label ids by name (case-
 * insensitive, as GitHub matches them) and issue node ids by number. Saves a read per write.
 */
export type RepoCache = {
  labelsLoaded: boolean;
  /** The repository's node id (label creation needs it), once a read carried it. */
  repositoryId?: string;
  readonly labels: Map<string, KnownLabel>;
  readonly issueIds: Map<number, string>;
};

export const emptyRepoCache = (): RepoCache => ({ labelsLoaded: false, labels: new Map(), issueIds: new Map() });

/** Records labels read from GitHub. */
export const rememberLabels = (cache: RepoCache, labels: readonly (RawLabel | null)[]): void => {
  for (const label of labels) {
    if (label)
      cache.labels.set(label.name.toLowerCase(), {
        id: label.id,
        name: label.name,
        color: label.color,
        description: label.description ?? '',
      });
  }
};

/** The known label called `name`, if any. */
export const knownLabel = (cache: RepoCache, name: string): KnownLabel | undefined =>
  cache.labels.get(name.toLowerCase());
