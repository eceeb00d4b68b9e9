/** A label as it exists (or should exist) in the repository. Lives in the model so the pure core can plan label creation. */
export type RepoLabel = { readonly name: string; readonly color: string; readonly description: string };
