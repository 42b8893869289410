import { useEffect, useState, useSyncExternalStore } from 'react';
import {
  DEFAULT_LOCALE,
  en,
  type Locale,
  loadedMessages,
  loadMessages,
  type Messages,
  subscribeMessages,
} from './messages';

export interface ShownCatalogue {
  /** The locale of the texts: the one asked for, or English after its catalogue failed to download. */
  locale: Locale;
  messages: Messages;
}

/**
 * The catalogue to show for `locale`, downloading it on first use. Until it is in: the catalogue shown before (a
 * locale switch shows no other language meanwhile), or null on first mount. A failed download shows English.
 */
export function useCatalogue(locale: Locale): ShownCatalogue | null {
  const getSnapshot = () => loadedMessages(locale);
  const ready = useSyncExternalStore(subscribeMessages, getSnapshot, getSnapshot);
  const [failed, setFailed] = useState<Locale | null>(null);
  const [previous, setPrevious] = useState<ShownCatalogue | null>(() => {
    const messages = loadedMessages(locale);
    return messages ? { locale, messages } : null;
  });

  const current: ShownCatalogue | null = ready
    ? { locale, messages: ready }
    : failed === locale
      ? { locale: DEFAULT_LOCALE, messages: en }
      : null;
  // Remembered during render (React's pattern for keeping a previous value), so a switch never shows nothing.
  if (current && (current.messages !== previous?.messages || current.locale !== previous.locale)) {
    setPrevious(current);
  }

  useEffect(() => {
    if (loadedMessages(locale)) return;
    let active = true;
    // Success re-renders through the registry's subscription; a failure (offline, deployment swapped) shows English.
    loadMessages(locale).catch(() => {
      if (active) setFailed(locale);
    });
    return () => {
      active = false;
    };
  }, [locale]);

  return current ?? previous;
}
