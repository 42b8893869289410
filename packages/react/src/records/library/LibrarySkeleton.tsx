/** Grey rows shaped like the real ones while the first page loads, with the words for screen readers. */
export function LibrarySkeleton({ label, rows = 6 }: { label: string; rows?: number }) {
  return (
    <div className="sona-library__skeleton">
      <p className="sona-library__loading" role="status">
        <span className="sona-spinner" aria-hidden="true" />
        {label}
      </p>
      <div aria-hidden="true">
        {Array.from({ length: rows }, (_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders without identity.
          <div key={index} className="sona-library__skeleton-row">
            <span style={{ width: `${48 - ((index * 7) % 20)}%` }} />
            <span style={{ width: `${30 + ((index * 11) % 25)}%` }} />
          </div>
        ))}
      </div>
    </div>
  );
}
