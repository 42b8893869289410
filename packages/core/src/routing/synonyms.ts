import { stemEnglish, stemFrench } from './stemmer';

/**
 * General call-centre vocabulary, English and French, grouped by meaning. Words in one group count as the
 * same word when routing, so "invoice", "bill" and "facture" meet. Keep it general: everyday words of
 * service businesses (trades, health, legal, hospitality, IT, motor), never one business's phrasing.
 *
 * A word may sit in several groups when it has several meanings ("crash": a car or a computer); the job
 * decides which one counts. `a_b` is a phrase: its words are read together and count as one word.
 * Words are folded (no accents, lower case).
 */
const GROUPS: readonly string[] = [
  // Appointments and bookings
  'book booking booked schedule appointment appointments appt reserve reservation reservations slot slots availability available opening rendez rdv resa reserver creneau creneaux dispo disponible disponibilite disponibilites place places fit_in squeeze_in',
  'cancel cancellation cancelled canceled call_off annuler annulation annule decommander desister empechement',
  'reschedule rearrange postpone push_back move_back bring_forward move deplacer reporter repousser decaler avancer',
  // Rescheduling is a kind of change: "décaler" also meets a job that says "changer sa réservation".
  'change changing modify amend alter changer changement modifier modification rearrange postpone push_back move_back bring_forward move deplacer reporter repousser decaler avancer',
  'visit visite passage',
  'checkup check_up check_ups controle bilan examen',
  // Money
  'bill billing billed invoice invoices invoiced charge charged overcharged payment pay paid receipt statement facture facturation facturer paiement payer paye reglement prelevement preleve debit debited',
  'price cost costs quote quotation estimate rate rates pricing tariff ballpark how_much devis prix tarif tarifs cout couter combien soumission soumissions',
  'fee fees retainer honoraires frais',
  'refund reimburse reimbursement money_back rembourser remboursement rembourse',
  'insurance insurer insured mutuelle assurance assureur secu',
  'complaint complain complained unhappy dissatisfied disappointed plainte reclamation mecontent decu',
  // Faults, damage, urgency
  'urgent emergency asap immediately right_now straight_away urgence vite rapidement tout_de_suite',
  'leak leaking leaked leaks leaky drip dripping seeping pouring gushing spraying burst flood flooding flooded damp wet soaking soaked fuite fuit fuir fuyant goutte inondation inonde coule humide humidite mouille trempe',
  'broken broke break cracked crack smashed snapped casse cassee fendu fissure',
  'damage damaged scratch scratched scratches scuffed bumped abime abimee endommage degat degats raye rayer rayure rayures bosse cabosse enfonce',
  'breakdown broken_down break_down broke_down not_working stopped_working doesnt_work wont_start faulty fault malfunction panne depannage depanner defectueux quit died lache brise brisee ne_marche ne_fonctionne out_of_order',
  'repair repaired fix fixing mend reparer reparation',
  'install installation installed setup set_up fit fitting put_in installer',
  'pain hurt hurts hurting ache aching sore painful throbbing agony douleur douleurs mal souffre souffrir',
  'injury injured injure wound wounded hurt blessure blesse blessee',
  'swelling swollen swell abscess infection infected gonflement gonfle gonflee enfle enflee abces',
  'accident collision crash crashed collided rear_ended hit_by run_over knocked_off knocked_down accrochage accroche accrocher choc chocs heurte heurter percute percuter embouti emboutir tamponne carambolage',
  'smell smells smelling odour odor stink stinks whiff odeur odeurs pue',
  // Plumbing and heating
  'drain drains clog clogged blocked blockage backed_up unblock overflow overflowing bouche bouchee bouchon debouchage deboucher engorge',
  'heater boiler combi furnace water_heater chaudiere ballon chauffe_eau cumulus fournaise',
  'heat_pump heatpump thermopompe pompe_a_chaleur',
  'air_conditioning air_conditioner aircon ac a_c cooling climatisation climatiseur clim air_climatise',
  'thermostat thermostats',
  'cold freezing chilly froid gele glacial frette',
  'heating heat chauffage radiateur radiator radiators',
  'toilet toilets loo wc lavatory cistern flush toilettes chasse_d_eau',
  'sink basin washbasin evier lavabo',
  'bathroom ensuite en_suite salle_de_bain salle_de_bains',
  'pipe pipes pipework tuyau tuyaux canalisation canalisations',
  'gas gaz',
  // Motor
  'car cars vehicle vehicles minivan suv sedan voiture voitures vehicule vehicules auto bagnole char chars peugeot renault citroen clio megane twingo golf polo ford fiat toyota volkswagen bmw audi mercedes',
  'tyre tyres tire tires pneu pneus pneumatique puncture punctured crevaison creve crever',
  'service servicing maintenance oil_change revision entretien vidange',
  'inspection controle_technique contre_visite',
  'bodywork bumper bumpers door wing bonnet panel carrosserie pare_choc pare_chocs portiere aile capot retroviseur',
  // Legal
  'lawyer attorney solicitor counsel barrister avocat avocate juriste',
  'divorce divorced divorcing separation separate separated separating split_up splitting_up break_up broke_up breakup divorcer separer rupture',
  'custody garde_alternee',
  'fired dismissed dismissal sacked let_go laid_off layoff redundant redundancy terminated licenciement licencie renvoye vire',
  'employer boss employeur patron',
  'wages salary unpaid salaire paie',
  'hiring hire recruit recruiting recruitment vacancy vacancies apprentice apprenticeship recrutement recruter recrutez embauche embaucher candidature',
  'will a_will my_will his_will her_will the_will no_will testament inheritance estate succession heritage probate power_of_attorney procuration',
  'death died deceased passed_away funeral bereavement deces decede mort morte obseques',
  'claim claims compensation compensated sue suing lawsuit indemnisation dedommagement',
  'update updates progress progressing status avancement',
  'advice advise conseil conseils',
  'contract agreement contrat',
  // Hospitality
  'order ordering takeaway takeout commande commander emporter',
  'delivery deliver delivered livraison livrer',
  'menu dish dishes plat plats carte',
  'table tables',
  'gift voucher vouchers gift_card gift_cards gift_voucher cadeau cadeaux carte_cadeau cartes_cadeaux bon_cadeau bons_cadeaux cheque_cadeau',
  'allergy allergic allergies allergen allergens intolerance intolerant coeliac celiac gluten lactose nut nuts peanut peanuts sesame shellfish soy soya egg eggs dairy wheat allergie allergique allergene allergenes arachide arachides noix oeuf oeufs lait soja crustaces moutarde ble fruits_a_coque',
  'vegetarian vegan halal kosher diet dietary vegetarien vegetarienne vegetalien vegane regime',
  'event party birthday celebration wedding anniversary christening seminar conference convention gala banquet evenement fete anniversaire mariage bapteme seminaire congres colloque',
  'lost lose forgot forgotten left_behind oublie oubliee oublier oubli perdu perdue perdre egare egaree',
  'belongings belonging item items object objects keys phone wallet purse glasses scarf coat jacket umbrella bag handbag objet objets affaires cles telephone portefeuille sac lunettes echarpe manteau veste parapluie',
  'room rooms chambre chambres',
  'meeting meetings reunion reunions',
  // Fitness
  'coach coaches coaching trainer trainers personal_trainer entraineur entraineurs entraineuse coach_sportif',
  // Tax and accounts
  'tax taxes taxation gst hst pst vat tps tvq tva impot impots fiscal fiscale',
  // Health and animals
  'prescription prescriptions refill refills ordonnance ordonnances',
  'medication medications medicine medicines meds drug drugs pill pills medicament medicaments medoc medocs pilule pilules comprime comprimes',
  'pharmacist chemist pharmacien pharmacienne',
  'vaccine vaccines vaccination vaccinations vaccinate vaccinated jab jabs booster boosters shots flu_shot vaccin vaccins vacciner',
  'sick ill unwell poorly vomiting vomit vomited throwing_up threw_up diarrhea diarrhoea lethargic malade vomi vomit vomissement vomissements diarrhee',
  'pet pets dog dogs puppy puppies cat cats kitten kittens animal animals chien chiens chienne chiot chiots chat chats chatte chaton chatons animaux',
  'vet vets veterinarian veterinary veterinaire veterinaires veto',
  // Hair and beauty
  'haircut haircuts trim hairdresser hairstylist stylist barber coupe coiffure coiffeur coiffeuse',
  'colour color colouring coloring dye highlights balayage coloration couleur meches teinture',
  // Homes and tenancies
  'tenant tenants renter renters locataire locataires',
  'landlord landlady proprietaire gestionnaire concierge',
  'apartment apartments flat unit condo appartement appartements appart logement',
  'lease leases tenancy bail baux',
  'rent rental loyer loyers',
  'appliance appliances fridge refrigerator freezer dishwasher oven stove cooker washer dryer washing_machine frigo refrigerateur congelateur lave_vaisselle four cuisiniere laveuse secheuse electromenager',
  'noise noisy loud noises bruit bruits bruyant bruyants tapage',
  'neighbour neighbours neighbor neighbors voisin voisins voisine voisines',
  'pest pests mice mouse rat rats cockroach cockroaches roaches bedbugs bed_bugs insects vermin souris coquerelle coquerelles cafard cafards punaises insectes vermine',
  // Moving and deliveries
  'move moving movers mover relocation relocate relocating removal removals demenagement demenager demenage demenageur demenageurs',
  'truck trucks van vans lorry camion camions camionnette',
  'box boxes carton cartons packing pack boite boites emballage emballer',
  'storage warehouse entreposage entrepot garde_meuble garde_meubles',
  'furniture sofa couch piano wardrobe meuble meubles divan canape armoire',
  // People who come to the door
  'technician tech engineer plumber electrician guy guys crew team worker workers technicien technicienne techniciens gars equipe ouvrier ouvriers',
  'driver drivers courier chauffeur livreur livreurs',
  // Health
  'tooth teeth dent dents molar molaire molaires incisor gum gums gencive gencives',
  'cleaning clean cleaner cleaners scaling hygienist polish detartrage nettoyage menage',
  'braces brace aligner aligners invisalign orthodontic orthodontics orthodontie orthodontique bagues gouttiere gouttieres',
  'crown crowns implant implants bridge bridges denture dentures prosthesis couronne couronnes prothese protheses dentier',
  // IT
  'password passwords passcode pin login logon log_in sign_in credentials locked locked_out mdp mot_de_passe identifiant identifiants',
  'internet wifi wi_fi network connection online offline broadband vpn reseau connexion en_ligne',
  'email emails mail mails courriel courriels inbox mailbox outlook gmail boite_mail messagerie',
  'printer printers printing print copier photocopier scanner scan imprimante imprimer photocopieuse',
  'computer computers laptop laptops pc desktop ordinateur ordinateurs ordi',
  'hardware equipment device devices accessory accessories monitor monitors screen keyboard mouse headset webcam dock charger laptop laptops materiel ecran clavier souris casque',
  'software app apps application applications program programme logiciel logiciels appli',
  'licence license licences licenses licensing',
  'slow slowly sluggish lag lagging freeze freezes freezing frozen crash crashes crashed crashing unresponsive lent lente rame ramer bloque plante plantage',
  'virus viruses malware ransomware hacked hack hacker phishing scam suspicious compromised pirate piratage arnaque hameconnage',
  // Beauty
  'nails nail manicure pedicure manucure ongles ongle vernis',
  'wax waxing epilation epiler',
  'massage massages massotherapie massotherapeute',
  'facial facials esthetician esthetique estheticienne soin_du_visage soins_du_visage',
  'beard shave barbe rasage',
  // Trades around the home
  'electrician electrical electric wiring outlet outlets plug plugs socket sockets electricite electricien electrique',
  'roof roofing shingles toiture toit bardeaux',
  'lawn garden gardening landscaping yard pelouse jardin gazon',
  'snow snow_removal plowing deneigement neige',
  'window windows fenetre fenetres vitre vitres',
  'lock locks locksmith serrure serrures serrurier',
  'ventilation vent vents duct ducts air_exchanger conduit conduits echangeur_d_air',
  'filter filters filtre filtres',
  'deposit deposits security_deposit caution depot',
  // Schools, clubs and subscriptions
  'class classes course courses lesson lessons ecole cours lecon lecons',
  'teacher teachers tutor instructor professeur prof enseignant enseignante tuteur maitresse',
  'student students eleve eleves etudiant etudiante etudiants',
  'membership member members subscription subscriptions abonnement abonnements abonne adherent adherents membre membres',
  'tv television cable',
  // Pets and pharmacy
  'grooming groomer toilettage toiletteur',
  'flea fleas tick ticks worming deworming puce puces tique tiques vermifuge',
  'spay spayed neuter neutered sterilisation steriliser castration',
  'pharmacy drugstore pharmacie',
  'transfer transferred transferer transfert',
  // General call handling
  'message callback call_back ring_back call_me_back voicemail rappel rappeler',
  'hours opening_hours closing_time horaires horaire ouverture fermeture',
  'address location directions adresse situe',
  'parking park car_park garer stationnement',
  'job career emploi',
  'child children kid kids son sons daughter daughters baby babies toddler enfant enfants bebe bebes garcon',
  'late delay delayed retard',
];

