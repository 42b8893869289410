import { useCallback, useState } from 'react';

/**
 * Radix portals go to `document.body` by default, outside the `.sona-root` that carries the theme variables and
 * the locale: attach the returned ref to any element of the component and portal into its closest `.sona-root`.
 */
export function usePortalContainer(): [
  ref: (node: HTMLElement | null) => void,
  container: HTMLElement | null,
] {
  const [container, setContainer] = useState<HTMLElement | null>(null);
  const ref = useCallback((node: HTMLElement | null) => {
    if (node) setContainer(node.closest<HTMLElement>('.sona-root'));
  }, []);
  return [ref, container];
}
