import { describe, expect, it } from 'vitest';
import { configSchema, defaultConfig } from '#src/config/schema.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import { selectKind } from '#src/rules/select-kind.ts';
import { anItem } from '#test/support/item-builder.ts';

describe('selectKind', () => {
  const config = defaultConfig();

  it.each<[string, Partial<BacklogItem>, string]>([
    ['a plain feature request', {}, 'default'],
    ['the "bug" label', { labels: ['bug'] }, 'bug'],
    ['a label in another case', { labels: ['Type: Bug'] }, 'bug'],
    ['the Bug issue type', { issueType: 'bug' }, 'bug'],
    ['an unrelated issue type', { issueType: 'Feature' }, 'default'],
  ])('chooses the kind for %s', (_label, overrides, kind) => {
    expect(selectKind(anItem(overrides), config).name).toBe(kind);
  });

  it("uses readiness.require for the default kind and the kind's own list otherwise", () => {
    expect(selectKind(anItem(), config).require).toEqual(config.readiness.require);
    expect(selectKind(anItem({ labels: ['bug'] }), config).require).toEqual(['vague', 'blocked']);
  });

  it('takes the first matching kind', () => {
    const custom = configSchema.parse({
      readiness: {
        kinds: [
          { name: 'spike', labels: ['spike'], require: ['vague'] },
          { name: 'chore', labels: ['chore', 'spike'], require: ['vague', 'estimate'] },
        ],
      },
    });
    expect(selectKind(anItem({ labels: ['chore', 'spike'] }), custom)).toEqual({ name: 'spike', require: ['vague'] });
    expect(selectKind(anItem({ labels: ['bug'] }), custom).name).toBe('default');
  });
});
