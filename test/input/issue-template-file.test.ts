import { describe, expect, it } from 'vitest';
import { issueTemplateFromFile } from '#src/input/issue-template-file.ts';

const BUG_REPORT = `---
name: Bug report
about: Create a report to help us improve
title: ''
labels: ''
assignees: ''

---

**Describe the bug**
A clear and concise description of what the bug is.
`;

const FORM = `name: Feature request
description: Suggest an idea
body:
  - type: markdown
    attributes:
      value: Thanks for taking the time!
  - type: textarea
    attributes:
      label: Problem
      description: What is hard today?
  - type: input
    attributes:
      label: Estimate
      value: "?"
`;

describe('issueTemplateFromFile', () => {
  it('keeps the body of a Markdown template after its front matter', () => {
    expect(issueTemplateFromFile('bug_report.md', BUG_REPORT)).toEqual({
      name: 'bug_report.md',
      body: '**Describe the bug**\nA clear and concise description of what the bug is.',
    });
  });

  it('renders an issue form as the headings and defaults it echoes', () => {
    expect(issueTemplateFromFile('feature.yml', FORM)).toEqual({
      name: 'feature.yml',
      body: '### Problem\n\n_No response_\n\n### Estimate\n\n?',
    });
  });

  it.each([
    ['config.yml', 'blank_issues_enabled: false'],
    ['notes.txt', 'hello'],
    ['broken.yml', 'body: [unclosed'],
  ])('ignores %s', (name, text) => {
    expect(issueTemplateFromFile(name, text)).toBeUndefined();
  });
});
