const qualifier = (name: string, value: string): string =>
  `${name}%3A${/[\s"]/.test(value) ? `%22${encodeURIComponent(value.replace(/"/g, ''))}%22` : encodeURIComponent(value)}`;

/** A GitHub search for the open issues of a milestone carrying a label: where "… and N more" points. */
export const searchLink = (owner: string, repo: string, milestoneTitle: string, label: string): string =>
  `https://github.com/${owner}/${repo}/issues?q=is%3Aopen+milestone%3A%22${encodeURIComponent(milestoneTitle.replace(/"/g, ''))}%22+${qualifier('label', label)}`;
