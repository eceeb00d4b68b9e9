/**
 * A fast path for the plain bodies most issues have: ATX headings, paragraphs and flat lists
 * ("- item", "1. step", "- [ ] task") at column 0, separated by blank lines. For such a body it
 * returns the block tokens markdown-it would give that parse-body acts on (type, tag, content; the
 * paragraph open/close tokens it skips are left out), without markdown-it's per-line bookkeeping;
 * for anything else it returns undefined and the caller uses markdown-it. It gives up at the first hint of another construct (indentation, quotes, fences,
 * HTML, tables, link definitions, thematic breaks, setext underlines, lazy continuation lines), so
 * it never has to reproduce a subtle CommonMark rule: being wrong costs speed, never a verdict.
 * A property test compares both paths on generated bodies.
 */
export type SimpleToken = {
  readonly type: string;
  readonly tag: string;
  readonly content: string;
  readonly info: string;
};

const token = (type: string, tag = '', content = ''): SimpleToken => ({ type, tag, content, info: '' });
const PARAGRAPH_INLINE = 'inline';

/** Block tokens for a plain body, or undefined when the body needs the full parser. */
export const simpleBlockTokens = (source: string): SimpleToken[] | undefined => {
  // Tables need a "|", link reference definitions a "]:", tabs change indentation: all for markdown-it.
  if (source.includes('|') || source.includes(']:') || source.includes('\t')) return undefined;
  const out: SimpleToken[] = [];
  let paragraphStart = -1; // start offset of the open paragraph's first line
  let paragraphEnd = -1;
  let list = ''; // marker of the open list: "-", "*", "+", "." or ")"
  let afterBlank = true;
  const closeParagraph = () => {
    if (paragraphStart === -1) return;
    out.push(token(PARAGRAPH_INLINE, '', source.slice(paragraphStart, paragraphEnd).trim()));
    paragraphStart = -1;
  };
  const closeList = () => {
    if (list === '') return;
    out.push(
      token('list_item_close', 'li'),
      token(list === '.' || list === ')' ? 'ordered_list_close' : 'bullet_list_close'),
    );
    list = '';
  };
  const length = source.length;
  for (let start = 0; start <= length;) {
    let end = source.indexOf('\n', start);
    if (end === -1) end = length;
    const next = end + 1;
    if (end === start) {
      closeParagraph();
      afterBlank = true;
      start = next;
      continue;
    }
    const kind = classify(source, start, end);
    if (kind === undefined) return undefined;
    if (kind.type === 'heading') {
      closeParagraph();
      closeList();
      out.push(
        token('heading_open', `h${kind.level}`),
        token(PARAGRAPH_INLINE, '', kind.content),
        token('heading_close', `h${kind.level}`),
      );
    } else if (kind.type === 'item') {
      // An ordered list interrupts a paragraph only when it starts at 1; otherwise the line continues it.
      if (paragraphStart !== -1 && kind.marker !== '-' && kind.marker !== '*' && kind.marker !== '+' && !kind.first)
        return undefined;
      closeParagraph();
      if (list === kind.marker) out.push(token('list_item_close', 'li'));
      else {
        closeList();
        out.push(token(kind.marker === '.' || kind.marker === ')' ? 'ordered_list_open' : 'bullet_list_open'));
        list = kind.marker;
      }
      out.push(token('list_item_open', 'li'), token(PARAGRAPH_INLINE, '', kind.content));
    } else {
      // A text line right under a list item would continue it lazily: leave that to markdown-it.
      if (list !== '' && !afterBlank) return undefined;
      closeList();
      if (paragraphStart === -1) paragraphStart = start;
      paragraphEnd = end;
    }
    afterBlank = false;
    start = next;
  }
  closeParagraph();
  closeList();
  return out;
};

type LineKind =
  | { readonly type: 'heading'; readonly level: number; readonly content: string }
  | { readonly type: 'item'; readonly marker: string; readonly first: boolean; readonly content: string }
  | { readonly type: 'text' };

const TEXT: LineKind = { type: 'text' };

// Lines are read in place as source[start, end): most are text and never need a copy of their own.

