import { inlineText } from './inline-text.ts';

/** Normalises heading text for matching: plain text, no emoji or symbols at the ends, no trailing colon, single spaces. */
export const headingTitle = (raw: string): string =>
  inlineText(raw)
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[^\p{L}\p{N})?!]+$/u, '')
    .trim();

/**
 * If a paragraph's first line is wholly bold (`**Acceptance criteria:**`), returns its title,
 * so bold lines work as headings the way people write them in issues.
 */
export const boldLineTitle = (line: string): string | undefined => {
  const trimmed = line.trim();
  for (const mark of ['**', '__']) {
    if (trimmed.startsWith(mark) && trimmed.length > 4) {
      const end = trimmed.indexOf(mark, 2);
      if (end > 2 && /^[\s:]*$/.test(trimmed.slice(end + 2))) {
        const inner = trimmed.slice(2, end);
        if (inner.length <= 80) return headingTitle(inner);
      }
    }
  }
  return undefined;
};
