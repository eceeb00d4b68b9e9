import type { Config } from '#src/config/schema.ts';
import type { RuleId } from '#src/model/rule-id.ts';
import { formatLine, formatReadyLine } from './format-line.ts';
import { searchLink } from './search-link.ts';
import { SECTIONS, type Grouped, type SectionEntry } from './sections.ts';

/** What the section renderer needs besides the grouped items. */
export type SectionContext = {
  readonly config: Config;
  readonly now: Date;
  readonly owner: string;
  readonly repo: string;
  readonly milestoneTitle: string;
  readonly ticked: ReadonlySet<number>;
  /** Most lines per section; the rest become "… and N more" with a search link. */
  readonly limit: number;
};

const SHORT: Readonly<Record<RuleId, string>> = {
  'too-big': 'too big',
  'acceptance-criteria': 'no acceptance criteria',
  estimate: 'no estimate',
  vague: 'vague',
  blocked: 'blocked',
  stale: 'stale',
  unprioritized: 'no priority',
};

const reason = (entry: SectionEntry): string => {
  const text = entry.verdict.ready ? `Ready, but: ${entry.finding.reason}` : entry.finding.reason;
  return entry.others.length === 0 ? text : `${text} (also: ${entry.others.map((f) => SHORT[f.rule]).join(', ')})`;
};

const more = (hidden: number, label: string, context: SectionContext): string[] =>
  hidden > 0
    ? [
        `- … and ${hidden} more: [see them on GitHub](${searchLink(context.owner, context.repo, context.milestoneTitle, label)})`,
      ]
    : [];

/** The refinement sections in order, each a heading with a count and one line per item; empty sections are left out. */
export const renderSections = (grouped: Grouped, context: SectionContext): string[] => {
  const blocks: string[] = [];
  for (const { rule, title } of SECTIONS) {
    const entries = grouped.sections.get(rule) ?? [];
    if (entries.length === 0) continue;
    const shown = entries.slice(0, context.limit);
    blocks.push(
      [
        `### ${title} (${entries.length})`,
        '',
        ...shown.map((e) => formatLine(e.item, reason(e), context.now, context.ticked.has(e.item.number))),
        ...more(entries.length - shown.length, context.config.labels.findings[rule].name, context),
      ].join('\n'),
    );
  }
  return blocks;
};

/** The collapsed list of ready items: listed, not discussed. */
export const renderReady = (grouped: Grouped, context: SectionContext): string => {
  const shown = grouped.ready.slice(0, context.limit);
  const lines = shown.map((e) => formatReadyLine(e.item, e.verdict.points));
  const rest = more(grouped.ready.length - shown.length, context.config.labels.ready.name, context);
  const list = [...lines, ...rest];
  return [
    `<details><summary>Ready (${grouped.ready.length})</summary>`,
    '',
    ...(list.length > 0 ? list : ['Nothing is ready yet.']),
    '',
    '</details>',
  ].join('\n');
};
