import type { Gateway, RepoLabel } from '#src/github/gateway.ts';

const key = (name: string) => name.toLowerCase();

/**
 * The gateway with label creation shared by everything that uses it: a label is created at most
 * once (one request in flight per label; later callers wait for it), and a label created here
 * shows up in `readRepoContext` at once, so the next review does not try again from a stale list.
 * The wrapped gateway treats GitHub's 422 "already exists" as done. A failed creation is forgotten,
 * so the next event tries again.
 */
export const shareLabelCreation = (gateway: Gateway): Gateway => {
  const created = new Map<string, RepoLabel>();
  const inFlight = new Map<string, Promise<void>>();
  return {
    ...gateway,
    async readRepoContext() {
      const context = await gateway.readRepoContext();
      const have = new Set(context.labels.map((label) => key(label.name)));
      const extra = [...created.values()].filter((label) => !have.has(key(label.name)));
      return extra.length === 0 ? context : { ...context, labels: [...context.labels, ...extra] };
    },
    async createLabels(labels) {
      const waits: Promise<void>[] = [];
      const todo: RepoLabel[] = [];
      for (const label of labels) {
        const pending = inFlight.get(key(label.name));
        if (pending) waits.push(pending);
        else if (!created.has(key(label.name))) todo.push(label);
      }
      if (todo.length > 0) {
        const creation = gateway.createLabels(todo).then(() => {
          for (const label of todo) created.set(key(label.name), label);
        });
        const settled = creation.finally(() => {
          for (const label of todo) inFlight.delete(key(label.name));
        });
        for (const label of todo) inFlight.set(key(label.name), settled);
        waits.push(settled);
      }
      await Promise.all(waits);
    },
  };
};
