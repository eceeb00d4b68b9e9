import { SECTIONS, type Grouped } from './sections.ts';

const quoted = (text: string): string => `"${text.replace(/"/g, "'")}"`;

/**
 * A Mermaid pie of the milestone's readiness: every ready item in one "Ready" slice (the same count
 * as the header and the ready list, even when a ready item still needs a decision below), then one
 * slice per refinement section for the items that are not ready. Undefined when the milestone has
 * no open items (an empty pie renders as an error).
 */
export const mermaidChart = (grouped: Grouped, milestoneTitle: string): string | undefined => {
  const all = [...grouped.sections.values()].flat();
  const slices: [string, number][] = [['Ready', grouped.ready.length + all.filter((e) => e.verdict.ready).length]];
  for (const { rule, title } of SECTIONS)
    slices.push([
      title.replace(/ \(.*\)$/, ''),
      (grouped.sections.get(rule) ?? []).filter((entry) => !entry.verdict.ready).length,
    ]);
  const present = slices.filter(([, count]) => count > 0);
  if (present.length === 0) return undefined;
  return [
    '```mermaid',
    `pie title Readiness of ${milestoneTitle.replace(/\s+/g, ' ').replace(/[`"]/g, "'")}`,
    ...present.map(([label, count]) => `  ${quoted(label)} : ${count}`),
    '```',
  ].join('\n');
};
