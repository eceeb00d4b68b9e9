import { describe, expect, it } from 'vitest';
import { defaultConfig } from '#src/config/schema.ts';
import { readCommentMarker } from '#src/plan/comment-marker.ts';
import { isEmptyPlan, planWrites } from '#src/plan/item-plan.ts';
import { planItem } from '#src/plan/plan-item.ts';
import { anItem } from '#test/support/item-builder.ts';
import { aVerdict } from './verdict-builder.ts';

const config = defaultConfig();

/** Applies a plan to an item the way GitHub would, so the next run sees the result. */
const applied = (item: ReturnType<typeof anItem>, plan: ReturnType<typeof planItem>) => {
  const removed = new Set(plan.removeLabels.map((name) => name.toLowerCase()));
  const labels = [...item.labels.filter((name) => !removed.has(name.toLowerCase())), ...plan.addLabels];
  const comment = plan.comment;
  if (!comment) return { ...item, labels };
  if (comment.kind === 'delete') return { ...item, labels, ownComment: undefined };
  const marker = readCommentMarker(comment.body);
  if (!marker) throw new Error('the planned comment has no marker');
  return { ...item, labels, ownComment: { id: comment.kind === 'update' ? comment.commentId : 'IC_new', ...marker } };
};

describe('planItem', () => {
  it('plans labels and a comment for a new issue that needs refinement', () => {
    const item = anItem({ number: 42, labels: ['enhancement'] });
    const plan = planItem(item, aVerdict({ number: 42, failed: { estimate: true } }), config);
    expect(plan.number).toBe(42);
    expect(plan.addLabels).toEqual(['needs-refinement', 'needs-estimate']);
    expect(plan.removeLabels).toEqual([]);
    expect(plan.comment?.kind).toBe('create');
    expect(planWrites(plan)).toBe(2);
  });

  it.each([
    ['needs refinement', aVerdict({ failed: { 'acceptance-criteria': true, unprioritized: true } })],
    ['ready', aVerdict()],
    ['ready but stale', aVerdict({ failed: { stale: true } })],
    ['pinned', aVerdict({ pinned: true, failed: { vague: true } })],
    ['a bug', aVerdict({ kind: 'bug', gating: ['vague', 'blocked'], failed: { blocked: true, estimate: true } })],
  ])('is idempotent: once applied, the same verdict plans nothing (%s)', (_case, verdict) => {
    const first = anItem({ labels: ['enhancement'] });
    const afterFirst = applied(first, planItem(first, verdict, config));
    const second = planItem(afterFirst, verdict, config);
    expect(isEmptyPlan(second)).toBe(true);
    expect(second).toEqual({ number: 1, addLabels: [], removeLabels: [] });
  });

  it('walks an issue from needs-refinement to ready in two runs, resolving the comment', () => {
    const missing = aVerdict({ failed: { estimate: true } });
    const run1 = applied(anItem(), planItem(anItem(), missing, config));
    const plan2 = planItem(run1, aVerdict(), config);
    expect(plan2.addLabels).toEqual(['ready']);
    expect(plan2.removeLabels).toEqual(['needs-refinement', 'needs-estimate']);
    expect(plan2.comment).toMatchObject({ kind: 'update', commentId: 'IC_new' });
    expect(plan2.comment && 'body' in plan2.comment ? plan2.comment.body : '').toContain('✅');
  });

  it('plans nothing for a skipped item whatever it carries', () => {
    const item = anItem({
      labels: ['duplicate', 'needs-refinement'],
      ownComment: { id: 'IC_1', hash: 'abc', resolved: false },
    });
    expect(planItem(item, aVerdict({ skipped: true }), config)).toEqual({ number: 1, addLabels: [], removeLabels: [] });
  });
});
