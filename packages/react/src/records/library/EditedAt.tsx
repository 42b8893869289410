import { useDesigner } from '../../state';
import { formatEditedAt, formatFullDate } from './editedAt';

/** "3 hours ago" or "Jan 12, 2026", with the full date and time as a tooltip. */
export function EditedAt({ iso }: { iso: string }) {
  const { messages, locale } = useDesigner();
  return (
    <time className="sona-library__muted" dateTime={iso} title={formatFullDate(iso, locale)}>
      {formatEditedAt(iso, locale, messages.library.justNow)}
    </time>
  );
}
