// The canvas section of the catalogue. Add every string the canvas components show here, in English and French.
export interface CanvasMessages {
  region: string;
}

export const canvas: { en: CanvasMessages; fr: CanvasMessages } = {
  en: { region: 'Call flow canvas' },
  fr: { region: 'Canevas du flux d’appels' },
};
