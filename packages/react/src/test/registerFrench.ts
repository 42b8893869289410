// Tests render French at once, as a host that registers the catalogue before its first render.
import { fr } from '../i18n/locales/fr';
import { registerMessages } from '../i18n/messages';

registerMessages('fr', fr);
