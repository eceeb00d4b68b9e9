import { describe, expect, it } from 'vitest';
import { configSchema, defaultConfig } from '#src/config/schema.ts';
import { hashText, readCommentMarker } from '#src/plan/comment-marker.ts';
import { renderComment } from '#src/plan/render-comment.ts';
import { aVerdict, FAIL_REASONS } from './verdict-builder.ts';

const config = defaultConfig();
const textAfterMarker = (body: string) => body.slice(body.indexOf('\n') + 1);

describe('renderComment for an item that is not ready', () => {
  const verdict = aVerdict({ failed: { 'acceptance-criteria': true, estimate: true, stale: true } });
  const { body, hash, resolved } = renderComment(verdict, config);

  it('starts with the marker, then the configured intro', () => {
    expect(readCommentMarker(body)).toEqual({ hash, resolved: false });
    expect(resolved).toBe(false);
    expect(textAfterMarker(body).startsWith(config.comment.intro)).toBe(true);
  });

  it('lists each blocking finding as a plain bullet (no checkbox that does nothing) with its reason', () => {
    expect(body).toContain('- **Add an "Acceptance criteria" section:** how will we know it is done?');
    expect(body).not.toContain('- [ ]');
    expect(body.indexOf('Acceptance criteria" section:')).toBeLessThan(body.indexOf('Add an estimate:'));
  });

  it('does not say the same thing twice: advice that starts with "Add …:" leads the line itself', () => {
    expect(body).toContain('- **Add an estimate:** a label such as "points: 3", or a line "Story points: 3".');
    expect(body).not.toContain('**Estimate:** Add an estimate');
  });

  it('puts the root problem first: a missing description before anything else', () => {
    const all = renderComment(
      aVerdict({ failed: { estimate: true, 'acceptance-criteria': true, vague: true } }),
      config,
    );
    const order = ['**Description:**', '**Add an "Acceptance criteria" section:**', '**Add an estimate:**'].map(
      (text) => all.body.indexOf(text),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThan(0);
  });

  it('neither greets nor thanks: the nightly sweep posts it on issues years old', () => {
    expect(body).not.toMatch(/thanks|thank you/i);
  });

  it('puts findings that do not gate under "Also worth a look", not in the checklist', () => {
    const also = body.indexOf('**Also worth a look**');
    expect(also).toBeGreaterThan(body.indexOf('Estimate:'));
    expect(body).toContain(`- **Recent activity:** ${FAIL_REASONS.stale}`);
    expect(body).not.toContain('- [ ] **Recent activity:**');
  });

  it('explains how to override with the configured label, and names the tool in the footer', () => {
    expect(body).toContain(
      'A maintainer can add the `ready-override` label or comment `/ready` to mark it ready anyway.',
    );
    expect(body).toContain('Backlog Hygiene');
    expect(body).toContain('edits this comment as the issue changes');
    expect(body).toContain('[What the labels mean](https://github.com/backlog-hygiene/backlog-hygiene#labels)');
    expect(body).toContain(
      '[Settings and opting out](https://github.com/backlog-hygiene/backlog-hygiene#configuration)',
    );
    const custom = configSchema.parse({ labels: { override: { name: 'triage: ready' } } });
    expect(renderComment(verdict, custom).body).toContain('add the `triage: ready` label');
  });

  it('hashes exactly the text after the marker and contains no times', () => {
    expect(hash).toBe(hashText(textAfterMarker(body)));
    expect(body).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('omits the kind line for default items and the "also" section when everything failing gates', () => {
    const plain = renderComment(aVerdict({ failed: { estimate: true } }), config).body;
    expect(plain).not.toContain('Judged as');
    expect(plain).not.toContain('Also worth a look');
  });
});

describe('renderComment for other kinds of item', () => {
  it('says which checks applied to a bug, and does not ask it for what bugs need not have', () => {
    const bug = aVerdict({
      kind: 'bug',
      gating: ['vague', 'blocked'],
      failed: { vague: true, estimate: true, stale: true },
    });
    const { body } = renderComment(bug, config);
    expect(body).toContain('Judged as a **bug**, so only these checks decide readiness: description, dependencies.');
    expect(body).toContain('- **Description:**');
    expect(body).not.toContain('**Estimate:**');
    // Staleness asks for a decision on any kind of item, so it is still worth a look.
    expect(body).toMatch(/\*\*Also worth a look\*\*[^]*- \*\*Recent activity:\*\*/);
  });

  it('names a kind the config no longer lists without inventing its checks', () => {
    expect(renderComment(aVerdict({ kind: 'spike', failed: { vague: true } }), config).body).toContain(
      'Judged as a **spike**.',
    );
  });
});

describe('renderComment for ready items', () => {
  it.each([
    ['ready by the rules', aVerdict({ failed: { stale: true } }), '✅ This issue is ready for work. Thanks for adding'],
    [
      'pinned by a maintainer',
      aVerdict({ pinned: true, failed: { estimate: true } }),
      '✅ A maintainer marked this issue as ready',
    ],
  ])('%s: a short resolved note', (_case, verdict, opening) => {
    const { body, resolved, hash } = renderComment(verdict, config);
    expect(resolved).toBe(true);
    expect(readCommentMarker(body)).toEqual({ hash, resolved: true });
    expect(textAfterMarker(body).startsWith(opening)).toBe(true);
    expect(body).not.toContain('- [ ]');
    expect(body.split('\n').length).toBeLessThan(6);
  });
});

describe('renderComment is deterministic and safe', () => {
  it('renders the same body for equal verdicts and a different hash when a reason changes', () => {
    const first = renderComment(aVerdict({ failed: { estimate: true } }), config);
    expect(renderComment(aVerdict({ failed: { estimate: true } }), config)).toEqual(first);
    expect(renderComment(aVerdict({ failed: { estimate: 'Add story points.' } }), config).hash).not.toBe(first.hash);
  });

  it('does not ping people or break the marker when a reason quotes issue text', () => {
    const verdict = aVerdict({
      failed: { vague: 'The title "@alice --> fix <b>bug</b>" says nothing:\nsay what breaks.' },
    });
    const { body } = renderComment(verdict, config);
    expect(body).not.toContain('@alice');
    expect(body).toContain('@&#8203;alice');
    expect(body.match(/-->/g)).toHaveLength(1);
    expect(body).toContain('says nothing: say what breaks.');
  });
});
