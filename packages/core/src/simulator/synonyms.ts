import { stemEnglish, stemFrench } from './stemmer';

/**
 * General call-centre vocabulary, English and French, grouped by meaning. Words in one group count as the
 * same word when routing, so "invoice", "bill" and "facture" meet. Keep it general: no business's phrasing.
 */
const GROUPS: readonly string[] = [
  'book booking schedule appointment appt reserve reservation slot availability available rendez rdv reserver creneau dispo disponible disponibilite',
  'cancel cancellation annuler annulation',
  'reschedule postpone move change deplacer reporter decaler modifier changer',
  'bill billing invoice charge charged payment pay paid fee fees facture facturation paiement payer prelevement preleve',
  'price cost quote estimate rate pricing devis prix tarif tarifs cout combien',
  'refund reimburse reimbursement rembourser remboursement',
  'complaint complain unhappy dissatisfied plainte reclamation mecontent',
  'leak leaking leaks drip dripping fuite fuit fuir goutte',
  'urgent emergency asap immediately urgence urgent',
  'pain hurt hurts hurting ache aching sore painful douleur mal souffre',
  'broken broke break cracked damaged casse cassee abime panne',
  'repair fix fixing mend reparer reparation depannage depanner',
  'install installation installer fit fitting setup pose poser',
  'password passcode login locked mdp identifiant',
  'order ordering takeaway takeout commande commander emporter',
  'delivery deliver livraison livrer',
  'hours horaires horaire ouverture fermeture',
  'message callback rappel rappeler',
  'lawyer attorney solicitor counsel avocat avocate',
  'toilet loo wc toilettes',
  'drain clog clogged blocked blockage bouche bouchee bouchon debouchage deboucher',
  'heater boiler chaudiere ballon',
  'car vehicle voiture vehicule auto',
  'tyre tire pneu pneus',
  'printer imprimante',
  'email mail courriel mails',
  'internet wifi network connection reseau connexion',
  'computer laptop pc ordinateur ordi',
  'tooth teeth dent dents molar molaire',
  'cleaning clean scaling detartrage nettoyage',
  'allergy allergic allergie allergique intolerance gluten',
  'job hiring career vacancy emploi recrutement embauche poste',
  'gas gaz',
  'smell odour odor odeur',
  'event party birthday celebration evenement fete anniversaire',
  'contract agreement contrat',
  'fired dismissed dismissal sacked licenciement licencie renvoye',
  'insurance insurer assurance mutuelle',
  'gift voucher cadeau',
  'address location directions adresse situe trouver',
  'parking park garer stationnement',
  'divorce separation separating divorcer',
  'accident collision injury injured blessure blesse',
  'will testament inheritance estate succession heritage',
  'virus malware hacked phishing pirate piratage',
  'slow lag freezing freeze lent lente rame bloque plante',
  'menu dish dishes plat plats carte',
  'table tables',
  'vegetarian vegan vegetarien vegetalien',
  'child children kid kids enfant enfants',
  'late delay delayed retard',
];

function buildIndex(): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  for (const group of GROUPS) {
    const words = group.split(/\s+/);
    const concept = `~${words[0]}`;
    for (const word of words) {
      for (const form of [word, stemEnglish(word), stemFrench(word)]) {
        if (!index.has(form)) index.set(form, concept);
      }
    }
  }
  return index;
}

let conceptIndex: ReadonlyMap<string, string> | undefined;

/** The shared concept of a word form ("~bill" for "invoice"), or undefined when it has no synonyms. */
export function conceptOf(form: string): string | undefined {
  conceptIndex ??= buildIndex();
  return conceptIndex.get(form);
}
