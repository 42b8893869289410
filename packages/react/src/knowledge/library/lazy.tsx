import { LibrarySkeleton } from '../../records';
import { useMessages } from '../../state';
import { lazySurface, withClassName } from '../../ui';
import type { KnowledgeLibraryProps } from './KnowledgeLibrary';

/** The knowledge library's own size and a skeleton of its rows while its code downloads. */
export function KnowledgeLibraryLoading({ className }: KnowledgeLibraryProps) {
  return (
    <section className={withClassName('sona-library sona-knowledge-library', className)} aria-busy="true">
      <LibrarySkeleton label={useMessages().designer.loadingKnowledge} />
    </section>
  );
}

/**
 * The workspace's knowledge pages, for hosts that manage them outside a call flow: search, usage per page,
 * create, edit and delete (a page still used by a Sona step cannot be deleted: the dialog says where it is
 * used). Fills its container's height; needs a `DesignerProvider` only.
 *
 * Its code downloads when it first renders, with a skeleton of its own size meanwhile;
 * `KnowledgeLibrary.preload()` fetches it ahead.
 */
export const LazyKnowledgeLibrary = /* @__PURE__ */ lazySurface(
  () => import('./KnowledgeLibrary').then((module) => module.KnowledgeLibrary),
  KnowledgeLibraryLoading,
);