/** What one non-empty line at column 0 is, or undefined when it may be anything but a heading, a flat list item or text. */
const classify = (s: string, start: number, end: number): LineKind | undefined => {
  const code = s.charCodeAt(start);
  if (code === HASH) {
    const level = headingLevel(s, start, end);
    if (level === 0) return TEXT;
    const content = s.slice(start + level, end).trim();
    // A closing sequence ("## Title ##") has its own rules.
    return content.endsWith('#') ? undefined : { type: 'heading', level, content };
  }
  if (code === DASH || code === STAR || code === PLUS) {
    if (start + 1 >= end || s.charCodeAt(start + 1) !== SPACE) return plainStart(s, start, end) ? TEXT : undefined;
    return item(String.fromCharCode(code), true, s, start + 2, end);
  }
  if (isDigit(code)) {
    let at = start + 1;
    while (at < end && at - start < 10 && isDigit(s.charCodeAt(at))) at++;
    const delimiter = at < end ? s.charCodeAt(at) : NaN;
    if ((delimiter !== DOT && delimiter !== PAREN) || (at + 1 < end && s.charCodeAt(at + 1) !== SPACE))
      return plainStart(s, start, end) ? TEXT : undefined;
    if (at - start >= 10) return undefined;
    return item(delimiter === DOT ? '.' : ')', Number(s.slice(start, at)) === 1, s, at + 2, end);
  }
  return plainStart(s, start, end) ? TEXT : undefined;
};

/** 1–6 for "# " … "###### " (or the hashes alone), 0 when the hashes do not open a heading. */
const headingLevel = (s: string, start: number, end: number): number => {
  let at = start + 1;
  while (at < end && s.charCodeAt(at) === HASH) at++;
  const level = at - start;
  return level > 6 || (at < end && s.charCodeAt(at) !== SPACE) ? 0 : level;
};

const item = (marker: string, first: boolean, s: string, from: number, end: number): LineKind | undefined => {
  if (from >= end || s.charCodeAt(from) === SPACE || !plainStart(s, from, end) || isItemStart(s, from, end))
    return undefined;
  const content = s.slice(from, end).trim();
  return content.length > 0 ? { type: 'item', marker, first, content } : undefined;
};

/** "- x", "* x", "+ x", "1. x", "1) x" (or an empty item): a nested list on the same line. */
const isItemStart = (s: string, start: number, end: number): boolean => {
  const code = s.charCodeAt(start);
  if (code === DASH || code === STAR || code === PLUS) return start + 1 >= end || s.charCodeAt(start + 1) === SPACE;
  if (!isDigit(code)) return false;
  let at = start + 1;
  while (at < end && isDigit(s.charCodeAt(at))) at++;
  if (at >= end) return false;
  const delimiter = s.charCodeAt(at);
  return (delimiter === DOT || delimiter === PAREN) && (at + 1 >= end || s.charCodeAt(at + 1) === SPACE);
};

/**
 * True when text starting at `start` can only be paragraph text (list items and headings are
 * recognised by the caller before): no indentation, quote, HTML, fence, setext underline, heading,
 * thematic break or list marker.
 */
const plainStart = (s: string, start: number, end: number): boolean => {
  const code = s.charCodeAt(start);
  if (code === SPACE || code === GT || code === LT || code === EQUALS) return false;
  if (code === HASH) return headingLevel(s, start, end) === 0;
  if (code === BACKTICK || code === TILDE)
    return !(end - start >= 3 && s.charCodeAt(start + 1) === code && s.charCodeAt(start + 2) === code);
  if (code === DASH || code === STAR || code === PLUS || code === UNDERSCORE)
    return !onlyBreakCharacters(s, start, end) && !isItemStart(s, start, end);
  if (isDigit(code)) return !isItemStart(s, start, end);
  return true;
};

/** Only "-", "*", "_", "+" and spaces: a thematic break, a setext underline or an empty list item. */
const onlyBreakCharacters = (s: string, start: number, end: number): boolean => {
  for (let i = start; i < end; i++) {
    const code = s.charCodeAt(i);
    if (code !== DASH && code !== STAR && code !== UNDERSCORE && code !== SPACE && code !== PLUS) return false;
  }
  return true;
};

const isDigit = (code: number): boolean => code >= ZERO && code <= NINE;

const HASH = 35;
const SPACE = 32;
const DASH = 45;
const STAR = 42;
const PLUS = 43;
const UNDERSCORE = 95;
const ZERO = 48;
const NINE = 57;
const DOT = 46;
const PAREN = 41;
const GT = 62;
const LT = 60;
const EQUALS = 61;
const BACKTICK = 96;
const TILDE = 126;
