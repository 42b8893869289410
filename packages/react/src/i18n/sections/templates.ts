// The templates section of the catalogue. Add every string these components show here, in English and French.
export interface TemplatesMessages {
  title: string;
}

export const templates: { en: TemplatesMessages; fr: TemplatesMessages } = {
  en: { title: 'Templates' },
  fr: { title: 'Modèles' },
};
