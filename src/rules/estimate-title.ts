import { type Found, found } from './estimate-found.ts';
import { estimateKeyInfo } from './estimate-keys.ts';
import { parseEstimateValue } from './estimate-value.ts';

// "[3 pts]", "(5 SP)", "{2d}", "【3h】", "[Estimate: 2d]", "(size: M)": a bracketed group of a title.
const GROUP = /[[(【{（]([^\])】}）]{1,30})[\])】}）]/g;
// " - 8h", " | 5 SP", " — 2 days" at the end of a title.
const TAIL = /\s[-|–—]\s{1,3}([^-|–—]{1,20})$/;
const KEY_VALUE = /^([^:=：]{1,25})[:=：]\s{0,3}(.{1,25})$/;

/**
 * Reads an estimate written into a title: a bracketed group ("[3 pts] Export invoices", "Login page
 * (2d)", "[Estimate: 5]"), a trailing part ("Export invoices - 8h") or points of a Fibonacci scale in
 * brackets at the very end ("Import statements [5]"). Otherwise a number needs an explicit unit, so
 * "[M]" (a module?), "(v2)" and "(1/3)" are not estimates.
 */
export const titleEstimate = (title: string, levels: ReadonlyMap<string, number>): Found | undefined => {
  if (title.length > 300) return undefined;
  const source = `title "${title}"`;
  for (const match of title.matchAll(GROUP)) {
    const estimate = partEstimate((match[1] as string).trim(), levels, source);
    if (estimate) return estimate;
  }
  // "Import statements [5]": points kept at the end of the title, as some planning tools store them.
  const points = TRAILING_POINTS.exec(title);
  if (points && FIBONACCI.has(Number(points[1]))) return found({ points: Number(points[1]) }, undefined, source);
  const tail = TAIL.exec(title);
  return tail ? partEstimate((tail[1] as string).trim(), levels, source) : undefined;
};

const TRAILING_POINTS = /\s\[(\d{1,3})\]$/;
// Only values of a points scale: "[4]" or "[2024]" at the end of a title is more likely a part number or a year.
const FIBONACCI: ReadonlySet<number> = new Set([1, 2, 3, 5, 8, 13, 20, 21, 40, 100]);

const partEstimate = (part: string, levels: ReadonlyMap<string, number>, source: string): Found | undefined => {
  const keyed = KEY_VALUE.exec(part);
  if (keyed) {
    const key = estimateKeyInfo(keyed[1] as string);
    const value = key && parseEstimateValue(keyed[2] as string, key.unit, levels);
    return value ? found(value, key, source) : undefined;
  }
  if (!/^\d/.test(part)) return undefined;
  const value = parseEstimateValue(part, undefined);
  return value && (value.points !== undefined || value.hours !== undefined)
    ? found(value, undefined, source)
    : undefined;
};
