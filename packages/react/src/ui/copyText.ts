/**
 * Copies text to the clipboard; true when it worked. Falls back to a hidden textarea and `execCommand('copy')`
 * where the Clipboard API is missing or refused (no permission, an insecure page).
 */
export async function copyText(text: string, near: HTMLElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused: try the old way below.
  }
  const owner = near?.ownerDocument ?? document;
  const area = owner.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  // Inside the dialog: a modal dialog's focus trap would pull focus back from anything outside it.
  (near ?? owner.body).appendChild(area);
  const focused = owner.activeElement as HTMLElement | null;
  area.select();
  let copied = false;
  try {
    copied = owner.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  focused?.focus();
  return copied;
}
