import type { TransferMessages } from '../i18n';
import { useMessages } from '../state';
import { DownloadIcon, lazySurface } from '../ui';
import type { ExportCallFlowButtonProps } from './ExportCallFlowButton';
import type { ExportWorkspaceButtonProps } from './ExportWorkspaceButton';
import type { WorkspaceTransferProps } from './WorkspaceTransfer';

// The transfer surfaces as the package exports them: their code (and the core's import code behind it) loads when
// they first render, so a page without them does not carry it. Until then an inert button of the same size shows.

export { LazyImportDialog } from './lazyImportDialog';

/** An inert button of the real one's size and words while its code loads (a frame once preloaded). */
const placeholder = (label: (text: TransferMessages) => string) =>
  // biome-ignore lint/correctness/noComponentHookFactories: called once per export at module level, like React.lazy.
  function ExportPlaceholder() {
    const messages = useMessages();
    let words = '';
    try {
      words = label(messages.transfer);
    } catch {
      // The English words come with the button's code (a deferred section): until then, the icon alone.
    }
    return (
      <button
        type="button"
        className="sona-button"
        disabled
        aria-busy="true"
        aria-label={words ? undefined : messages.designer.loading}
      >
        <DownloadIcon />
        {words}
      </button>
    );
  };

/**
 * Downloads the whole workspace as one JSON file that `ImportDialog` reads back (see `ExportWorkspaceButtonProps`).
 * Its code loads when it first renders; `ExportWorkspaceButton.preload()` fetches it ahead.
 */
export const LazyExportWorkspaceButton = /* @__PURE__ */ lazySurface<ExportWorkspaceButtonProps>(
  {
    name: 'ExportWorkspaceButton',
    load: () => import('./ExportWorkspaceButton').then((module) => module.ExportWorkspaceButton),
  },
  placeholder((text) => text.exportWorkspace),
);

/**
 * Downloads the open call flow with the jobs and knowledge pages it uses (see `ExportCallFlowButtonProps`); needs a
 * `FlowProvider`. Its code loads when it first renders; `ExportCallFlowButton.preload()` fetches it ahead.
 */
export const LazyExportCallFlowButton = /* @__PURE__ */ lazySurface<ExportCallFlowButtonProps>(
  {
    name: 'ExportCallFlowButton',
    load: () => import('./ExportCallFlowButton').then((module) => module.ExportCallFlowButton),
  },
  placeholder((text) => text.exportCallFlow),
);

/**
 * "Export workspace" and "Import…" side by side, as the job library shows them (see `WorkspaceTransferProps`). Its
 * code loads when it first renders; `WorkspaceTransfer.preload()` fetches it ahead.
 */
export const LazyWorkspaceTransfer = /* @__PURE__ */ lazySurface<WorkspaceTransferProps>(
  {
    name: 'WorkspaceTransfer',
    load: () => import('./WorkspaceTransfer').then((module) => module.WorkspaceTransfer),
  },
  placeholder((text) => text.exportWorkspace),
);
