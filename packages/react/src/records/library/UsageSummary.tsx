import type { UsagePlace } from '@sona-designer/core';
import { useEffect } from 'react';
import { useDesigner } from '../../state';
import { usageText } from './usageText';

/** The props of `UsageSummary`. */
export interface UsageSummaryProps {
  /** The row's record. */
  id: string;
  /** Undefined until loaded. */
  places: UsagePlace[] | undefined;
  /** Asks for the usage of this row (batched); returns the cancel function. */
  request(id: string): () => void;
}

/** "Used by 3 steps in 2 call flows" for one row, loaded while the row is on screen. */
export function UsageSummary({ id, places, request }: UsageSummaryProps) {
  const { messages, locale } = useDesigner();
  const text = messages.library;
  useEffect(() => (places === undefined ? request(id) : undefined), [id, places, request]);

  if (places === undefined) {
    return <span className="sona-library__muted">{text.usageLoading}</span>;
  }
  const words = usageText(places, locale, text);
  return (
    <span className="sona-library__usage" data-used={places.length > 0 || undefined} title={words}>
      {words}
    </span>
  );
}
