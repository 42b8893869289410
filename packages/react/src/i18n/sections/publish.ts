// The publish section of the catalogue. Add every string the publish components show here, in English and French.
export interface PublishMessages {
  region: string;
}

export const publish: { en: PublishMessages; fr: PublishMessages } = {
  en: { region: 'Publishing' },
  fr: { region: 'Publication' },
};
