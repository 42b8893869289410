import type { RefObject } from 'react';
import { useFlow, useMessages } from '../../state';
import { type DesignerPart, focusPart } from './designerParts';

/** Props of `SkipLinks`. */
export interface SkipLinksProps {
  /** The designer's root: the parts are found in it. */
  root: RefObject<HTMLElement | null>;
}

/**
 * "Skip to" the canvas, the step palette, the inspector (while a step is open in it) and the publish bar: the first
 * tab stops of the designer, hidden until one has focus, then shown above the designer. Buttons rather than `#id`
 * links: a host's router may own the URL's hash.
 */
export function SkipLinks({ root }: SkipLinksProps) {
  const messages = useMessages();
  const inspecting = useFlow((state) => state.inspectedStepId !== null);
  // Named as the regions they lead to, so the words match what a screen reader calls each part.
  const parts: [DesignerPart, string][] = [
    ['canvas', messages.canvas.region],
    ['palette', messages.canvas.palette],
    ['inspector', messages.inspector.region],
    ['publish', messages.publish.region],
  ];
  return (
    <nav className="sona-skip-links" aria-label={messages.designer.skipTo}>
      {parts.map(([part, label]) =>
        part === 'inspector' && !inspecting ? null : (
          <button
            key={part}
            type="button"
            className="sona-skip-links__link"
            onClick={() => focusPart(root.current, part)}
          >
            {label}
          </button>
        ),
      )}
    </nav>
  );
}
