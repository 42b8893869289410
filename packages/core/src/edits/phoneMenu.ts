import type { FlowGraph, PhoneMenuStep } from '../model/graph';
import { menuOptionOutputId } from '../model/steps';
import { updateStep } from './steps';

/**
 * Applies an edit of a phone menu and keeps its connections right: when one option's key changes, its connection
 * follows it to the new key; connections of keys that no longer exist are removed (they would point nowhere).
 * Reordering options keeps every connection on its key.
 */
export function editPhoneMenu(graph: FlowGraph, stepId: string, patch: Partial<PhoneMenuStep>): FlowGraph {
  const before = graph.steps.find((step) => step.id === stepId);
  const next = updateStep(graph, stepId, patch);
  if (next === graph || before?.kind !== 'phone-menu' || !patch.options) return next;

  const oldDigits = before.options.map((option) => option.digit);
  const newDigits = patch.options.map((option) => option.digit);
  const renamed = new Map<string, string>();
  if (oldDigits.length === newDigits.length) {
    const changed = oldDigits.flatMap((digit, index) => (digit === newDigits[index] ? [] : [index]));
    const index = changed[0];
    // Only a single changed key is a rename; several changes at once are a reorder or a rewrite.
    if (changed.length === 1 && index !== undefined) {
      renamed.set(
        menuOptionOutputId(oldDigits[index] as string),
        menuOptionOutputId(newDigits[index] as string),
      );
    }
  }
  const kept = new Set(newDigits.map(menuOptionOutputId));
  let edgesChanged = false;
  const edges = next.edges.flatMap((edge) => {
    if (edge.source !== stepId || !edge.output.startsWith('option-')) return [edge];
    const output = renamed.get(edge.output);
    if (output) {
      edgesChanged = true;
      return [{ ...edge, output }];
    }
    if (kept.has(edge.output)) return [edge];
    edgesChanged = true;
    return [];
  });
  return edgesChanged ? { ...next, edges } : next;
}
