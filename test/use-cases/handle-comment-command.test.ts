import { describe, expect, it } from 'vitest';
import { defaultConfig } from '#src/config/schema.ts';
import { managedLabels } from '#src/plan/managed-labels.ts';
import { COMMAND_REPLY_MARKER } from '#src/use-cases/command-reply.ts';
import { handleCommentCommand } from '#src/use-cases/handle-comment-command.ts';
import type { CommentCommand } from '#src/use-cases/parse-command.ts';
import { createFakeGateway } from '#test/support/fake-gateway.ts';
import { FIXED_NOW, daysAgo } from '#test/support/fixed-clock.ts';
import { anItem } from '#test/support/item-builder.ts';

const config = defaultConfig();
const OVERRIDE = config.labels.override.name;
const vague = anItem({
  number: 7,
  title: 'Fix bug',
  body: 'Checkout is broken.',
  labels: [],
  lastHumanActivityAt: daysAgo(0),
});
const PERMISSIONS = {
  'admin-ada': 'admin',
  'maintainer-maria': 'maintain',
  'writer-will': 'write',
  'triager-tom': 'triage',
  'reader-rita': 'read',
};

const gatewayWith = (labels: string[] = []) =>
  createFakeGateway({ items: [{ ...vague, labels }], labels: managedLabels(config), permissions: PERMISSIONS });
const give = (
  gateway: ReturnType<typeof gatewayWith>,
  login: string,
  command: CommentCommand,
  options: { dryRun?: boolean; maxWrites?: number; log?: (line: string) => void } = {},
) =>
  handleCommentCommand({
    gateway,
    config,
    now: FIXED_NOW,
    event: { number: 7, action: 'created', isPullRequest: false, senderIsBot: false },
    dryRun: options.dryRun ?? false,
    maxWrites: options.maxWrites ?? 100,
    given: { command, login },
    ...(options.log ? { log: options.log } : {}),
  });
const replies = (gateway: ReturnType<typeof gatewayWith>) =>
  (gateway.comments.get(7) ?? []).filter((comment) => comment.body.startsWith(COMMAND_REPLY_MARKER));

describe('handleCommentCommand', () => {
  it.each(['admin-ada', 'maintainer-maria', 'writer-will'])(
    '/ready from %s pins the issue as ready: one permission read, one issue read, one write',
    async (login) => {
      const gateway = gatewayWith();
      const { allowed, result } = await give(gateway, login, 'ready');
      expect(allowed).toBe(true);
      expect(gateway.items.get(7)?.labels).toEqual(expect.arrayContaining([OVERRIDE, 'ready']));
      expect(gateway.items.get(7)?.labels).not.toContain('needs-refinement');
      expect(result.verdicts[0]?.ready).toBe(true);
      expect(result.stats).toEqual({ reads: 2, writes: 1 });
      expect(replies(gateway)).toHaveLength(0);
    },
  );

  it('/refine removes the pin, and the issue is judged on its own again', async () => {
    const gateway = gatewayWith([OVERRIDE, 'ready']);
    const { allowed } = await give(gateway, 'maintainer-maria', 'refine');
    expect(allowed).toBe(true);
    expect(gateway.items.get(7)?.labels).not.toContain(OVERRIDE);
    expect(gateway.items.get(7)?.labels).toEqual(expect.arrayContaining(['needs-refinement', 'vague']));
  });

  it.each(['triager-tom', 'reader-rita', 'someone-outside'])(
    'answers %s once, politely, does not pin, and judges the comment as activity',
    async (login) => {
      const gateway = gatewayWith();
      const { allowed, result } = await give(gateway, login, 'ready');
      expect(allowed).toBe(false);
      expect(gateway.items.get(7)?.labels).not.toContain(OVERRIDE);
      expect(gateway.items.get(7)?.labels).toContain('needs-refinement');
      expect(replies(gateway)).toHaveLength(1);
      expect(replies(gateway)[0]!.body).toContain(
        `@${login} thanks — only people with write access to this repository can use \`/ready\``,
      );
      // The reply is one change on top of the review's labels and explanation comment.
      expect(result.changes).toBeGreaterThan(1);
      expect(gateway.writeLog[0]).toBe('add-comment #7');
    },
  );

  it('only logs the reply in a dry run, and writes nothing', async () => {
    const gateway = gatewayWith();
    const lines: string[] = [];
    await give(gateway, 'reader-rita', 'refine', { dryRun: true, log: (line) => lines.push(line) });
    expect(lines).toEqual(['DRY-RUN: would reply to @reader-rita on #7 that /refine needs write access']);
    expect(gateway.writeLog).toEqual([]);
  });

  it('leaves the reply out when the write budget is zero', async () => {
    const gateway = gatewayWith();
    const { result } = await give(gateway, 'reader-rita', 'ready', { maxWrites: 0 });
    expect(replies(gateway)).toHaveLength(0);
    expect(result.changes).toBe(0);
  });

  it('replies once per person per issue, however often they try', async () => {
    const gateway = gatewayWith();
    for (let i = 0; i < 5; i += 1) await give(gateway, 'someone-outside', 'ready');
    await give(gateway, 'reader-rita', 'refine');
    await give(gateway, 'reader-rita', 'ready');
    const to = (login: string) => replies(gateway).filter((comment) => comment.body.includes(`@${login}`));
    expect(to('someone-outside')).toHaveLength(1);
    expect(to('reader-rita')).toHaveLength(1);
  });
});
