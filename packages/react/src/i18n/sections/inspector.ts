// The inspector section of the catalogue. Add every string the inspector components show here, in English and French.
export interface InspectorMessages {
  region: string;
}

export const inspector: { en: InspectorMessages; fr: InspectorMessages } = {
  en: { region: 'Step settings' },
  fr: { region: 'Paramètres de l’étape' },
};
