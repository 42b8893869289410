// The library section of the catalogue. Add every string these components show here, in English and French.
export interface LibraryMessages {
  title: string;
}

export const library: { en: LibraryMessages; fr: LibraryMessages } = {
  en: { title: 'Job library' },
  fr: { title: 'Bibliothèque de tâches' },
};
