import { describe, expect, it } from 'vitest';
import { AGENDA_MARKER_PREFIX, readAgendaMarker, writeAgendaMarker } from '#src/agenda/agenda-marker.ts';

describe('agenda marker', () => {
  it.each([1, 4, 123, 9_999_999])('round-trips milestone %i', (number) => {
    const body = `${writeAgendaMarker(number)}\n## Refinement agenda: v2.0\n\n- [ ] #12 Checkout`;
    expect(readAgendaMarker(body)).toBe(number);
    expect(writeAgendaMarker(number).startsWith(AGENDA_MARKER_PREFIX)).toBe(true);
  });

  it.each([
    ['no marker', '## Refinement agenda: v2.0'],
    ['the comment marker of another feature', '<!-- backlog-hygiene:comment hash=abc -->'],
    ['a marker without a number', '<!-- backlog-hygiene:agenda milestone= -->'],
    ['a marker with text instead of a number', '<!-- backlog-hygiene:agenda milestone=v2 -->'],
    ['an unterminated marker', '<!-- backlog-hygiene:agenda milestone=4'],
  ])('reads nothing from %s', (_, body) => {
    expect(readAgendaMarker(body)).toBeUndefined();
  });

  it('finds the marker after text people added above it', () => {
    expect(readAgendaMarker(`Note from the PO: please come prepared.\n\n${writeAgendaMarker(7)}`)).toBe(7);
  });
});
