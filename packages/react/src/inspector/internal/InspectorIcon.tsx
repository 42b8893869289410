import { LINE_PATHS, LineIcon } from '../../ui';

const PATHS = {
  close: LINE_PATHS.close,
  remove: 'M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.5h5.8l.6-8.5',
  up: LINE_PATHS.up,
  down: LINE_PATHS.down,
  add: LINE_PATHS.add,
  copy: 'M5.5 5.5V3h7.5v7.5h-2.5M3 5.5h7.5V13H3z',
  select: 'M3.5 3.5h9v9h-9zM6 8h4M8 6v4',
} as const;

export type InspectorIconName = keyof typeof PATHS;

/** The inspector's small line icons; decorative (buttons carry their own names). */
export function InspectorIcon({ name, size = 16 }: { name: InspectorIconName; size?: number }) {
  return <LineIcon d={PATHS[name]} size={size} />;
}
