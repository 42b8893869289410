import { DesignerError, isDesignerError } from '@sona-designer/core';

/** Any failure as a `DesignerError`, so the UI can word it; unknown failures become `UNAVAILABLE` (try again). */
export function toDesignerError(error: unknown): DesignerError {
  if (isDesignerError(error)) return error;
  return new DesignerError(
    'UNAVAILABLE',
    error instanceof Error ? error.message : 'Something went wrong: try again.',
  );
}
