import { describe, expect, it } from 'vitest';
import { configSchema, defaultConfig, type Config } from '#src/config/schema.ts';
import type { OwnComment } from '#src/model/backlog-item.ts';
import type { Verdict } from '#src/model/verdict.ts';
import { planComment } from '#src/plan/plan-comment.ts';
import { renderComment } from '#src/plan/render-comment.ts';
import { anItem } from '#test/support/item-builder.ts';
import { aVerdict } from './verdict-builder.ts';

const config = defaultConfig();
const deleteOnReady = configSchema.parse({ comment: { onReady: 'delete' } });
const disabled = configSchema.parse({ comment: { enabled: false } });

const notReady = aVerdict({ failed: { estimate: true } });
const ready = aVerdict();
const pinned = aVerdict({ pinned: true, failed: { estimate: true } });

/** The own comment as the gateway would read it back after the tool wrote `verdict`'s rendering. */
const written = (verdict: Verdict, settings: Config = config): OwnComment => {
  const { hash, resolved } = renderComment(verdict, settings);
  return { id: 'IC_kwDOA1', hash, resolved };
};
const outdatedOpen: OwnComment = { id: 'IC_kwDOA1', hash: '0000000000000000', resolved: false };

describe('planComment', () => {
  it.each([
    { case: 'not ready, no comment yet → create', verdict: notReady, own: undefined, settings: config, kind: 'create' },
    {
      case: 'not ready, comment says something else → update',
      verdict: notReady,
      own: outdatedOpen,
      settings: config,
      kind: 'update',
    },
    {
      case: 'not ready, comment already says this → nothing',
      verdict: notReady,
      own: written(notReady),
      settings: config,
      kind: undefined,
    },
    {
      case: 'not ready again after being resolved → update',
      verdict: notReady,
      own: written(ready),
      settings: config,
      kind: 'update',
    },
    { case: 'ready, never had a comment → nothing', verdict: ready, own: undefined, settings: config, kind: undefined },
    {
      case: 'ready, comment still open → update to resolved',
      verdict: ready,
      own: outdatedOpen,
      settings: config,
      kind: 'update',
    },
    {
      case: 'ready, comment already resolved → nothing',
      verdict: ready,
      own: written(ready),
      settings: config,
      kind: undefined,
    },
    {
      case: 'ready with onReady "delete" → delete',
      verdict: ready,
      own: outdatedOpen,
      settings: deleteOnReady,
      kind: 'delete',
    },
    {
      case: 'ready with onReady "delete", no comment → nothing',
      verdict: ready,
      own: undefined,
      settings: deleteOnReady,
      kind: undefined,
    },
    {
      case: 'pinned, comment open → update to resolved',
      verdict: pinned,
      own: written(notReady),
      settings: config,
      kind: 'update',
    },
    {
      case: 'pinned, never had a comment → nothing',
      verdict: pinned,
      own: undefined,
      settings: config,
      kind: undefined,
    },
    {
      case: 'ready-by-rules note replaced by the pinned note',
      verdict: pinned,
      own: written(ready),
      settings: config,
      kind: 'update',
    },
    {
      case: 'skipped → nothing, even with an open comment',
      verdict: aVerdict({ skipped: true }),
      own: outdatedOpen,
      settings: config,
      kind: undefined,
    },
    { case: 'comments disabled → nothing', verdict: notReady, own: undefined, settings: disabled, kind: undefined },
    {
      case: 'comments disabled, old comment left alone',
      verdict: ready,
      own: outdatedOpen,
      settings: disabled,
      kind: undefined,
    },
  ])('$case', ({ verdict, own, settings, kind }) => {
    expect(planComment(anItem({ ownComment: own }), verdict, settings)?.kind).toBe(kind);
  });

  it('creates the rendered body and updates the comment it found by id', () => {
    expect(planComment(anItem(), notReady, config)).toEqual({
      kind: 'create',
      body: renderComment(notReady, config).body,
    });
    expect(planComment(anItem({ ownComment: outdatedOpen }), ready, config)).toEqual({
      kind: 'update',
      commentId: 'IC_kwDOA1',
      body: renderComment(ready, config).body,
    });
    expect(planComment(anItem({ ownComment: outdatedOpen }), ready, deleteOnReady)).toEqual({
      kind: 'delete',
      commentId: 'IC_kwDOA1',
    });
  });

  it('rewrites the comment when only the configured intro changed', () => {
    const newIntro = configSchema.parse({ comment: { intro: 'Hi! Before we can schedule this:' } });
    const change = planComment(anItem({ ownComment: written(notReady) }), notReady, newIntro);
    expect(change?.kind).toBe('update');
    expect(change && 'body' in change ? change.body : '').toContain('Hi! Before we can schedule this:');
  });
});
