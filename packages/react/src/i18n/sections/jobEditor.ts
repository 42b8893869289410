// The jobEditor section of the catalogue. Add every string these components show here, in English and French.
export interface JobEditorMessages {
  title: string;
}

export const jobEditor: { en: JobEditorMessages; fr: JobEditorMessages } = {
  en: { title: 'Save job' },
  fr: { title: 'Enregistrer la tâche' },
};
