import { z } from 'zod';

/** A label this tool manages: it creates it when missing and only ever adds or removes labels of this kind. */
export const labelSchema = (name: string, color: string, description: string) =>
  z
    .strictObject({
      name: z.string().min(1).max(50).default(name).describe('The label name on GitHub (at most 50 characters).'),
      color: z
        .string()
        .regex(/^[0-9a-fA-F]{6}$/, 'a 6-digit hex colour without "#", e.g. "0e8a16"')
        .default(color)
        .describe('Hex colour used when the label is created, without "#".'),
      description: z
        .string()
        .max(100)
        .default(description)
        .describe('Description used when the label is created (at most 100 characters).'),
    })
    .prefault({})
    .describe(`Managed label (default name "${name}").`);

// One quiet colour for every finding label: they detail what the comment already says, so they should not
// outshout the verdict labels (green "ready", yellow "needs-refinement") in the issue list.
const FINDING_COLOR = 'e4e8ee';

/** The label section: names, colours and descriptions of every label the tool manages. */
export const labelsSchema = z
  .strictObject({
    ready: labelSchema('ready', '0e8a16', 'Ready for work: detailed, estimated and prioritized enough to pick up.'),
    needsRefinement: labelSchema(
      'needs-refinement',
      'fbca04',
      'Not ready yet: see the Backlog Hygiene comment for what to add.',
    ),
    override: labelSchema(
      'ready-override',
      'c5def5',
      'A person declared this issue ready; Backlog Hygiene will not second-guess it.',
    ),
    findings: z
      .strictObject({
        'acceptance-criteria': labelSchema(
          'needs-acceptance-criteria',
          FINDING_COLOR,
          'Add acceptance criteria: how will we know it is done?',
        ),
        estimate: labelSchema('needs-estimate', FINDING_COLOR, 'Add an estimate (story points, size or time).'),
        'too-big': labelSchema(
          'needs-split',
          FINDING_COLOR,
          'The estimate is above the limit: split it into smaller items.',
        ),
        vague: labelSchema('vague', FINDING_COLOR, 'Say more: what is the problem or the need, and for whom?'),
        stale: labelSchema('stale', FINDING_COLOR, 'No human activity for a while: keep, re-scope or close.'),
        blocked: labelSchema('blocked', FINDING_COLOR, 'Depends on an open issue.'),
        unprioritized: labelSchema('needs-priority', FINDING_COLOR, 'Add a priority label or Projects field.'),
      })
      .prefault({})
      .describe('One label per rule, applied while the rule finds a problem.'),
    applyFindingLabels: z
      .boolean()
      .default(true)
      .describe(
        'Add one label per finding in addition to "ready"/"needs-refinement". Set false to keep only the verdict labels.',
      ),
  })
  .prefault({})
  .describe('Labels Backlog Hygiene manages. It never touches any other label.');
