import { LineIcon } from '../../../ui';

// Line icons of the simulated call; decorative (every control carries its own name).
const PATHS = {
  phone:
    'M5.2 2.5h-1.4a1.3 1.3 0 0 0-1.3 1.4c.4 5 4.6 9.2 9.6 9.6a1.3 1.3 0 0 0 1.4-1.3v-1.4l-2.6-1.1-1.3 1.3a7 7 0 0 1-3.2-3.2l1.3-1.3-1.1-2.6Z',
  hangUp: 'M2.2 9.6c3.3-3 8.3-3 11.6 0l-.2 1.8-2.6.4-.6-1.8a6 6 0 0 0-4.8 0l-.6 1.8-2.6-.4-.2-1.8Z',
  restart: 'M3.5 8a4.5 4.5 0 1 0 1.3-3.2M3.5 2.8v2.5H6',
  send: 'M2.5 8h9M8 4l4 4-4 4',
  why: 'M6 6.2a2 2 0 1 1 2.7 1.9c-.5.2-.7.6-.7 1.1v.4M8 11.6v.1M8 14.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13Z',
  chevron: 'M4.5 6.5 8 10l3.5-3.5',
  transfer: 'M2.5 6h9M9 3.5 11.5 6 9 8.5M13.5 10h-9M7 7.5 4.5 10 7 12.5',
  sms: 'M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2v-7Z',
  summary: 'M4 2.5h8v11H4zM6 5.5h4M6 8h4M6 10.5h2.5',
} as const;

export type SimulatorIconName = keyof typeof PATHS;

export function SimulatorIcon({ name, size = 16 }: { name: SimulatorIconName; size?: number }) {
  return <LineIcon d={PATHS[name]} size={size} strokeWidth={1.5} />;
}
