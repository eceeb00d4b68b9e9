import type { Config } from '#src/config/schema.ts';
import type { BodyDocument } from '#src/markdown/body-document.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { Check } from '#src/model/check.ts';
import type { Estimate } from '#src/model/estimate.ts';
import type { IssueTemplate } from '#src/model/issue-template.ts';

/** What the engine knows about the world besides the item: passed in, never read globally. */
export type JudgeContext = {
  readonly config: Config;
  readonly now: Date;
  /** The repository's issue templates, when the gateway could read them. */
  readonly templates?: readonly IssueTemplate[];
};

/** Everything a rule may look at; the body is parsed once and the estimate found once per item. */
export type RuleInput = JudgeContext & {
  readonly item: BacklogItem;
  readonly doc: BodyDocument;
  readonly estimate: Estimate | undefined;
};

/** A rule: a pure function from an item to one check. */
export type Rule = (input: RuleInput) => Check;
