import type { Config } from '#src/config/schema.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { Estimate } from '#src/model/estimate.ts';
import { estimateKey } from './estimate-keys.ts';
import { parseEstimateValue } from './estimate-value.ts';
import { issueFieldValue } from './issue-field-value.ts';

const optionPoints = (config: Config, option: string): number | undefined => {
  const key = option.trim().toLowerCase();
  for (const [name, points] of Object.entries(config.issueFields.optionPoints))
    if (name.trim().toLowerCase() === key) return points;
  return undefined;
};

/**
 * The estimate held in an organisation issue field (`issueFields.estimate`): a number field as
 * points (or time when the field's name says so, e.g. "Days"), a single-select option through
 * `issueFields.optionPoints` ("High" → 8 points), else read like a label value ("M", "3", "2d").
 * Native data wins over labels and text, so judgeItem asks this first.
 */
export const findIssueFieldEstimate = (item: BacklogItem, config: Config): Estimate | undefined => {
  const hit = issueFieldValue(item, config.issueFields.estimate);
  if (!hit) return undefined;
  const source = `issue field "${hit.name}"`;
  if (typeof hit.value === 'string') {
    const points = optionPoints(config, hit.value);
    if (points !== undefined) return { points, source: `${source} ("${hit.value}")` };
  }
  const value = parseEstimateValue(String(hit.value), estimateKey(hit.name) ?? 'points');
  return value && { ...value, source };
};
