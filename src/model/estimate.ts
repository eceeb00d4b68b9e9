import type { Size } from '#src/config/rules-schema.ts';

/** An estimate found on an item, normalised. At least one of points, size or hours is set. */
export type Estimate = {
  readonly points?: number;
  readonly size?: Size;
  readonly hours?: number;
  /** Where it was found, for the reason text, e.g. `label "points: 3"` or `body line "Story points: 5"`. */
  readonly source: string;
};
