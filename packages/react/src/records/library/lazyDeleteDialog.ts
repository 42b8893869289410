import { lazyDialog } from '../../ui';
import type { DeleteDialogProps } from './DeleteDialog';

/** The libraries' delete confirmation, loaded when a delete is asked for. */
export const LazyDeleteDialog = /* @__PURE__ */ lazyDialog(
  () => import('./DeleteDialog').then((module) => module.DeleteDialog),
  (props: DeleteDialogProps) => props.target !== null,
);
