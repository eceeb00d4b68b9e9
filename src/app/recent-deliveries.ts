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
