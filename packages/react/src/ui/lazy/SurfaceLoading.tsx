export interface SurfaceLoadingProps {
  /** The words read and shown, e.g. "Loading…". */
  label: string;
}

/** What stands in for a part of the interface while its code loads: a spinner and the words, announced politely. */
export function SurfaceLoading({ label }: SurfaceLoadingProps) {
  return (
    <p className="sona-lazy-loading" role="status">
      <span className="sona-spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
