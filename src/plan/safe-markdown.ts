/**
 * Makes text from issues (titles, quoted in reasons) safe to embed in one line of Markdown written
 * by the tool: one line, no HTML (a stray `-->` could end our hidden marker), no @mentions (quoting
 * "@alice" must not ping Alice — the same zero-width trick Renovate uses), no live links (a title
 * `[Click here](https://…)` or a bare address stays text: quoted, never a link we appear to vouch
 * for), and `|` escaped for tables. Scans linearly; the optional limit cuts at a word boundary
 * when there is one nearby (at a code point otherwise) and adds "…".
 */
export const inlineMarkdown = (text: string, maxLength = Number.POSITIVE_INFINITY): string => {
  const oneLine = IRREGULAR_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
  // Splitting into code points costs an array per call; a text no longer in UTF-16 units than the limit cannot need a cut.
  const cut = oneLine.length > maxLength ? cutAt(oneLine, maxLength) : oneLine;
  let safe = cut;
  if (safe.includes('<')) safe = safe.replaceAll('<', '&lt;');
  if (safe.includes('>')) safe = safe.replaceAll('>', '&gt;');
  if (safe.includes('|')) safe = safe.replaceAll('|', '\\|');
  if (safe.includes('[') || safe.includes(']')) safe = safe.replace(/[[\]]/g, '\\$&');
  // GitHub links bare addresses itself; a zero-width space after the scheme or "www" keeps them text.
  if (safe.includes('://') || /www\./i.test(safe))
    safe = safe.replace(/:\/\//g, '&#8203;://').replace(/\b(www)\./gi, '$1&#8203;.');
  return safe.includes('@') ? safe.replace(/@(?=[A-Za-z0-9])/g, '@&#8203;') : safe;
};

/** Whitespace the fold would change: a run, anything but a plain space, or space at either end. */
const IRREGULAR_SPACE = /\s\s|[^\S ]|^\s|\s$/;

// A cut looks for a space in the last part of the kept text, so reasons do not end mid-word ("St…").
const WORD_WINDOW = 0.3;

const cutAt = (oneLine: string, maxLength: number): string => {
  const chars = [...oneLine];
  if (chars.length <= maxLength) return oneLine;
  const keep = Math.max(0, maxLength - 1);
  let end = keep;
  if (chars[keep] !== ' ') {
    const space = chars.lastIndexOf(' ', keep - 1);
    if (space > 0 && space >= keep * (1 - WORD_WINDOW)) end = space;
  }
  return `${chars.slice(0, end).join('').trimEnd()}…`;
};
