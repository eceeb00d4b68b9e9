import { normalizeKey } from './ac-normalize.ts';
import { type Found, found, strongest } from './estimate-found.ts';
import { estimateKeyInfo } from './estimate-keys.ts';
import { BUILT_IN_LEVELS, SCORE_WORDS } from './estimate-levels.ts';
import { parseEstimateValue, sizeWord } from './estimate-value.ts';

// Labels that are a size on their own ("XL", "Small", "x-large"): read as a size, but weaker than an estimate label.
const BARE_SIZE = /^(?:x{0,3}[sl]|m|xs|x{1,2}-?(?:small|large)|extra[ -]?(?:small|large)|small|medium|large)$/i;
// Key and value split at the first ":", "/", "=" or "：" ("points: 3", "size/M", "sp=5") …
const SEPARATED = /^([^:/=：]{1,40})[:/=：](.{1,40})$/;
// … or at the last "-" or space ("sp-5", "size-XL", "story points 8").
const TRAILING = /^(.{1,40})[-\s]([^-\s]{1,12})$/;
// "sp5", "5sp", "T30m"/"T2h"/"T1d" (time labels), "2d", "0.5 days", "⏱ 2h".
const GLUED = /^(?:sp|pts?)(\d{1,3})$/i;
const TIME_LABEL = /^t(\d{1,4}(?:\.\d)?)(m|h|d|w)$/i;
const UNIT_OF_TIME_LABEL: Readonly<Record<string, string>> = { m: 'min', h: 'h', d: 'd', w: 'w' };

/**
 * Reads an estimate from one label: "points: 3", "points/3", "sp-5", "story points: 8", "size/M",
 * "size: L", "size-XL", "size: medium", "estimate/2", "estimate: 2d", "effort: 3", "5 points",
 * "T2h", "⏱ 4h", a bare T-shirt size ("XL", "Small"), or a complexity, difficulty or effort score in
 * either order and several languages ("Low Complexity", "complexity: high", "Complexidade: Média",
 * "difficulty: easy"), whose level word maps to points through `levels`. Bare sizes and scores are
 * weak: an estimate anywhere else wins. A bare number ("3") or an emoji ("🔢 5") is not an estimate.
 */
export const labelEstimate = (
  label: string,
  levels: ReadonlyMap<string, number> = BUILT_IN_LEVELS,
): Found | undefined => {
  const text = label.trim();
  if (text.length > 60) return undefined;
  const source = `label "${label}"`;
  if (BARE_SIZE.test(text)) {
    const size = sizeWord(text);
    return size && { estimate: { size, source }, weak: true };
  }
  const glued = GLUED.exec(text);
  if (glued) return found({ points: Number(glued[1]) }, undefined, source);
  const time = TIME_LABEL.exec(text);
  if (time) {
    const value = parseEstimateValue(`${time[1]} ${UNIT_OF_TIME_LABEL[(time[2] as string).toLowerCase()]}`, undefined);
    return value && found(value, undefined, source);
  }
  for (const pattern of [SEPARATED, TRAILING]) {
    const match = pattern.exec(text);
    if (!match) continue;
    const key = estimateKeyInfo((match[1] as string).trim());
    if (key === undefined) continue;
    const value = parseEstimateValue(match[2] as string, key.unit, levels);
    if (value) return found(value, key, levelSource(source, value.level));
  }
  const score = scoreLabel(text, levels);
  if (score) return found(score, { unit: 'points', score: true }, levelSource(source, score.level));
  // "5 points", "3 sp", "2d", "⏱ 4h": a number with an explicit unit.
  const value = /^[^\p{L}\p{N}]{0,4}\d/u.test(text) ? parseEstimateValue(text, undefined) : undefined;
  return value && found(value, undefined, source);
};

const levelSource = (source: string, level: string | undefined): string =>
  level === undefined ? source : `${source}, read as the level "${level}"`;

/** "Low Complexity", "complexity high", "high-effort": a score word and a level word, in either order. */
const scoreLabel = (text: string, levels: ReadonlyMap<string, number>) => {
  if (text.length > 40) return undefined;
  const words = text
    .toLowerCase()
    .split(LABEL_WORD_BREAK)
    .filter((word) => word !== '');
  for (let at = 1; at < words.length; at++) {
    const head = words.slice(0, at).join(' ');
    const tail = words.slice(at).join(' ');
    const level = SCORE_WORDS.has(normalizeKey(head)) ? tail : SCORE_WORDS.has(normalizeKey(tail)) ? head : undefined;
    const points = level === undefined ? undefined : levels.get(normalizeKey(level));
    if (level !== undefined && points !== undefined) return { points, level };
  }
  return undefined;
};

const LABEL_WORD_BREAK = /[\s:：/_=-]+/;

/** The label that holds an estimate: the first estimate proper in label order, else the first score or bare size. */
export const findLabelEstimate = (
  labels: readonly string[],
  levels: ReadonlyMap<string, number> = BUILT_IN_LEVELS,
): Found | undefined => strongest(labels.map((label) => labelEstimate(label, levels)));
