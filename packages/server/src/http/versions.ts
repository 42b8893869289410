import { parseVersionTag, versionTag } from '@sona-designer/core/http';
import { requestError } from './errors';

/**
 * The version the caller last saw, from `If-Match`: missing is a 428 (a write must say which version it changes),
 * anything but a version tag such as `"3"` is a 400.
 */
export function expectedVersion(request: Request): number {
  const header = request.headers.get('If-Match');
  if (header === null || header.trim() === '') {
    throw requestError(
      428,
      'This change must say which version it is based on: send the ETag you last read as If-Match.',
    );
  }
  const version = parseVersionTag(header);
  if (version === undefined) {
    throw requestError(400, 'If-Match must be the ETag of the version you last read, such as "3".');
  }
  return version;
}

/** The headers of a response carrying one versioned record. */
export function etagHeaders(record: { version: number }): Record<string, string> {
  return { ETag: versionTag(record.version) };
}
