/**
 * Makes text from issues (titles, quoted in reasons) safe to embed in one line of Markdown written
 * by the tool: one line, no HTML (a stray `-->` could end our hidden marker), no @mentions (quoting
 * "@alice" must not ping Alice — the same zero-width trick Renovate uses), and `|` escaped for tables.
 * Scans linearly; the optional limit cuts at a code point and adds "…".
 */
export const inlineMarkdown = (text: string, maxLength = Number.POSITIVE_INFINITY): string => {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const chars = [...oneLine];
  const cut = chars.length > maxLength ? `${chars.slice(0, Math.max(0, maxLength - 1)).join('').trimEnd()}…` : oneLine;
  return cut
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('|', '\\|')
    .replace(/@(?=[A-Za-z0-9])/g, '@&#8203;');
};
