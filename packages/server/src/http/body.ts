import { requestError } from './errors';

function tooLarge(limit: number) {
  return requestError(
    413,
    `The request body is larger than this server accepts (${limit} bytes at most): nothing was changed.`,
  );
}

/**
 * Refuses a request whose declared `Content-Length` is over `limit` bytes, before anything reads its body.
 */
export function refuseDeclaredOversize(request: Request, limit: number): void {
  const declared = request.headers.get('Content-Length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) throw tooLarge(limit);
}

/** The body's bytes, counted while they stream in: more than `limit` stops reading at once (413). */
async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The request body parsed as JSON, at most `limit` bytes (413 otherwise, checked on `Content-Length` and again on the
 * bytes received); malformed JSON is a 400 `VALIDATION` error saying why.
 */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  refuseDeclaredOversize(request, limit);
  const text = new TextDecoder().decode(await readLimited(request, limit));
  if (text.trim() === '') throw requestError(400, 'The request body is not valid JSON: it is empty.');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'it could not be parsed';
    throw requestError(400, `The request body is not valid JSON: ${reason}`);
  }
}
