const isMapping = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Deep-merges a child config over its base: mappings merge key by key, lists and scalars replace. */
export const mergeConfig = (base: Record<string, unknown>, child: Record<string, unknown>): Record<string, unknown> => {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(child)) {
    const under = merged[key];
    merged[key] = isMapping(under) && isMapping(value) ? mergeConfig(under, value) : value;
  }
  return merged;
};
