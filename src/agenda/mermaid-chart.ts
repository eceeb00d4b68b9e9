import { SECTIONS, type Grouped } from './sections.ts';

const quoted = (text: string): string => `"${text.replace(/"/g, "'")}"`;

/**
 * A Mermaid pie of the milestone's readiness: ready, then one slice per refinement section with
 * items. Undefined when the milestone has no open items (an empty pie renders as an error).
 */
export const mermaidChart = (grouped: Grouped, milestoneTitle: string): string | undefined => {
  const slices: [string, number][] = [['Ready', grouped.ready.length]];
  for (const { rule, title } of SECTIONS)
    slices.push([title.replace(/ \(.*\)$/, ''), grouped.sections.get(rule)?.length ?? 0]);
  const present = slices.filter(([, count]) => count > 0);
  if (present.length === 0) return undefined;
  return [
    '```mermaid',
    `pie title Readiness of ${milestoneTitle.replace(/\s+/g, ' ')}`,
    ...present.map(([label, count]) => `  ${quoted(label)} : ${count}`),
    '```',
  ].join('\n');
};
