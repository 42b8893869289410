import type { JobEditorMessages } from '../../../i18n';
import type { ConflictFieldText } from '../../../records';

/** The job editor's wording for a field changed by both sides. */
export function conflictFieldText(text: JobEditorMessages): ConflictFieldText {
  return {
    theirs: text.theirs,
    yours: text.yours,
    same: text.sameInBoth,
    changedByThem: text.changedByThem,
    changedByYou: text.changedByYou,
    changedByBoth: text.changedByBoth,
    keepTheirs: text.keepTheirs,
    keepYours: text.takeYours,
    choiceLegend: text.choiceLegend,
    copyTheirs: text.copyTheirs,
    copyYours: text.copyYours,
    copied: text.copied,
    copyFailed: text.copyFailed,
    empty: text.empty,
  };
}
