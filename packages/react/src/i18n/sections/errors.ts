import type { DesignerErrorCode } from '@sona-designer/core';

/**
 * What each kind of adapter error means to a person, by its code (the `errors` section of `Messages`). The
 * components show these rather than an adapter's own message, which is written for developers and in one language.
 */
export interface ErrorMessages extends Record<DesignerErrorCode, string> {
  /** A failure that is not a `DesignerError` (a bug, a broken host adapter). */
  unknown: string;
  /** The designer was opened on a call flow id that does not exist. */
  flowNotFoundTitle: string;
  /** `{id}`: the id the designer was given. */
  flowNotFoundBody: string;
}

export const errorsEn: ErrorMessages = {
  UNAVAILABLE: 'The workspace could not be reached. Your work is kept: try again.',
  NOT_FOUND: 'It no longer exists: someone may have deleted it.',
  CONFLICT: 'Someone saved a newer version in the meantime.',
  VALIDATION: 'Some of it was not accepted: check what was entered, then try again.',
  JOB_LIMIT: 'A Sona step can hold at most 10 jobs.',
  IN_USE: 'It is still used by a call flow.',
  INVALID_GRAPH: 'The call flow has problems to fix first.',
  TESTS_FAILING: 'Some tests fail: publishing needs every test to pass.',
  FORBIDDEN: 'You can view this workspace but not change it, or your session has ended. Nothing was changed.',
  unknown: 'Something went wrong. Try again.',
  flowNotFoundTitle: 'This call flow doesn’t exist',
  flowNotFoundBody:
    'There is no call flow with the id “{id}” in this workspace: it may have been deleted, or the link belongs to another workspace. Open a call flow from your list, or create one.',
};
