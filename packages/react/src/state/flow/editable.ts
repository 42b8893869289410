/** Where loading the flow from the adapter stands. */
export type LoadState = 'loading' | 'ready' | 'error';

/** Whether the draft takes edits now: the flow is loaded and the designer is not read-only. */
export function isEditable(state: { readOnly: boolean; loadState: LoadState }): boolean {
  return !state.readOnly && state.loadState === 'ready';
}
