/**
 * The French catalogue, out of the main entry: `loadMessages('fr')` fetches it on demand, and a host that wants it in
 * its first render imports it from `@sona-designer/react/locales/fr` and passes it to `registerMessages('fr', fr)`.
 */

import type { Messages } from '../catalogue';
import { batchCoverageFr } from '../fr/batchCoverage';
import { callSummariesFr } from '../fr/callSummaries';
import { canvasFr } from '../fr/canvas';
import { characterCounterFr } from '../fr/characterCounter';
import { designerFr } from '../fr/designer';
import { errorsFr } from '../fr/errors';
import { inspectorFr } from '../fr/inspector';
import { jobEditorFr } from '../fr/jobEditor';
import { jobPickerFr } from '../fr/jobPicker';
import { libraryFr } from '../fr/library';
import { publishFr } from '../fr/publish';
import { sandboxFr } from '../fr/sandbox';
import { simulatorFr } from '../fr/simulator';
import { stepKindsFr } from '../fr/stepKinds';
import { teachFr } from '../fr/teach';
import { templatesFr } from '../fr/templates';
import { transferFr } from '../fr/transfer';

/**
 * The French catalogue. Register it before the first render to show French at once: `registerMessages('fr',
 * fr)`. Without it, `locale="fr"` downloads it on first use.
 */
export const fr: Messages = {
  characterCounter: characterCounterFr,
  designer: designerFr,
  stepKinds: stepKindsFr,
  canvas: canvasFr,
  inspector: inspectorFr,
  publish: publishFr,
  jobPicker: jobPickerFr,
  jobEditor: jobEditorFr,
  templates: templatesFr,
  library: libraryFr,
  sandbox: sandboxFr,
  callSummaries: callSummariesFr,
  batchCoverage: batchCoverageFr,
  simulator: simulatorFr,
  transfer: transferFr,
  teach: teachFr,
  errors: errorsFr,
};
