/** One of the repository's issue templates (Markdown template or issue form), for the unfilled-template check. */
export type IssueTemplate = {
  /** File name under .github/ISSUE_TEMPLATE, e.g. "bug_report.md" or "feature.yml". */
  readonly name: string;
  /** For Markdown templates: the body after the front matter. For issue forms: the labels and descriptions a filled form would echo. */
  readonly body: string;
};
