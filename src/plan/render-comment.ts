import type { Config } from '#src/config/schema.ts';
import type { Check } from '#src/model/check.ts';
import { relevantFindings } from '#src/model/relevant-findings.ts';
import type { RuleId } from '#src/model/rule-id.ts';
import type { Verdict } from '#src/model/verdict.ts';
import { commentMarker, hashText } from './comment-marker.ts';
import { RULE_TITLES } from './rule-titles.ts';
import { inlineMarkdown } from './safe-markdown.ts';

/** The explanation comment for one verdict: the full body (marker first) and the hash of everything after it. */
export type RenderedComment = { readonly body: string; readonly hash: string; readonly resolved: boolean };

/** Where the README explains the labels and the settings (opting out included); linked from every comment. */
export const DOCS_URL = 'https://github.com/backlog-hygiene/backlog-hygiene';

const FOOTER = `<sub>Posted by Backlog Hygiene, which checks issues for readiness; it edits this comment as the issue changes, so there is no need to reply. [What the labels mean](${DOCS_URL}#labels) · [Settings and opting out](${DOCS_URL}#configuration)</sub>`;

// The root problem first: without a description nothing else can be judged; a split changes every other answer.
const COMMENT_ORDER: readonly RuleId[] = [
  'vague',
  'too-big',
  'acceptance-criteria',
  'estimate',
  'blocked',
  'stale',
  'unprioritized',
];
/** Sorts findings root problem first, as the comment lists them (reports use the same order). */
export const byCommentOrder = (a: Check, b: Check): number =>
  COMMENT_ORDER.indexOf(a.rule) - COMMENT_ORDER.indexOf(b.rule);

// "Add an estimate: a label such as …" already names what to do; a "Estimate:" heading before it would say it twice.
const ADVICE = /^(Add [^:.]{1,40}): (.+)$/s;

/** One bullet (no checkbox: ticking it would change nothing, the issue itself has to change). */
const line = (check: Check): string => {
  const advice = ADVICE.exec(check.reason);
  return advice
    ? `- **${inlineMarkdown(advice[1]!)}:** ${inlineMarkdown(advice[2]!)}`
    : `- **${RULE_TITLES[check.rule]}:** ${inlineMarkdown(check.reason)}`;
};

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
  const blockingRules = new Set<string>(verdict.blocking.map((finding) => finding.rule));
  const blockingLines = [...verdict.blocking].sort(byCommentOrder).map(line);
  // Only findings that matter for this item: a bug is not told to add an estimate when bugs need none.
  const otherLines = relevantFindings(verdict)
    .filter((finding) => !blockingRules.has(finding.rule))
    .sort(byCommentOrder)
    .map(line);
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
 * Renders the one explanation comment. Not ready: the intro, one bullet per blocking finding (the
 * root problem first), the non-blocking findings, the kind of item when it is not the default, how to
 * override, and links to what the labels mean and how to configure or opt out. Ready or pinned: a
 * short resolved note. The text holds no times or run ids, so the same verdict always renders the
 * same hash and an unchanged issue costs no write; nor does it depend on who asked (event or sweep),
 * so the nightly sweep and an edit never disagree about the wording.
 */
export const renderComment = (verdict: Verdict, config: Config): RenderedComment => {
  const resolved = verdict.ready || verdict.pinned;
  const text = resolved ? resolvedText(verdict) : openText(verdict, config);
  const hash = hashText(text);
  return { body: `${commentMarker(hash, resolved)}\n${text}`, hash, resolved };
};
