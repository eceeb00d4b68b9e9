import { parse } from 'yaml';
import type { IssueTemplate } from '#src/model/issue-template.ts';

const FRONT_MATTER_END = '\n---';

/** The body of a Markdown issue template: the text after its `---` front matter. */
export const markdownTemplateBody = (text: string): string => {
  const normalised = text.replace(/\r\n/g, '\n');
  if (!normalised.startsWith('---')) return normalised.trim();
  const end = normalised.indexOf(FRONT_MATTER_END, 3);
  return end === -1 ? normalised.trim() : normalised.slice(end + FRONT_MATTER_END.length).trim();
};

type FormElement = { type?: unknown; attributes?: { label?: unknown; value?: unknown } };

/**
 * What an issue form echoes into the issue when submitted untouched: one `### Label` heading per
 * field, with its default value or GitHub's "_No response_". Markdown elements are not echoed.
 */
export const formTemplateBody = (text: string): string => {
  const form: unknown = parse(text);
  const elements = (form as { body?: unknown } | null)?.body;
  if (!Array.isArray(elements)) return '';
  return (elements as FormElement[])
    .filter((element) => element.type !== 'markdown' && typeof element.attributes?.label === 'string')
    .map((element) => {
      const value =
        typeof element.attributes?.value === 'string' && element.attributes.value.trim()
          ? element.attributes.value.trim()
          : '_No response_';
      return `### ${String(element.attributes?.label)}\n\n${value}`;
    })
    .join('\n\n');
};

/**
 * Turns one file of `.github/ISSUE_TEMPLATE` into an IssueTemplate, or undefined for files that
 * are not templates (config.yml, other extensions) or cannot be parsed.
 */
export const issueTemplateFromFile = (name: string, text: string): IssueTemplate | undefined => {
  const lower = name.toLowerCase();
  if (lower === 'config.yml' || lower === 'config.yaml') return undefined;
  if (lower.endsWith('.md')) return { name, body: markdownTemplateBody(text) };
  if (!lower.endsWith('.yml') && !lower.endsWith('.yaml')) return undefined;
  try {
    const body = formTemplateBody(text);
    return body ? { name, body } : undefined;
  } catch {
    // A broken form cannot be compared with; the audit still runs without it.
    return undefined;
  }
};
