import { type RefObject, useRef } from 'react';
import { formatMessage } from '../i18n/messages';
import { useMessages } from '../provider/DesignerContext';

export interface AttachmentItem {
  id: string;
  /** Undefined while loading. */
  name: string | undefined;
  missing: boolean;
}

export interface AttachmentListProps {
  items: AttachmentItem[];
  empty: string;
  readOnly: boolean;
  onDetach(id: string): void;
  /** Where focus goes when the last item is detached. */
  fallbackFocus: RefObject<HTMLElement | null>;
}

/** An ordered list of attached jobs or pages with a Detach button each; focus stays in the list after a detach. */
export function AttachmentList({ items, empty, readOnly, onDetach, fallbackFocus }: AttachmentListProps) {
  const text = useMessages().inspector;
  const list = useRef<HTMLOListElement>(null);

  function detach(id: string, index: number) {
    onDetach(id);
    // The button disappears with its row: move focus to the row that takes its place.
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
      const next = buttons[Math.min(index, buttons.length - 1)];
      (next ?? fallbackFocus.current)?.focus();
    });
  }

  if (items.length === 0) return <p className="sona-inspector__empty-note">{empty}</p>;
  return (
    <ol ref={list} className="sona-attachments">
      {items.map((item, index) => (
        <li key={item.id} className="sona-attachments__item" data-missing={item.missing || undefined}>
          <span className="sona-attachments__index" aria-hidden="true">
            {index + 1}
          </span>
          <span className="sona-attachments__name">{item.name ?? text.loadingItem}</span>
          {readOnly ? null : (
            <button
              type="button"
              className="sona-button sona-button--small"
              aria-label={formatMessage(text.detachNamed, { name: item.name ?? item.id })}
              onClick={() => detach(item.id, index)}
            >
              {text.detach}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
