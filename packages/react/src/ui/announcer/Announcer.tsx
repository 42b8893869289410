import { formatMessage } from '../../i18n';
import { useFlow, useMessages } from '../../state';

/** A visually hidden live region that tells screen-reader users what Undo, Redo and remote updates did. */
export function Announcer() {
  const text = useMessages().designer;
  const announcement = useFlow((state) => state.announcement);
  let message = '';
  if (announcement?.key === 'remoteUpdated') message = text.remoteUpdated;
  else if (announcement) message = formatMessage(text[announcement.key], { label: announcement.label ?? '' });
  return (
    <div className="sona-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {/* The key makes a repeated announcement ("Undid: Move" twice) be read again. */}
      <span key={announcement?.at ?? 0}>{message}</span>
    </div>
  );
}