interface SynonymIndex {
  readonly words: ReadonlyMap<string, readonly string[]>;
  readonly phrases: ReadonlyMap<string, readonly string[]>;
  readonly phraseStarts: ReadonlySet<string>;
  readonly longestPhrase: number;
}

function add(map: Map<string, string[]>, key: string, concept: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [concept]);
  else if (!list.includes(concept)) list.push(concept);
}

function buildIndex(): SynonymIndex {
  const words = new Map<string, string[]>();
  const phrases = new Map<string, string[]>();
  const phraseStarts = new Set<string>();
  let longestPhrase = 1;
  for (const group of GROUPS) {
    const entries = group.split(/\s+/);
    const concept = `~${entries[0]}`;
    for (const entry of entries) {
      if (entry.includes('_')) {
        const parts = entry.split('_');
        longestPhrase = Math.max(longestPhrase, parts.length);
        add(phrases, parts.join(' '), concept);
        phraseStarts.add(parts[0] ?? '');
        continue;
      }
      add(words, entry, concept);
    }
  }
  // Inflected forms meet their group through their stem, unless the stem is itself a listed word.
  for (const [word, concepts] of [...words]) {
    for (const form of [stemEnglish(word), stemFrench(word)]) {
      if (form === word || words.has(form)) continue;
      for (const concept of concepts) add(words, form, concept);
    }
  }
  return { words, phrases, phraseStarts, longestPhrase };
}

let synonymIndex: SynonymIndex | undefined;

function index(): SynonymIndex {
  synonymIndex ??= buildIndex();
  return synonymIndex;
}

/** Every concept of a word form ("~bill" for "invoice"), or undefined when it has no synonyms. */
export function conceptsOf(form: string): readonly string[] | undefined {
  return index().words.get(form);
}

/** The main concept of a word form ("~bill" for "invoice"), or undefined when it has no synonyms. */
export function conceptOf(form: string): string | undefined {
  return conceptsOf(form)?.[0];
}

/** The concepts of a phrase of folded words joined by spaces ("push back"), or undefined. */
export function phraseConcepts(phrase: string): readonly string[] | undefined {
  return index().phrases.get(phrase);
}

/** How many words a phrase starting with `word` may have: 0 when no phrase starts with it. */
export function longestPhraseFrom(word: string): number {
  const { phraseStarts, longestPhrase } = index();
  return phraseStarts.has(word) ? longestPhrase : 0;
}
