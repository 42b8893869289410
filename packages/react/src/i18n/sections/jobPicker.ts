// The jobPicker section of the catalogue. Add every string these components show here, in English and French.
export interface JobPickerMessages {
  title: string;
}

export const jobPicker: { en: JobPickerMessages; fr: JobPickerMessages } = {
  en: { title: 'Add job' },
  fr: { title: 'Ajouter une tâche' },
};
