import { isDesignerError } from '@sona-designer/core';
import type { Messages } from './catalogue';

/**
 * What went wrong, in the designer's language: the catalogue's sentence for the error's code (`messages.errors`),
 * never the adapter's own message, which is for developers and in one language.
 */
export function errorText(messages: Messages, error: unknown): string {
  return isDesignerError(error) ? messages.errors[error.code] : messages.errors.unknown;
}
