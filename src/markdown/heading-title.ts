import { inlineText } from './inline-text.ts';

/** Normalises heading text for matching: plain text, no emoji or symbols at the ends, no trailing colon, single spaces. */
export const headingTitle = (raw: string): string => {
  let text = inlineText(raw);
  // Most titles start and end with a letter or digit; the Unicode-property regexes are only needed otherwise.
  if (!isAsciiWord(text.charCodeAt(0))) text = text.replace(/^[^\p{L}\p{N}]+/u, '');
  const end = text.charCodeAt(text.length - 1);
  if (!isAsciiWord(end) && end !== 41 && end !== 63 && end !== 33) text = text.replace(/[^\p{L}\p{N})?!]+$/u, '');
  return text.trim();
};

const isAsciiWord = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

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
