import { Component, type ReactNode } from 'react';
import { useMessages } from '../../state';

interface LoadBoundaryProps {
  /** Starts the download again (the loader forgets a failed attempt). */
  retry(): Promise<void>;
  children: ReactNode;
}

interface LoadBoundaryState {
  failed: boolean;
}

/**
 * Catches a failed download of on-demand code (offline, or a deploy that replaced the files) so the rest of the
 * designer keeps working: the part says so and offers Retry instead of taking the page down.
 */
export class LoadBoundary extends Component<LoadBoundaryProps, LoadBoundaryState> {
  override state: LoadBoundaryState = { failed: false };

  static getDerivedStateFromError(): LoadBoundaryState {
    return { failed: true };
  }

  private readonly onRetry = () => {
    this.props.retry().then(
      () => this.setState({ failed: false }),
      () => undefined,
    );
  };

  override render() {
    return this.state.failed ? <LoadFailure onRetry={this.onRetry} /> : this.props.children;
  }
}

/** "This part couldn't load" with Retry, announced politely. */
export function LoadFailure({ onRetry }: { onRetry(): void }) {
  const text = useMessages().designer;
  return (
    <div className="sona-lazy-failure" role="alert">
      <p>{text.partLoadFailed}</p>
      <button type="button" className="sona-button" onClick={onRetry}>
        {text.retry}
      </button>
    </div>
  );
}
