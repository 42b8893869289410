import { useCallback, useState } from 'react';
import type { Announcement } from './LiveAnnouncement';

/** The current announcement and a function to make a new one. */
export function useAnnouncement(): [Announcement | null, (message: string) => void] {
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const announce = useCallback(
    (message: string) => setAnnouncement((previous) => ({ message, at: (previous?.at ?? 0) + 1 })),
    [],
  );
  return [announcement, announce];
}
