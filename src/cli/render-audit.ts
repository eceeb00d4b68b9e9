import { auditJson } from '#src/report/audit-json.ts';
import { renderHealthReport } from '#src/report/health-report.ts';
import { renderTextTable } from '#src/report/text-table.ts';
import type { Audit } from './audit-items.ts';

/** The report formats `audit --format` accepts. */
export type AuditFormat = 'text' | 'json' | 'markdown';

/** The formats, in the order help lists them. */
export const AUDIT_FORMATS: readonly AuditFormat[] = ['text', 'json', 'markdown'];

/** How a text report looks on the reader's screen; JSON and Markdown ignore it. */
export type TextLook = {
  /** ANSI colours, for a person at a terminal. */
  readonly color?: boolean;
  /** The terminal's width in columns, when printing to one. */
  readonly width?: number;
  /** Each issue's reasons under its row (`--explain`). */
  readonly explain?: boolean;
};

/** Renders an audit in the chosen format, ending with a newline; `look` only affects the text table. */
export const renderAudit = (format: AuditFormat, audit: Audit, look: TextLook = {}): string => {
  const items = audit.items.map((entry) => entry.item);
  const verdicts = audit.items.map((entry) => entry.verdict);
  switch (format) {
    case 'json':
      return `${JSON.stringify(
        auditJson(
          items,
          verdicts,
          audit.items.map((entry) => entry.plan),
        ),
        null,
        2,
      )}\n`;
    case 'markdown': {
      const findingLabels = Object.fromEntries(
        Object.entries(audit.context.config.labels.findings).map(([rule, label]) => [rule, label.name]),
      );
      const plans = audit.items.map((entry) => entry.plan);
      // An offline audit never writes: the plans are what a run would do, so the report says "would".
      return `${renderHealthReport({ now: audit.context.now, items, verdicts, findingLabels, plans, dryRun: true })}
`;
    }
    case 'text':
      return `${renderTextTable(items, verdicts, { ...look, skipLabels: audit.context.config.readiness.skipLabels })}\n`;
  }
};
