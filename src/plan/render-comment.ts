import type { Config } from '#src/config/schema.ts';
import type { Check } from '#src/model/check.ts';
import { relevantFindings } from '#src/model/relevant-findings.ts';
import type { Verdict } from '#src/model/verdict.ts';
import { commentMarker, hashText } from './comment-marker.ts';
import { RULE_TITLES } from './rule-titles.ts';
import { inlineMarkdown } from './safe-markdown.ts';

/** The explanation comment for one verdict: the full body (marker first) and the hash of everything after it. */
export type RenderedComment = { readonly body: string; readonly hash: string; readonly resolved: boolean };

const FOOTER =
  '<sub>Posted by Backlog Hygiene, which checks issues for readiness. This comment updates itself as the issue changes; no need to reply to it.</sub>';

const line = (check: Check, box: string): string =>
  `${box}**${RULE_TITLES[check.rule]}:** ${inlineMarkdown(check.reason)}`;

/** "Judged as a bug: …" so authors know why fewer (or other) checks applied than on a feature request. */
const kindLine = (verdict: Verdict, config: Config): string | undefined => {
  if (verdict.kind === 'default') return undefined;
  const kind = config.readiness.kinds.find((candidate) => candidate.name === verdict.kind);
  const name = inlineMarkdown(verdict.kind);
  if (!kind) return `Judged as a **${name}**.`;
  const rules = kind.require.map((rule) => RULE_TITLES[rule].toLowerCase());
  return rules.length === 0
    ? `Judged as a **${name}**: no checks are required for this kind of issue.`
    : `Judged as a **${name}**, so only these checks decide readiness: ${rules.join(', ')}.`;
};

const openText = (verdict: Verdict, config: Config): string => {
  const blockingRules = new Set<string>();
  const blockingLines: string[] = [];
  for (const finding of verdict.blocking) {
    blockingRules.add(finding.rule);
    blockingLines.push(line(finding, '- [ ] '));
  }
  // Only findings that matter for this item: a bug is not told to add an estimate when bugs need none.
  const otherLines: string[] = [];
  for (const finding of relevantFindings(verdict))
    if (!blockingRules.has(finding.rule)) otherLines.push(line(finding, '- '));
  const override = inlineMarkdown(config.labels.override.name);
  const parts = [
    config.comment.intro.trim(),
    blockingLines.join('\n'),
    otherLines.length > 0 ? `**Also worth a look** (these do not block readiness):\n${otherLines.join('\n')}` : '',
    kindLine(verdict, config) ?? '',
    `A maintainer can add the \`${override}\` label or comment \`/ready\` to mark it ready anyway.`,
    FOOTER,
  ];
  return parts.filter((part) => part !== '').join('\n\n');
};

const resolvedText = (verdict: Verdict): string =>
  [
    verdict.pinned
      ? '✅ A maintainer marked this issue as ready for work, so Backlog Hygiene will not ask for more here.'
      : '✅ This issue is ready for work. Thanks for adding the missing details!',
    FOOTER,
  ].join('\n\n');

/**
 * Renders the one explanation comment. Not ready: the intro, a checklist with one line per blocking
 * finding and its reason, the non-blocking findings, the kind of item when it is not the default, and
 * how to override. Ready or pinned: a short resolved note. The text holds no times or run ids, so the
 * same verdict always renders the same hash and an unchanged issue costs no write.
 */
export const renderComment = (verdict: Verdict, config: Config): RenderedComment => {
  const resolved = verdict.ready || verdict.pinned;
  const text = resolved ? resolvedText(verdict) : openText(verdict, config);
  const hash = hashText(text);
  return { body: `${commentMarker(hash, resolved)}\n${text}`, hash, resolved };
};
