/** What an action did, to be read by screen readers. */
export interface Announcement {
  /** The words read ("Deleted Leak"). */
  message: string;
  /** Changes for every announcement, so the same words twice are read twice. */
  at: number;
}

/** A visually hidden polite status for what an action did ("Deleted Leak"). */
export function LiveAnnouncement({ announcement }: { announcement: Announcement | null }) {
  return (
    <div className="sona-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      <span key={announcement?.at ?? 0}>{announcement?.message ?? ''}</span>
    </div>
  );
}
