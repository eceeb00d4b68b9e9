/**
 * Runs tasks one after another per key (e.g. "acme/shop#42") and concurrently across keys. Two
 * deliveries about the same issue that arrive together would both read "no comment yet" and both
 * post one; queued, the second sees the first one's writes and makes none.
 */
export const keyedQueue = () => {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(key: string, task: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    tails.set(key, tail);
    // Forget the key once nothing is queued behind this task, so the map stays small.
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return next;
  };
};

/** Claims delivery ids; see `recentDeliveries`. */
export type DeliveryLog = { claim(id: string): boolean; release(id: string): void };

/**
 * Remembers the last `limit` delivery ids: GitHub may send a webhook twice, and the second copy is
 * dropped. A delivery whose handling failed is released, so "Redeliver" in the app settings retries it.
 */
export const recentDeliveries = (limit = 5000): DeliveryLog => {
  const seen = new Set<string>();
  return {
    claim(id) {
      if (seen.has(id)) return false;
      seen.add(id);
      if (seen.size > limit) seen.delete(seen.values().next().value as string);
      return true;
    },
    release: (id) => void seen.delete(id),
  };
};
