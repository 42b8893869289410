import { LineIcon } from './LineIcon';

/**
 * The 16-unit line drawings of the jobs and knowledge UI (pickers, sections); the inspector draws its close, move
 * and add buttons with the same ones.
 */
export const LINE_PATHS = {
  search: 'M7 12.5a5.5 5.5 0 1 0 0-11 5.5 5.5 0 0 0 0 11ZM11 11l3.5 3.5',
  /** Close, and detach a job or a page. */
  close: 'M4 4l8 8M12 4l-8 8',
  add: 'M8 3v10M3 8h10',
  up: 'M8 13V3M4 7l4-4 4 4',
  down: 'M8 3v10M4 9l4 4 4-4',
  edit: 'M10.5 3.5l2 2L6 12H4v-2l6.5-6.5Z',
  grip: 'M6 4h.01M10 4h.01M6 8h.01M10 8h.01M6 12h.01M10 12h.01',
  chevron: 'M4.5 6.5 8 10l3.5-3.5',
  page: 'M4 2.5h5.5L12 5v8.5H4v-11ZM9.5 2.5V5H12M6 8h4M6 10.5h4',
  template: 'M3 3h10v4H3zM3 9h4v4H3zM9 9h4v4H9z',
  blank: 'M4 2.5h5.5L12 5v8.5H4v-11ZM9.5 2.5V5H12M8 7.5v4M6 9.5h4',
  warning: 'M8 2.5 14 13H2L8 2.5ZM8 6.5v3M8 11.2v.1',
  check: 'M3.5 8.5l3 3 6-7',
  retry: 'M12.5 8a4.5 4.5 0 1 1-1.3-3.2M12.5 2.8v2.5H10',
  job: 'M3 4.5h10v8.5H3zM6 4.5V3h4v1.5M3 8h10',
} as const;

/** The names of the drawings of `JobsIcon`. */
export type JobsIconName = keyof typeof LINE_PATHS;

/** A line icon of the jobs and knowledge UI, by name; decorative (every button carries its own name). */
export function JobsIcon({ name, size = 16 }: { name: JobsIconName; size?: number }) {
  return <LineIcon d={LINE_PATHS[name]} size={size} strokeWidth={name === 'grip' ? 2.4 : 1.6} />;
}
