import { issueTemplateFromFile } from '#src/input/issue-template-file.ts';
import type { IssueTemplate } from '#src/model/issue-template.ts';
import type { RawTemplates } from './graphql-shapes.ts';

/**
 * The repository's issue templates from the `.github/ISSUE_TEMPLATE` tree, parsed exactly as the
 * CLI parses a local copy (so both judge "unfilled template" the same way). Non-template files,
 * subfolders and forms that do not parse are skipped rather than failing the run.
 */
export const mapTemplates = (tree: RawTemplates | undefined): IssueTemplate[] =>
  (tree?.entries ?? []).flatMap((entry) => {
    const text = entry.object?.text;
    const template = typeof text === 'string' ? issueTemplateFromFile(entry.name, text) : undefined;
    return template ? [template] : [];
  });
