import { DesignerError } from '../errors';
import { parseImportDocument } from '../io/import';
import { mergeWorkspace } from '../io/merge';
import type { ImportMode, ImportOutcome, WorkspaceData } from '../io/types';

/**
 * Reads an import document and combines it with the workspace: throws `VALIDATION` (with every problem) when the
 * document is not valid, else returns the workspace to store (`replace` or `merge`, ids renamed with `newId`) and the
 * outcome `importWorkspace` resolves with. Pure: the backend stores `data` in one go.
 */
export function planImport(
  current: WorkspaceData,
  document: unknown,
  mode: ImportMode,
  newId: (prefix: string) => string,
): { data: WorkspaceData; outcome: ImportOutcome } {
  const parsed = parseImportDocument(document);
  if (!parsed.ok) {
    throw new DesignerError(
      'VALIDATION',
      `Nothing was imported: the file has ${parsed.problems.length} problem${parsed.problems.length === 1 ? '' : 's'}. ${parsed.problems[0]?.path}: ${parsed.problems[0]?.message}`,
      { problems: parsed.problems },
    );
  }
  const { data, idsRemapped } = mergeWorkspace(current, parsed.value, mode, newId);
  return {
    data,
    outcome: {
      jobs: parsed.value.jobs.length,
      knowledge: parsed.value.knowledge.length,
      callFlows: parsed.value.callFlows.length,
      callSummaries: parsed.value.callSummaries.length,
      testCases: parsed.value.testCases.length,
      migratedFrom: parsed.migratedFrom,
      idsRemapped,
    },
  };
}
