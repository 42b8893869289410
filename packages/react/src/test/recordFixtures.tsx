// The records kit's hooks under test: a record kind, a provider to render them in, and a page controlled by hand.
import type { DesignerAdapter, Page } from '@sona-designer/core';
import type { ReactNode } from 'react';
import { DesignerProvider } from '../state/DesignerProvider';

/** Knowledge pages: the kind the hooks' tests save (two fields, title and content). */
export { knowledgeKind as pageKind } from '../knowledge/knowledgeKind';

/** A `renderHook` wrapper: the designer's context over `adapter`, in English. */
export function designerWrapper(adapter: DesignerAdapter) {
  return ({ children }: { children: ReactNode }) => (
    <DesignerProvider adapter={adapter} locale="en">
      {children}
    </DesignerProvider>
  );
}

/** A request of a fake list, answered when the test says so. */
export interface PendingPage {
  cursor: string | undefined;
  limit: number;
  resolve(items: string[], options?: { total?: number; nextCursor?: string | null }): void;
  reject(error: unknown): void;
}

/** A list whose pages the test answers one by one (in any order), to see what the paged list shows meanwhile. */
export function controlledPages() {
  const requests: PendingPage[] = [];
  const fetchPage = (cursor: string | undefined, limit: number) =>
    new Promise<Page<{ id: string }>>((resolve, reject) => {
      requests.push({
        cursor,
        limit,
        resolve: (ids, options = {}) =>
          resolve({
            items: ids.map((id) => ({ id })),
            total: options.total ?? ids.length,
            nextCursor: options.nextCursor ?? null,
          }),
        reject,
      });
    });
  return { requests, fetchPage };
}
