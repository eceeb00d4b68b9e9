import * as core from '@actions/core';

// Notices the gateway gives once per run ("Notice: this token cannot read …") about data it could
// not read and the permission that would help: shown as an annotation and repeated in the job summary.
let notices: string[] = [];

/** Starts a run with no notices (run() is called once per process, but tests call it many times). */
export const resetNotices = (): void => {
  notices = [];
};

/** The gateway's info log: notices become annotations and are kept for the summary; other lines are logged as they are. */
export const infoWithNotices = (line: string): void => {
  if (!line.startsWith('Notice: ')) return core.info(line);
  const text = line.slice('Notice: '.length);
  if (notices.includes(text)) return;
  notices.push(text);
  core.notice(text);
};

/** The notices of this run as summary lines ("" when there are none). */
export const noticeSummary = (): string =>
  notices.length === 0 ? '' : `\n### Not readable in this run\n\n${notices.map((text) => `- ${text}`).join('\n')}\n`;
