import type { Config } from '#src/config/schema.ts';
import type { Milestone } from '#src/model/milestone.ts';
import { isoDate } from './dates.ts';

/**
 * The agenda issue's title from config.agenda.title: {milestone} becomes the milestone title and
 * {date} its due date (YYYY-MM-DD), or "no due date" for milestones named in config.agenda.milestones.
 */
export const agendaTitle = (config: Config, milestone: Milestone): string => {
  const date = milestone.dueOn ? isoDate(milestone.dueOn) : 'no due date';
  // split/join rather than a regex so titles containing "$" are inserted literally.
  return config.agenda.title.split('{milestone}').join(milestone.title).split('{date}').join(date).slice(0, 256);
};
