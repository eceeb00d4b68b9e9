import MarkdownIt from 'markdown-it';
import type { Block, BodyDocument, Section } from './body-document.ts';
import { boldLineTitle, headingTitle } from './heading-title.ts';
import { countImages, inlineText } from './inline-text.ts';
import { type SimpleToken, simpleBlockTokens } from './simple-blocks.ts';

/**
 * GitHub stores at most 65,536 characters per issue body; parsing a little more than that keeps
 * hostile input (a 5 MB body from a file) bounded in time while every real body is parsed whole.
 */
export const PARSE_LIMIT = 100_000;

// Block-level parsing only: inline parsing is where Markdown parsers spend their time,
// and the rules need structure (headings, lists, tasks, code), not rendered inline HTML.
const md = new MarkdownIt('commonmark', { html: true });
// markdown-it's own newline normalisation rewrites every body with a regex; ours skips bodies without "\r" or NUL.
md.core.ruler.disable(['normalize', 'inline', 'text_join']);
md.block.ruler.enable(['table']);

/** The token fields read below: markdown-it's tokens and the fast path's both have them. */
type Token = Pick<SimpleToken, 'type' | 'tag' | 'content' | 'info'>;

const TASK = /^\[([ xX])\]\s*/;
// An HTML block that starts with an image, possibly wrapped in <p>, <a> or <div> tags.
const IMAGE_BLOCK = /^\s{0,3}(?:<(?:p|a|div)\b[^>\n]{0,500}>\s{0,10}){0,3}<img\b/i;

/**
 * Parses an issue body into sections and flat blocks. Never throws; linear in the body length.
 * Plain bodies (headings, paragraphs, flat lists) take a fast path with the same tokens as markdown-it.
 */
export const parseBody = (body: string): BodyDocument => buildDocument(body, true);

/** parseBody always through markdown-it: the reference the fast path is tested against. */
export const parseBodyWithMarkdownIt = (body: string): BodyDocument => buildDocument(body, false);

const buildDocument = (body: string, fast: boolean): BodyDocument => {
  const truncated = body.length > PARSE_LIMIT;
  const source = truncated ? body.slice(0, PARSE_LIMIT) : body;
  const text = normalizeLineEnds(source);
  const tokens: readonly Token[] = (fast ? simpleBlockTokens(text) : undefined) ?? md.parse(text, {});
  const preamble: Block[] = [];
  const sections: { title: string; level: number; blocks: Block[] }[] = [];
  const push = (block: Block) => (sections.at(-1)?.blocks ?? preamble).push(block);
  const openSection = (title: string, level: number) => sections.push({ title, level, blocks: [] });

  let listDepth = 0;
  let inItem = 0;
  let itemTaken = false;
  let quoteDepth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    switch (token.type) {
      case 'heading_open': {
        const inline = tokens[i + 1];
        openSection(headingTitle(inline?.content ?? ''), Number(token.tag.slice(1)));
        i += 2;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        listDepth++;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth--;
        break;
      case 'list_item_open':
        inItem++;
        itemTaken = false;
        break;
      case 'list_item_close':
        inItem--;
        itemTaken = true;
        break;
      case 'blockquote_open':
        quoteDepth++;
        break;
      case 'blockquote_close':
        quoteDepth--;
        break;
      case 'fence':
      case 'code_block':
        push({ kind: 'code', text: token.content, lang: token.info.trim().split(/\s/, 1)[0]?.toLowerCase() ?? '' });
        break;
      case 'table_open': {
        let close = i;
        const cells: string[] = [];
        while (close < tokens.length && tokens[close]?.type !== 'table_close') {
          if (tokens[close]?.type === 'inline') cells.push(inlineText(tokens[close]?.content ?? ''));
          close++;
        }
        push({ kind: 'table', text: cells.join(' | ') });
        i = close;
        break;
      }
      case 'inline': {
        const content = token.content;
        if (quoteDepth > 0) {
          push({ kind: 'quote', text: inlineText(content) });
        } else if (inItem > 0 && !itemTaken) {
          itemTaken = true;
          const task = TASK.exec(content);
          if (task)
            push({
              kind: 'task',
              text: inlineText(content.slice(task[0].length)),
              checked: task[1] !== ' ',
              depth: listDepth,
            });
          else push({ kind: 'list-item', text: inlineText(content), depth: listDepth });
        } else {
          pushParagraph(content, push, openSection);
        }
        break;
      }
      case 'html_block':
        // A line holding only an <img> tag (as GitHub's uploader writes it) opens an HTML block that swallows the
        // text typed right under it, up to the next blank line; that text is the author's description of the image.
        if (IMAGE_BLOCK.test(token.content)) {
          const text = inlineText(token.content);
          if (text) push({ kind: 'paragraph', text });
        }
        break;
      default:
        break;
    }
  }
  return { preamble, sections: sections as Section[], imageCount: countImages(source), truncated };
};

/** What markdown-it's `normalize` core rule does (CRLF and CR to LF, NUL to U+FFFD), only when there is something to change. */
const normalizeLineEnds = (source: string): string => {
  let text = source;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.includes('\0')) text = text.replaceAll('\0', '\uFFFD');
  return text;
};

const pushParagraph = (
  content: string,
  push: (block: Block) => void,
  openSection: (title: string, level: number) => void,
) => {
  const newline = content.indexOf('\n');
  const firstLine = newline === -1 ? content : content.slice(0, newline);
  const title = boldLineTitle(firstLine);
  if (title !== undefined && title.length > 0) {
    openSection(title, 7);
    const rest = newline === -1 ? '' : inlineText(content.slice(newline + 1));
    if (rest) push({ kind: 'paragraph', text: rest });
    return;
  }
  const text = inlineText(content);
  if (text) push({ kind: 'paragraph', text });
};
