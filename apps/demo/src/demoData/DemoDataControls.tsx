import { formatMessage } from '@sona-designer/react';
import { useId, useRef, useState } from 'react';
import type { DemoBackend } from '../demoAdapter';
import type { DemoDataMessages } from './messages';
import { ResetDialog } from './ResetDialog';
import './demoData.css';

interface DemoDataControlsProps {
  text: DemoDataMessages;
  large: boolean;
  onLargeChange: (large: boolean) => void;
  /** False while the workspace is being prepared: nothing to reset yet. */
  canReset: boolean;
  onReset: () => Promise<void>;
  /** False on a server: its workspace is the one it holds, there is no large one to switch to. */
  largeAvailable?: boolean;
}

/** The header's data controls: the Large workspace switch and Reset demo data (with its confirmation). */
export function DemoDataControls({
  text,
  large,
  onLargeChange,
  canReset,
  onReset,
  largeAvailable = true,
}: DemoDataControlsProps) {
  const [confirming, setConfirming] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const resetButton = useRef<HTMLButtonElement>(null);
  const hintId = useId();

  return (
    <div className="demo-data">
      {largeAvailable && (
        <label className="demo-switch">
          <input
            type="checkbox"
            role="switch"
            checked={large}
            aria-checked={large}
            aria-describedby={hintId}
            onChange={(event) => onLargeChange(event.target.checked)}
          />
          <span className="demo-switch__track" aria-hidden="true" />
          <span className="demo-switch__text">
            <span className="demo-switch__label">{text.largeWorkspace}</span>
            <span id={hintId} className="demo-switch__hint">
              {text.largeWorkspaceHint}
            </span>
          </span>
        </label>
      )}
      <button
        ref={resetButton}
        type="button"
        className="demo-button demo-button--secondary demo-data__reset"
        disabled={!canReset}
        onClick={() => {
          setAnnouncement('');
          setConfirming(true);
        }}
      >
        {text.reset}
      </button>
      <span className="demo-visually-hidden" role="status">
        {announcement}
      </span>
      <ResetDialog
        open={confirming}
        text={text}
        onConfirm={async () => {
          await onReset();
          setAnnouncement(text.resetDone);
        }}
        onClose={() => {
          setConfirming(false);
          resetButton.current?.focus();
        }}
      />
    </div>
  );
}

/** Shown in the other tabs after one of them reset the demo data. */
export function ResetNotice({ text, onDismiss }: { text: DemoDataMessages; onDismiss: () => void }) {
  return (
    <div className="demo-notice" role="status">
      <p>{text.resetElsewhere}</p>
      <button type="button" className="demo-button demo-button--secondary" onClick={onDismiss}>
        {text.dismiss}
      </button>
    </div>
  );
}

/** Where the demo's data lives, so two browsers on one server can be told apart from two in-memory tabs. */
export function BackendBadge({ text, backend }: { text: DemoDataMessages; backend: DemoBackend }) {
  const where =
    backend.kind === 'memory'
      ? text.backendMemory
      : formatMessage(text.backendServer, {
          host: backend.host,
          role: backend.role === 'viewer' ? text.roleViewer : text.roleEditor,
        });
  return (
    <p className="demo-backend" data-backend={backend.kind}>
      {formatMessage(text.backend, { backend: where })}
    </p>
  );
}
