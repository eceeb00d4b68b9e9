import type { Config } from '#src/config/schema.ts';
import type { BodyDocument } from '#src/markdown/body-document.ts';
import type { BacklogItem, ProjectFields } from '#src/model/backlog-item.ts';
import type { Estimate } from '#src/model/estimate.ts';
import { configKeySet, normalizeKey } from './ac-normalize.ts';
import { scanBodyEstimate } from './estimate-body.ts';
import { type Found, found, strongest } from './estimate-found.ts';
import { estimateKey } from './estimate-keys.ts';
import { findLabelEstimate } from './estimate-labels.ts';
import { levelTable } from './estimate-levels.ts';
import { titleEstimate } from './estimate-title.ts';
import { parseEstimateValue } from './estimate-value.ts';

/** Story points per T-shirt size, on the Fibonacci scale most teams map sizes to. */
export const SIZE_POINTS = { XXS: 0.5, XS: 1, S: 2, M: 3, L: 5, XL: 8, XXL: 13 } as const;

/**
 * Finds the item's estimate. Sources, first match wins: labels (in label order), then the
 * GitHub Projects fields named in `rules.estimate.fields`, then the body (issue-form section,
 * line, table), then the title ("[3 pts] …"). Labels and fields come first because they are what
 * a team sets deliberately during refinement; the body is often the author's first guess. A
 * complexity, difficulty or effort score ("Low Complexity") or a bare size label ("Small") is used
 * only when no source holds an estimate proper.
 */
export const findEstimate = (item: BacklogItem, doc: BodyDocument, config: Config): Estimate | undefined =>
  findEstimateFound(item, doc, config)?.estimate;

const findEstimateFound = (item: BacklogItem, doc: BodyDocument, config: Config): Found | undefined => {
  const levels = levelTable(config.rules.estimate.levels);
  const labels = findLabelEstimate(item.labels, levels);
  if (labels && !labels.weak) return labels;
  const field = findFieldEstimate(item.projectFields, config.rules.estimate.fields);
  if (field) return field;
  const body = scanBodyEstimate(item.body, doc, levels).found;
  if (body && !body.weak) return body;
  return strongest([titleEstimate(item.title, levels), labels, body]);
};

/**
 * The estimate in story points, for forecasts: points as they are, sizes by SIZE_POINTS.
 * Time estimates give undefined on purpose: how many hours a point is worth depends on the
 * team's velocity, which this tool does not know, and a guessed conversion would make the
 * agenda's forecast look more certain than it is.
 */
export const estimateToPoints = (estimate: Estimate): number | undefined => {
  if (estimate.points !== undefined) return estimate.points;
  if (estimate.size !== undefined) return SIZE_POINTS[estimate.size];
  return undefined;
};

const findFieldEstimate = (fields: ProjectFields | undefined, names: readonly string[]): Found | undefined => {
  if (!fields) return undefined;
  const wanted = configKeySet(names);
  for (const [name, raw] of Object.entries(fields)) {
    if (!wanted.has(normalizeKey(name))) continue;
    // A field named like a time ("Estimate (hours)", "Days") says what its numbers mean.
    const unit = estimateKey(name) ?? 'points';
    const value = parseEstimateValue(String(raw), unit);
    if (value) return found(value, undefined, `Projects field "${name}"`);
  }
  return undefined;
};
