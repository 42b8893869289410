import { DesignerError } from '../errors';
import type { Page } from './types';

/** The page size of a list asked for without a `limit`. */
export const DEFAULT_PAGE_SIZE = 50;
/** The largest page a list returns, whatever `limit` asks for. */
export const MAX_PAGE_SIZE = 500;

/** One page of an already filtered and sorted list; the cursor is the offset of the next page. */
export function paginate<T>(
  items: readonly T[],
  cursor: string | undefined,
  limit: number | undefined,
): Page<T> {
  const size = Math.min(Math.max(Math.trunc(limit ?? DEFAULT_PAGE_SIZE), 1), MAX_PAGE_SIZE);
  const offset = cursor === undefined || cursor === '' ? 0 : Number(cursor);
  if (!Number.isInteger(offset) || offset < 0) {
    throw new DesignerError(
      'VALIDATION',
      'This list position is no longer valid: reload the list from the start.',
    );
  }
  const end = offset + size;
  return {
    items: items.slice(offset, end),
    nextCursor: end < items.length ? String(end) : null,
    total: items.length,
  };
}
