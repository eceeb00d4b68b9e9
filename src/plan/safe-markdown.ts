/**
 * Makes text from issues (titles, quoted in reasons) safe to embed in one line of Markdown written
 * by the tool: one line, no HTML (a stray `-->` could end our hidden marker), no @mentions (quoting
 * "@alice" must not ping Alice — the same zero-width trick Renovate uses), and `|` escaped for tables.
 * Scans linearly; the optional limit cuts at a code point and adds "…".
 */
export const inlineMarkdown = (text: string, maxLength = Number.POSITIVE_INFINITY): string => {
  const oneLine = IRREGULAR_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
  // Splitting into code points costs an array per call; a text no longer in UTF-16 units than the limit cannot need a cut.
  const cut = oneLine.length > maxLength ? cutAt(oneLine, maxLength) : oneLine;
  let safe = cut;
  if (safe.includes('<')) safe = safe.replaceAll('<', '&lt;');
  if (safe.includes('>')) safe = safe.replaceAll('>', '&gt;');
  if (safe.includes('|')) safe = safe.replaceAll('|', '\\|');
  return safe.includes('@') ? safe.replace(/@(?=[A-Za-z0-9])/g, '@&#8203;') : safe;
};

/** Whitespace the fold would change: a run, anything but a plain space, or space at either end. */
const IRREGULAR_SPACE = /\s\s|[^\S ]|^\s|\s$/;

const cutAt = (oneLine: string, maxLength: number): string => {
  const chars = [...oneLine];
  return chars.length > maxLength
    ? `${chars
        .slice(0, Math.max(0, maxLength - 1))
        .join('')
        .trimEnd()}…`
    : oneLine;
};
