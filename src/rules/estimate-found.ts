import type { Estimate } from '#src/model/estimate.ts';
import type { EstimateKeyInfo } from './estimate-keys.ts';
import type { EstimateValue } from './estimate-value.ts';

/**
 * An estimate as a finder saw it. `weak` marks a complexity, difficulty or effort score ("Low
 * Complexity", "Complexidade: Média") or a bare size label ("Small"): any estimate proper
 * ("Estimate: 3d", "points: 5") wins over it, wherever each was found.
 */
export type Found = { readonly estimate: Estimate; readonly weak: boolean };

/** Builds a Found from a parsed value, the key it was read under (if any) and where it was. */
export const found = (value: EstimateValue, key: EstimateKeyInfo | undefined, source: string): Found => {
  const { level, ...amount } = value;
  return { estimate: { ...amount, source }, weak: key?.score === true || level !== undefined };
};

/** The first strong candidate, else the first weak one. */
export const strongest = (candidates: readonly (Found | undefined)[]): Found | undefined => {
  let weak: Found | undefined;
  for (const candidate of candidates) {
    if (!candidate) continue;
    if (!candidate.weak) return candidate;
    weak ??= candidate;
  }
  return weak;
};
