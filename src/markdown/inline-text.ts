/**
 * Reduces inline Markdown to plain text with linear scans only (no backtracking-prone patterns):
 * drops HTML comments and images, keeps link text, removes emphasis markers and collapses spaces.
 * Each pass runs only when its trigger character is in the text: most blocks of real issues are
 * plain sentences, and this runs for every block of every body.
 */
export const inlineText = (source: string): string => {
  let text = stripComments(source);
  const found = scanTriggers(text);
  if (found === 0) return text;
  if (found & HAS_IMAGE) text = text.replace(/!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)/g, ' ');
  if (found & HAS_ANGLE) text = text.replace(/<img\b[^>]{0,2000}>/gi, ' ');
  if (found & HAS_BRACKET) text = text.replace(/\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, '$1');
  if (found & HAS_ANGLE) text = text.replace(/<\/?[a-z][^>\n]{0,500}>/gi, ' ');
  if (found & HAS_EMPHASIS) text = text.replace(/[*_~`]+/g, '');
  return text.replace(/\s+/g, ' ').trim();
};

const HAS_IMAGE = 1;
const HAS_ANGLE = 2;
const HAS_BRACKET = 4;
const HAS_EMPHASIS = 8;
/** Whitespace other than single inner spaces: the final collapse-and-trim would change the text. */
const HAS_SPACING = 16;

/**
 * One pass over the text noting which replacements can apply. The replacements only remove text or
 * insert spaces, so a trigger absent here cannot appear later; any replacement forces the final
 * whitespace pass.
 */
const scanTriggers = (text: string): number => {
  let found = 0;
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    switch (code) {
      case 33: // !
        if (text.charCodeAt(i + 1) === 91) found |= HAS_IMAGE;
        break;
      case 60: // <
        found |= HAS_ANGLE;
        break;
      case 91: // [
        found |= HAS_BRACKET;
        break;
      case 42: // *
      case 95: // _
      case 126: // ~
      case 96: // `
        found |= HAS_EMPHASIS;
        break;
      case 32:
        if (i === 0 || i === last || text.charCodeAt(i + 1) === 32) found |= HAS_SPACING;
        break;
      default:
        if (isOtherSpace(code)) found |= HAS_SPACING;
    }
  }
  return found;
};

/** The characters `\s` matches besides the plain space. */
const isOtherSpace = (code: number): boolean =>
  code <= 13
    ? code >= 9
    : code >= 0xa0 &&
      (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
        code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff);

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
