/**
 * The whole text of a file, reporting how much is read as it goes (a 50 MB file takes a moment), and abortable: an
 * import dialog closed during the read stops it.
 */
export function readFileText(
  file: Blob,
  onProgress: (loaded: number) => void,
  signal: AbortSignal,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    const abort = () => reader.abort();
    signal.addEventListener('abort', abort, { once: true });
    const settle = () => signal.removeEventListener('abort', abort);
    reader.onprogress = (event) => onProgress(event.loaded);
    reader.onload = () => {
      settle();
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      settle();
      reject(reader.error ?? new Error('The file could not be read.'));
    };
    reader.onabort = () => {
      settle();
      reject(new DOMException('The read was cancelled.', 'AbortError'));
    };
    reader.readAsText(file);
  });
}
