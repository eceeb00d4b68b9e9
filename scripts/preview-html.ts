import MarkdownIt from 'markdown-it';

/** A label chip as GitHub shows it beside an issue title. */
export type PreviewLabel = { readonly name: string; readonly color?: string; readonly description?: string };

/** One page of the preview: what GitHub would show for one artefact. */
export type PreviewPage = {
  readonly file: string;
  /** Caption above the frame: which artefact this is and when it appears. */
  readonly caption: string;
  /** The issue title (for issues and comments) or the page heading (job summaries). */
  readonly title: string;
  readonly labels?: readonly PreviewLabel[];
  /** Small grey line under the title (e.g. "github-actions[bot] commented"). */
  readonly byline?: string;
  readonly markdown: string;
};

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * markdown-it as close to GitHub's renderer as the installed packages allow: raw HTML on (GitHub
 * keeps <details>, <sub> and comments), links, tables; task-list items and Mermaid fences are
 * rewritten below the way GitHub shows them.
 */
const createRenderer = (): MarkdownIt => {
  const md = new MarkdownIt({ html: true, linkify: false, breaks: false });
  const fence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, index, options, env, self) => {
    const token = tokens[index]!;
    if (token.info.trim() === 'mermaid') return `<pre class="mermaid">${escape(token.content)}</pre>\n`;
    return fence(tokens, index, options, env, self);
  };
  return md;
};

// GitHub turns "[ ] " / "[x] " at the start of a list item into a checkbox (enabled only for people who may edit).
const taskLists = (html: string): string =>
  html
    .replace(
      /<li>\[ \] /g,
      '<li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled> ',
    )
    .replace(
      /<li>\[[xX]\] /g,
      '<li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" checked disabled> ',
    );

const contrast = (hex: string): string => {
  const value = Number.parseInt(hex, 16);
  const luminance = ((value >> 16) & 255) * 0.299 + ((value >> 8) & 255) * 0.587 + (value & 255) * 0.114;
  return luminance > 150 ? '#1f2328' : '#ffffff';
};

const labelChip = (label: PreviewLabel): string => {
  const color = label.color ?? 'ededed';
  return `<span class="label" title="${escape(label.description ?? '')}" style="background:#${color};color:${contrast(color)}">${escape(label.name)}</span>`;
};

/** The whole HTML page: GitHub's Markdown CSS, the rendered body in an issue-like frame, Mermaid from node_modules. */
export const renderPage = (page: PreviewPage, cssHref: string, mermaidSrc: string): string => {
  const body = taskLists(createRenderer().render(page.markdown));
  const labels = (page.labels ?? []).map(labelChip).join(' ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(page.title)}</title>
<link rel="stylesheet" href="${cssHref}">
<style>
  body { background: #fff; margin: 0; padding: 24px; font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
  .caption { color: #59636e; font-size: 13px; margin: 0 0 12px; max-width: 880px; }
  .frame { max-width: 880px; border: 1px solid #d1d9e0; border-radius: 6px; }
  .head { padding: 12px 16px; border-bottom: 1px solid #d1d9e0; background: #f6f8fa; border-radius: 6px 6px 0 0; }
  .head h1 { font-size: 22px; font-weight: 400; margin: 0 0 6px; color: #1f2328; }
  .byline { color: #59636e; font-size: 13px; }
  .label { display: inline-block; padding: 0 8px; font-size: 12px; font-weight: 500; line-height: 20px; border-radius: 2em; margin-right: 4px; }
  .markdown-body { padding: 16px 24px; }
</style></head>
<body>
<p class="caption">${escape(page.caption)}</p>
<div class="frame">
<div class="head"><h1>${escape(page.title)}</h1>${labels ? `<div>${labels}</div>` : ''}${page.byline ? `<div class="byline">${escape(page.byline)}</div>` : ''}</div>
<article class="markdown-body">
${body}
</article></div>
<script src="${mermaidSrc}"></script>
<script>
  // ?open opens every <details>, so a screenshot shows the collapsed tables too.
  if (location.search.includes('open')) document.querySelectorAll('details').forEach((d) => (d.open = true));
  mermaid.initialize({ startOnLoad: false, theme: 'default', securityLevel: 'strict' });
  // The page records its own height once Mermaid has drawn, so the screenshot script can crop to it.
  mermaid.run().catch((error) => console.error(error)).finally(() => {
    document.body.setAttribute('data-height', String(Math.ceil(document.querySelector('.frame').getBoundingClientRect().bottom + 24)));
  });
</script>
</body></html>
`;
};
