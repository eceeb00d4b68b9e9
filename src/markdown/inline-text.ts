/**
 * Reduces inline Markdown to plain text with linear scans only (no backtracking-prone patterns):
 * drops HTML comments and images, keeps link text, removes emphasis markers and collapses spaces.
 * Each pass runs only when its trigger character is in the text: most blocks of real issues are
 * plain sentences, and this runs for every block of every body.
 */
export const inlineText = (source: string): string => {
  let text = stripComments(source);
  // One native scan rules out most blocks; the checks below only pick which passes to run.
  if (
    !MARKUP_OR_SPACE.test(text) &&
    !text.includes('  ') &&
    text.charCodeAt(0) !== 32 &&
    text.charCodeAt(text.length - 1) !== 32
  )
    return text;
  if (text.includes('![')) text = text.replace(/!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)/g, ' ');
  const angle = text.includes('<');
  if (angle) text = text.replace(/<img\b[^>]{0,2000}>/gi, ' ');
  if (text.includes('[')) text = text.replace(/\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, '$1');
  if (angle) text = text.replace(/<\/?[a-z][^>\n]{0,500}>/gi, ' ');
  if (EMPHASIS.test(text)) text = text.replace(/[*_~`]+/g, '');
  return text.replace(/\s+/g, ' ').trim();
};

/**
 * Anything a pass could change is a markup character, whitespace other than a plain space, or plain
 * spaces the fold would change (two in a row, or one at either end; checked with includes and the ends).
 * One character class and no alternation keeps the regex a single fast scan. The passes only remove
 * text or insert spaces, so a character absent before a pass cannot appear after it.
 */
const MARKUP_OR_SPACE = /[!<[*_~`\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const EMPHASIS = /[*_~`]/;

/** Removes `<!-- … -->` comments (issue templates are full of them), including an unclosed one at the end. */
export const stripComments = (source: string): string => {
  if (!source.includes('<!--')) return source;
  let out = '';
  let from = 0;
  for (;;) {
    const open = source.indexOf('<!--', from);
    if (open === -1) return out + source.slice(from);
    out += source.slice(from, open);
    const close = source.indexOf('-->', open + 4);
    if (close === -1) return out;
    from = close + 3;
  }
};

const IMG_TAG = /<img/i;

/** Counts Markdown and HTML images with indexOf scans. */
export const countImages = (source: string): number => {
  let count = 0;
  for (let at = source.indexOf('!['); at !== -1; at = source.indexOf('![', at + 2)) count++;
  // Lower-casing a copy of the body only pays when it may hold an <img> tag at all.
  if (!IMG_TAG.test(source)) return count;
  const lower = source.length < 1_000_000 ? source.toLowerCase() : source.slice(0, 1_000_000).toLowerCase();
  for (let at = lower.indexOf('<img'); at !== -1; at = lower.indexOf('<img', at + 4)) count++;
  return count;
};
