import type { Config } from '#src/config/schema.ts';
import type { RuleId } from '#src/model/rule-id.ts';
import { formatLine, formatReadyLine, reasonText } from './format-line.ts';
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

/** The reason most lines of a section share (generic advice), said once under the heading instead of on every line. */
const sharedReason = (entries: readonly SectionEntry[]): string | undefined => {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.finding.reason, (counts.get(entry.finding.reason) ?? 0) + 1);
  let best: [string, number] | undefined;
  for (const pair of counts) if (!best || pair[1] > best[1]) best = pair;
  return best && best[1] >= 2 ? best[0] : undefined;
};

const reason = (entry: SectionEntry, shared: string | undefined): string => {
  const own = entry.finding.reason === shared ? '' : reasonText(entry.finding.reason);
  const text = entry.verdict.ready ? (own === '' ? 'Ready otherwise' : `Ready, but: ${own}`) : own;
  const others = entry.others.map((f) => SHORT[f.rule]).join(', ');
  const also = others === '' ? '' : text === '' ? `also: ${others}` : `(also: ${others})`;
  return [text, also].filter((part) => part !== '').join(' ');
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
    const shared = sharedReason(entries);
    blocks.push(
      [
        `### ${title} (${entries.length})`,
        '',
        ...(shared ? [`_${reasonText(shared)}_`, ''] : []),
        ...shown.map((e) =>
          formatLine(e.item, reason(e, shared), context.now, context.ticked.has(e.item.number), e.verdict.points),
        ),
        ...more(entries.length - shown.length, context.config.labels.findings[rule].name, context),
      ].join('\n'),
    );
  }
  return blocks;
};

/** Where a ready item that still needs a decision is listed above ("Stale", "Unprioritized"). */
const sectionOf = (grouped: Grouped): Map<number, string> => {
  const where = new Map<number, string>();
  for (const { rule, title } of SECTIONS)
    for (const entry of grouped.sections.get(rule) ?? [])
      if (entry.verdict.ready) where.set(entry.item.number, title.replace(/ \(.*\)$/, ''));
  return where;
};

/**
 * The collapsed list of every ready item, the same count as the header and the pie: listed, not
 * discussed. Ready items that still need a decision say under which section it is taken.
 */
export const renderReady = (grouped: Grouped, context: SectionContext): string => {
  const where = sectionOf(grouped);
  const decided = [...grouped.sections.values()].flat().filter((entry) => entry.verdict.ready);
  const all = [...grouped.ready, ...decided].sort((a, b) => a.item.number - b.item.number);
  const shown = all.slice(0, context.limit);
  const lines = shown.map((e) => formatReadyLine(e.item, e.verdict.points, where.get(e.item.number)));
  const rest = more(all.length - shown.length, context.config.labels.ready.name, context);
  const list = [...lines, ...rest];
  return [
    `<details><summary>Ready (${all.length})</summary>`,
    '',
    ...(list.length > 0 ? list : ['Nothing is ready yet.']),
    '',
    '</details>',
  ].join('\n');
};
