/** One block of an issue body, flattened: nesting is kept only as `depth` for list items. */
export type Block =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list-item'; readonly text: string; readonly depth: number }
  | { readonly kind: 'task'; readonly text: string; readonly checked: boolean; readonly depth: number }
  | { readonly kind: 'code'; readonly text: string; readonly lang: string }
  | { readonly kind: 'table'; readonly text: string }
  | { readonly kind: 'quote'; readonly text: string };

/** A heading (`## Acceptance criteria`) or a bold line used as one (`**Acceptance criteria:**`), with the blocks up to the next heading. */
export type Section = {
  /** Heading text with Markdown markup, trailing colons and emoji removed, e.g. "Acceptance criteria". */
  readonly title: string;
  /** 1–6 for Markdown headings, 7 for a bold line. */
  readonly level: number;
  readonly blocks: readonly Block[];
};

/** An issue body parsed once and shared by every rule. */
export type BodyDocument = {
  /** Blocks before the first heading. */
  readonly preamble: readonly Block[];
  readonly sections: readonly Section[];
  /** Number of images (Markdown or <img>) in the body. */
  readonly imageCount: number;
  /** True when the body was longer than the parse limit and only its start was parsed. */
  readonly truncated: boolean;
};

/** All blocks of a document, preamble first. */
export const allBlocks = (doc: BodyDocument): Block[] => [...doc.preamble, ...doc.sections.flatMap((s) => s.blocks)];
