import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { issueTemplateFromFile } from '#src/input/issue-template-file.ts';
import type { IssueTemplate } from '#src/model/issue-template.ts';
import { describeFileError } from './read-input-text.ts';

/**
 * Reads a folder of issue templates (a copy of `.github/ISSUE_TEMPLATE`), in name order so the
 * result does not depend on the file system. Files that are not templates are skipped.
 */
export const readTemplates = async (dir: string, cwd: string): Promise<IssueTemplate[]> => {
  const label = `--templates ${dir}`;
  const path = resolve(cwd, dir);
  let names: string[];
  try {
    names = (await readdir(path)).sort();
  } catch (error) {
    throw describeFileError(label, error);
  }
  const templates: IssueTemplate[] = [];
  for (const name of names) {
    if (!/\.(md|ya?ml)$/i.test(name)) continue;
    const template = issueTemplateFromFile(name, await readFile(join(path, name), 'utf8'));
    if (template) templates.push(template);
  }
  return templates;
};
