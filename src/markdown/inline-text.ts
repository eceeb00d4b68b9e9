/**
 * Reduces inline Markdown to plain text with linear scans only (no backtracking-prone patterns):
 * drops HTML comments and images, keeps link text, removes emphasis markers and collapses spaces.
 */
export const inlineText = (source: string): string => {
  let text = stripComments(source);
  text = text.replace(/!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)/g, ' ');
  text = text.replace(/<img\b[^>]{0,2000}>/gi, ' ');
  text = text.replace(/\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, '$1');
  text = text.replace(/<\/?[a-z][^>\n]{0,500}>/gi, ' ');
  text = text.replace(/[*_~`]+/g, '');
  return text.replace(/\s+/g, ' ').trim();
};

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

/** Counts Markdown and HTML images with indexOf scans. */
export const countImages = (source: string): number => {
  let count = 0;
  for (let at = source.indexOf('!['); at !== -1; at = source.indexOf('![', at + 2)) count++;
  const lower = source.length < 1_000_000 ? source.toLowerCase() : source.slice(0, 1_000_000).toLowerCase();
  for (let at = lower.indexOf('<img'); at !== -1; at = lower.indexOf('<img', at + 4)) count++;
  return count;
};
