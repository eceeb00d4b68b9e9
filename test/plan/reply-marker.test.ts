import { describe, expect, it } from 'vitest';
import { readReplyMarker, replyMarker } from '#src/plan/reply-marker.ts';

describe('reply marker', () => {
  it.each([
    [`${replyMarker('Someone-Outside')}\n@Someone-Outside thanks`, 'someone-outside'],
    [`  ${replyMarker('dependabot[bot]')}`, 'dependabot[bot]'],
    ['<!-- backlog-hygiene:command-reply -->\nan old reply without a name', undefined],
    [`quoted later: ${replyMarker('dana')}`, undefined],
    [`<!-- backlog-hygiene:command-reply to=@${'a'.repeat(5000)} -->`, undefined],
  ])('reads %j as a reply to %s', (body, login) => {
    expect(readReplyMarker(body)).toBe(login);
  });
});
