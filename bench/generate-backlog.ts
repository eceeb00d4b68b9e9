// A deterministic generator of realistic issues for the engine bench: the shapes of the demo backlog
// (stories with every estimate form, bugs, unfilled templates, vague, stale, blocked, multilingual),
// filled with plausible context (paragraphs of 2–4 sentences, notes lists) so every body is 1,000–3,000
// characters, spread evenly, like real ones.
import type { BacklogItem } from '#src/model/backlog-item.ts';

/** mulberry32: a tiny seeded PRNG, so every run judges the same backlog. */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0;
  return (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

const ROLES = ['team admin', 'host', 'invitee', 'dispatcher', 'coach', 'IT admin', 'sales rep', 'clinic receptionist'];
const FEATURES = [
  'working hours per weekday',
  'a week view of busy slots',
  'recurring bookings',
  'buffer time between meetings',
  'reminder e-mails',
  'a waiting list',
  'round-robin assignment',
  'CSV export of bookings',
  'paid bookings',
  'group events with a capacity',
  'holiday calendars',
  'an audit log',
];
const GOALS = [
  'nobody books me outside office hours',
  'I can place urgent appointments quickly',
  'clients keep their weekly slot',
  'I have time to write notes',
  'fewer invitees miss their booking',
  'demos are shared fairly',
  'payroll takes minutes instead of hours',
];
const CONTEXT = [
  'Today every team uses one global window from 09:00 to 17:00, which does not fit the Lisbon office.',
  'Three Enterprise customers asked for this in the last quarterly review, and two mention it in renewal talks.',
  'The availability query already knows the team time zone, so most of the work is in the settings form.',
  'Support gets about twelve tickets a week that this would avoid; see the tag "availability" in the help desk.',
  'Design has a first draft in Figma (frame "Availability v3"); the copy still needs a review by marketing.',
  'We should keep the public booking page fast: p95 below 300 ms on the production snapshot.',
  'Existing bookings must never move silently; invitees get an e-mail for every change that affects them.',
  'The mobile layout needs the same behaviour, including the iPhone SE width of 375 pixels.',
];
const CONTEXT_DE = [
  'Heute pflegt jedes Team die Feiertage von Hand, und im Dezember werden regelmäßig Termine am 24. gebucht.',
  'Der Kalender kennt das Land des Teams bereits, die Liste der Feiertage kommt aus der öffentlichen API.',
  'Bestehende Buchungen an einem neuen Feiertag bleiben bestehen; die Teamleitung bekommt eine Liste.',
  'Der Support bekommt dazu etwa fünf Anfragen pro Woche, vor allem aus Bayern und Österreich.',
];
const NOTES = [
  'Out of scope: changing the time zone of a team.',
  'Keep the existing API response unchanged for v1 clients.',
  'Log every change in the audit trail with the old and new value.',
  'Translations: German, French and Portuguese at launch.',
  'Feature flag `availability-v3`, on for internal teams first.',
  'Related: the settings page redesign in the design system.',
  'Accessibility: every control reachable by keyboard, labels read by screen readers.',
];
const FORM_FIELDS = [
  'Problem',
  'Proposed solution',
  'Alternatives considered',
  'Who is affected',
  'Estimate',
  'Priority',
  'Additional context',
  'Screenshots',
  'Browser',
  'Version',
];
const ESTIMATE_LABELS = ['points: 3', 'sp-5', 'size/M', 'estimate/2', 'XL', 'points: 13', 'size/S'];
const ESTIMATE_LINES = [
  'Story points: 5',
  'Estimate: 3',
  'Estimated time: 12 hours',
  'Time estimate: 5 days',
  'Complexity: Small',
];
const PRIORITIES = ['P1', 'P2', 'priority: high', 'priority: low', 'must have', 'should have', 'could have'];
const DEFAULT_BUG_TEMPLATE =
  "**Describe the bug**\nA clear and concise description of what the bug is.\n\n**To Reproduce**\nSteps to reproduce the behavior:\n1. Go to '...'\n2. Click on '....'\n3. Scroll down to '....'\n4. See error\n\n**Expected behavior**\nA clear and concise description of what you expected to happen.\n\n**Additional context**\nAdd any other context about the problem here.";

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-21T09:00:00Z');
/** Every generated body is within these bounds (characters); the bench prints the spread it got. */
export const BODY_MIN = 1_000;
export const BODY_MAX = 3_000;

/** Builds `count` issues from a seed; the same seed always gives the same issues. */
export const generateBacklog = (count: number, seed = 42): BacklogItem[] => {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const paragraph = (sentences: readonly string[]) =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(sentences)).join(' ');
  const notes = () => {
    const first = Math.floor(random() * NOTES.length);
    const items = Array.from(
      { length: 2 + Math.floor(random() * 3) },
      (_, i) => `- ${NOTES[(first + i) % NOTES.length]}`,
    );
    return `## Notes\n\n${items.join('\n')}`;
  };
  /**
   * Puts context paragraphs (and sometimes a notes list) between `head` and `tail` until the body reaches a
   * length drawn evenly from [BODY_MIN, BODY_MAX - 200], never letting it pass BODY_MAX.
   */
  const fillTo = (head: readonly string[], tail: readonly string[], sentences: readonly string[] = CONTEXT) => {
    const target = BODY_MIN + random() * (BODY_MAX - BODY_MIN - 200);
    const parts = [...head];
    const tailText = tail.filter(Boolean);
    // The joined length, kept as a sum (each part plus its "\n\n" separator) instead of joining on every check.
    let partsLength = 0;
    for (const part of [...parts, ...tailText]) partsLength += part.length + 2;
    const size = () => partsLength - 2;
    const add = (part: string) => {
      parts.push(part);
      partsLength += part.length + 2;
    };
    const withNotes = random() < 0.4;
    while (size() < target) {
      const next = paragraph(sentences);
      const room = BODY_MAX - size() - 2;
      if (next.length <= room) add(next);
      else if (room > 130) add(pick(sentences));
      else break;
    }
    if (withNotes && size() + 300 < BODY_MAX) add(notes());
    return [...parts, ...tailText].join('\n\n');
  };
  const criteria = () =>
    random() < 0.5
      ? `## Acceptance criteria\n\n${Array.from({ length: 3 + Math.floor(random() * 4) }, (_, i) => `- [${random() < 0.2 ? 'x' : ' '}] ${pick(CONTEXT).slice(0, 60 + i)}`).join('\n')}`
      : `### Acceptance criteria\n\nGiven a ${pick(ROLES)} with ${pick(FEATURES)}\nWhen they open the booking page\nThen ${pick(GOALS)}`;
  const story = (n: number) =>
    fillTo(
      [`## User story\n\nAs a ${pick(ROLES)}, I want ${pick(FEATURES)}, so that ${pick(GOALS)}.`, '## Context'],
      [
        criteria(),
        random() < 0.3 ? `Blocked by #${Math.max(1, n - 1 - Math.floor(random() * 20))}` : '',
        random() < 0.5 ? pick(ESTIMATE_LINES) : '',
      ],
    );
  /** An issue form submitted without answers: its fields repeat until the body is 1–3 KB, all "_No response_". */
  const unfilledForm = () => {
    const target = BODY_MIN + random() * (BODY_MAX - BODY_MIN - 200);
    const fields: string[] = [];
    let length = -2;
    while (length < target) {
      const field = `### ${FORM_FIELDS[fields.length % FORM_FIELDS.length]}\n\n_No response_`;
      fields.push(field);
      length += field.length + 2;
    }
    return fields.join('\n\n');
  };
  const shapes: ((n: number) => { title: string; body: string; labels: string[] })[] = [
    (n) => ({ title: `Add ${pick(FEATURES)}`, body: story(n), labels: [pick(ESTIMATE_LABELS), pick(PRIORITIES)] }),
    (n) => ({
      title: `Support ${pick(FEATURES)} for teams`,
      body: story(n),
      labels: random() < 0.5 ? [pick(PRIORITIES)] : [],
    }),
    () => ({
      title: `Booking page shows wrong slots for ${pick(ROLES)}s`,
      body: fillTo(
        [
          '## Steps to reproduce\n\n1. Open the booking page\n2. Pick next Tuesday\n3. Confirm',
          `## Expected\n\n${pick(GOALS)}`,
          '## Actual',
        ],
        [],
      ),
      labels: ['bug', pick(PRIORITIES)],
    }),
    () => ({ title: 'Bug report', body: fillTo([DEFAULT_BUG_TEMPLATE], []), labels: ['bug'] }),
    () => ({ title: '[Feature]: ', body: unfilledForm(), labels: ['enhancement'] }),
    () => ({
      title: pick(['fix bug', "doesn't work", 'Improve performance']),
      body: fillTo([`![screenshot](https://github.com/user-attachments/assets/${Math.floor(random() * 1e9)}.png)`], []),
      labels: [],
    }),
    () => ({
      title: 'Feiertage automatisch blockieren',
      body: fillTo(
        [
          'Als Teamleitung möchte ich Feiertage blockieren.',
          '## Akzeptanzkriterien\n\n- [ ] Land wählbar\n- [ ] Feiertage sind belegt',
        ],
        ['### Estimate\n\n3'],
        CONTEXT_DE,
      ),
      labels: ['P2'],
    }),
  ];
  return Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    const shape = pick(shapes)(number);
    if (shape.body.length < BODY_MIN || shape.body.length > BODY_MAX)
      throw new Error(
        `generateBacklog: issue #${number} has a ${shape.body.length}-character body, outside ${BODY_MIN}–${BODY_MAX}; adjust the fill targets`,
      );
    const ageDays = 1 + Math.floor(random() * 400);
    const createdAt = new Date(NOW - ageDays * DAY).toISOString();
    const lastHumanActivityAt = new Date(NOW - Math.floor(random() * ageDays) * DAY).toISOString();
    const linkedStates: Record<number, 'open' | 'closed'> = {};
    for (const match of shape.body.matchAll(/#(\d{1,7})\b/g))
      linkedStates[Number(match[1])] = random() < 0.7 ? 'open' : 'closed';
    return {
      number,
      title: shape.title,
      body: shape.body,
      url: `https://github.com/acme/slotwise/issues/${number}`,
      state: 'open',
      labels: shape.labels,
      assignees: random() < 0.3 ? ['mara'] : [],
      author: 'jonas',
      createdAt,
      updatedAt: new Date(NOW - DAY).toISOString(),
      lastHumanActivityAt,
      commentCount: Math.floor(random() * 6),
      ...(random() < 0.3 ? { milestone: { number: 7, title: 'v2.4', dueOn: '2026-11-27T00:00:00Z' } } : {}),
      linkedStates,
    };
  });
};
