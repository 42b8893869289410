import { LibrarySkeleton } from '../../records';
import { useMessages } from '../../state';
import { lazySurface, withClassName } from '../../ui';
import type { KnowledgeLibraryProps } from './KnowledgeLibrary';

/** The knowledge library's own size and a skeleton of its rows while its code downloads. */
export function KnowledgeLibraryLoading({ className }: KnowledgeLibraryProps) {
  return (
    <section className={withClassName('sona-library sona-knowledge-library', className)} aria-busy="true">
      <LibrarySkeleton label={useMessages().library.loadingKnowledge} />
    </section>
  );
}

/** The knowledge library page, with a skeleton of its own size while its code loads. */
export const LazyKnowledgeLibrary = /* @__PURE__ */ lazySurface(
  () => import('./KnowledgeLibrary').then((module) => module.KnowledgeLibrary),
  KnowledgeLibraryLoading,
);
