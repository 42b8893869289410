import { isDesignerError } from '@sona-designer/core';

/**
 * Why a save failed, as the editors explain it: the record was deleted meanwhile (it can be saved as a new one),
 * the adapter refused values field by field (the fields say why), refused them as a whole, or something else
 * went wrong (an outage: the text is kept, Retry).
 */
export type SaveFailure = 'deleted' | 'invalid' | 'refused' | 'other';

/** The failure an adapter error means; `editing` is false for a new record, which cannot have been deleted. */
export function saveFailure(error: unknown, editing: boolean): SaveFailure {
  if (editing && isDesignerError(error, 'NOT_FOUND')) return 'deleted';
  if (isDesignerError(error, 'VALIDATION')) {
    return Object.keys(error.fieldErrors).length > 0 ? 'invalid' : 'refused';
  }
  return 'other';
}
