import type { RoutingSample } from './dataset';

/**
 * Sentences written after the router was finished and never used to adjust it: their score estimates how the
 * router does on sentences it has not seen, where the main dataset's score may be flattered by its author.
 */
export const HELD_OUT_SAMPLES: readonly RoutingSample[] = [
  { business: 'plumbing', text: 'our radiator valve is leaking onto the carpet', expected: 'emergency-leak' },
  { business: 'plumbing', text: "the bath won't drain, it's full of grey water", expected: 'blocked-drain' },
  {
    business: 'plumbing',
    text: 'boiler pressure keeps dropping and the heating cuts out',
    expected: 'boiler-repair',
  },
  { business: 'plumbing', text: 'could I get a price for a new shower installed?', expected: 'quote' },
  { business: 'plumbing', text: 'do you do gutter cleaning?', expected: null },
  { business: 'dental', text: "j'ai perdu un plombage et ça me fait mal", expected: 'urgence-dentaire' },
  { business: 'dental', text: 'je voudrais venir pour un contrôle annuel', expected: 'prise-rdv' },
  { business: 'dental', text: 'ma mutuelle demande un devis pour la couronne', expected: 'devis-implant' },
  { business: 'dental', text: 'je dois annuler le rendez-vous de ma fille', expected: 'annuler-rdv' },
  { business: 'dental', text: 'vous acceptez les chèques vacances ?', expected: null },
  {
    business: 'law',
    text: 'my employer cut my hours without telling me, can they do that?',
    expected: 'employment',
  },
  {
    business: 'law',
    text: 'we are separating and need to sort out the house and the kids',
    expected: 'family-law',
  },
  { business: 'law', text: 'my mother died and there is no will', expected: 'wills-probate' },
  { business: 'law', text: 'what is the fee for a first appointment?', expected: 'law-fees' },
  { business: 'law', text: 'can I get a copy of my parking fine?', expected: null },
  {
    business: 'restaurant',
    text: 'une table pour deux ce midi en terrasse, possible ?',
    expected: 'reserver-table',
  },
  {
    business: 'restaurant',
    text: 'je passe récupérer une commande à emporter à 20h',
    expected: 'vente-emporter',
  },
  {
    business: 'restaurant',
    text: 'il y a des œufs dans le dessert ? mon fils est allergique',
    expected: 'allergies',
  },
  {
    business: 'restaurant',
    text: 'on ne pourra pas venir ce soir, annulez notre réservation',
    expected: 'annulation-resa',
  },
  { business: 'restaurant', text: 'vous faites aussi traiteur à domicile ?', expected: null },
  {
    business: 'it',
    text: 'my password expired and it will not let me change it',
    expected: 'password-reset',
  },
  { business: 'it', text: 'the printer says offline', expected: 'printer' },
  {
    business: 'it',
    text: 'I got a phishing email asking for my bank details',
    expected: 'security-incident',
  },
  { business: 'it', text: 'I need Photoshop installed for a project', expected: 'software-install' },
  { business: 'it', text: 'how many days of holiday do I have left?', expected: null },
  { business: 'garage', text: 'il faut faire la vidange et changer les plaquettes', expected: 'revision' },
  { business: 'garage', text: 'ma batterie est à plat, la voiture ne démarre pas', expected: 'panne' },
  { business: 'garage', text: 'mon pneu avant est crevé', expected: 'pneus' },
  {
    business: 'garage',
    text: 'quelqu’un a embouti ma portière, il faut la réparer',
    expected: 'carrosserie',
  },
  { business: 'garage', text: 'vous faites le lavage des voitures ?', expected: null },
];
