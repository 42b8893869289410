// Tests render French at once, as a host that registers the catalogue before its first render.

import { provideEnglish } from '../i18n/deferred';
import { fr } from '../i18n/locales/fr';
import { registerMessages } from '../i18n/messages';
import { callSummariesEn } from '../i18n/sections/callSummaries';
import { jobEditorEn } from '../i18n/sections/jobEditor';
import { jobPickerEn } from '../i18n/sections/jobPicker';
import { libraryEn } from '../i18n/sections/library';
import { simulatorEn } from '../i18n/sections/simulator';
import { templatesEn } from '../i18n/sections/templates';

registerMessages('fr', fr);
// Tests that render the job editor's or the gallery's parts alone, without the surface that provides their English.
provideEnglish('jobEditor', jobEditorEn);
provideEnglish('templates', templatesEn);
provideEnglish('library', libraryEn);
provideEnglish('jobPicker', jobPickerEn);
provideEnglish('simulator', simulatorEn);
provideEnglish('callSummaries', callSummariesEn);
