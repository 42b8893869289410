import { job, type RoutingBusiness } from './businesses';

/**
 * Businesses for the fourth set, a development set (devFourth.ts): kinds none of the other sets use (physiotherapy,
 * gym, daycare, internet provider, hotel, accounting), so tuning on it does not tune on the held-out businesses.
 * Jobs are written as small businesses write them in the designer: some terse, some wordy.
 */
export const physio: RoutingBusiness = {
  id: 'physio',
  locale: 'en',
  jobs: [
    job(
      'physio-book',
      'Book a session',
      'Initial assessments and follow-up treatments with a physiotherapist.',
      'Caller wants to come in for physio.',
      '1. Ask if they have been before.\n2. Ask what the injury is.\n3. Offer the next slot.',
    ),
    job(
      'physio-change',
      'Change or cancel a session',
      'Moving or cancelling a booked treatment. 24 hours notice or a late cancellation fee applies.',
      'Caller needs to move or cancel their appointment.',
      '1. Find the booking.\n2. Offer another time.\n3. Mention the fee if under 24 hours.',
    ),
    job(
      'physio-insurance',
      'Insurance and receipts',
      'Direct billing to insurers, receipts, car accident and workplace injury claims.',
      'Caller asks whether their insurance covers treatment or needs a receipt.',
      '1. Ask the insurer and policy number.\n2. Email receipts from the front desk.',
    ),
    job(
      'physio-message',
      'Message for a therapist',
      'Questions about home exercises or how they feel after a treatment.',
      'Caller has a question for their physiotherapist.',
      '1. Ask which therapist.\n2. Take the question and a phone number; therapists call back between patients.',
    ),
    job(
      'orthotics',
      'Orthotics and braces',
      'Custom foot orthotics, knee braces, compression stockings: fittings and pick-up.',
      'Caller asks about orthotics or a brace.',
      '1. Ask if they have a prescription.\n2. Book a casting or tell them when the order is ready.',
    ),
  ],
};

export const gym: RoutingBusiness = {
  id: 'gym',
  locale: 'fr',
  jobs: [
    job(
      'abonnement',
      'Nouvel abonnement',
      'Inscriptions, formules et tarifs (mensuel, annuel, étudiant).',
      'La personne veut s’inscrire à la salle.',
      '1. Présenter les formules.\n2. Proposer une séance d’essai gratuite.',
    ),
    job(
      'resiliation',
      'Résiliation ou suspension',
      'Arrêter ou mettre en pause un abonnement (déménagement, blessure, grossesse).',
      'L’adhérent veut résilier ou suspendre son abonnement.',
      '1. Demander le motif.\n2. Rappeler le préavis d’un mois.\n3. Envoyer le formulaire.',
    ),
    job(
      'cours-collectifs',
      'Cours collectifs',
      'Réserver une place en cours de yoga, spinning, pilates, body pump.',
      'L’adhérent veut réserver un cours.',
      '1. Demander le cours et l’horaire.\n2. Vérifier les places restantes.',
    ),
    job(
      'coaching',
      'Coaching personnel',
      'Séances avec un coach sportif, programme personnalisé, perte de poids.',
      'La personne veut un coach.',
      '1. Demander l’objectif.\n2. Transmettre au coach disponible.',
    ),
    job(
      'prelevements',
      'Paiements et prélèvements',
      'Prélèvement rejeté ou en double, changement de RIB, factures.',
      'L’adhérent a une question sur un paiement.',
      '1. Demander le nom et le numéro d’adhérent.\n2. Transmettre à la comptabilité.',
    ),
    job(
      'badge',
      'Badge d’accès',
      'Badge perdu, qui ne passe plus au tourniquet, ou à remplacer.',
      'L’adhérent n’arrive pas à entrer avec son badge.',
      '1. Demander le numéro d’adhérent.\n2. Désactiver l’ancien badge.\n3. Un nouveau badge coûte 10 €.',
    ),
  ],
};

export const daycare: RoutingBusiness = {
  id: 'daycare',
  locale: 'fr',
  jobs: [
    job(
      'inscription-garderie',
      'Inscription et liste d’attente',
      'Places disponibles, liste d’attente, visites pour les nouveaux parents.',
      'Un parent cherche une place pour son enfant.',
      '1. Demander l’âge de l’enfant et la date souhaitée.\n2. Inscrire sur la liste d’attente.',
    ),
    job(
      'absence',
      'Signaler une absence',
      'Enfant malade, en vacances ou en retard.',
      'Le parent avise que son enfant ne viendra pas.',
      '1. Demander le nom de l’enfant et le groupe.\n2. Noter le motif et la durée.',
    ),
    job(
      'educatrice',
      'Message pour l’éducatrice',
      'Changement de personne qui vient chercher l’enfant, sieste, repas, médicament à donner.',
      'Le parent veut faire passer un message à l’éducatrice.',
      '1. Demander le groupe.\n2. Prendre le message.',
    ),
    job(
      'frais-garde',
      'Frais de garde et relevés',
      'Paiement des frais, relevé 24 pour les impôts, retards de paiement.',
      'Le parent a une question sur les frais ou un reçu.',
      '1. Demander le nom du parent.\n2. Les relevés sont envoyés en février.',
    ),
    job(
      'incident',
      'Blessure ou incident',
      'Enfant blessé, morsure, chute, réaction allergique survenue à la garderie.',
      'Le parent appelle au sujet d’un incident arrivé à son enfant.',
      '1. Écouter.\n2. Passer la direction immédiatement.',
    ),
    job(
      'direction',
      'Parler à la direction',
      'Plaintes, insatisfactions, demandes à la directrice.',
      'Le parent veut parler à la directrice ou faire une plainte.',
      'Transférer à Mme Gagnon; sinon prendre un message.',
    ),
  ],
};

export const internetProvider: RoutingBusiness = {
  id: 'isp',
  locale: 'en',
  jobs: [
    job(
      'tech-support',
      'Technical support',
      'Internet or TV not working, slow speeds, wifi dropping, modem lights.',
      'Customer has a problem with their connection.',
      '1. Ask for the account number.\n2. Check for an outage in the area.\n3. Have them restart the modem.',
    ),
    job(
      'isp-billing',
      'Billing',
      'Bills higher than usual, unexpected charges, payment arrangements.',
      'Customer has a question about their bill.',
      '1. Verify the account holder.\n2. Explain the charges.\n3. Transfer disputes to billing.',
    ),
    job(
      'plans',
      'New service and plan changes',
      'Signing up, upgrading or downgrading an internet or TV package, promotions.',
      'Caller wants to sign up or change their package.',
      '1. Check the address is serviceable.\n2. Present the packages.',
    ),
    job(
      'isp-cancel',
      'Cancel service',
      'Customers leaving: cancellation, equipment return.',
      'Customer wants to cancel their service.',
      '1. Ask why.\n2. Offer the retention discount once.\n3. Explain how to return the modem.',
    ),
    job(
      'technician-visit',
      'Installation and technician visits',
      'Booking an installation, technician appointment times, technician is late.',
      'Customer asks about a technician visit.',
      '1. Find the work order.\n2. Give the arrival window or book one.',
    ),
    job(
      'move-service',
      'Moving',
      'Transferring service to a new address.',
      'Customer is moving and wants service at the new place.',
      '1. Ask the new address and move date.\n2. Book the transfer.',
    ),
  ],
};

export const hotel: RoutingBusiness = {
  id: 'hotel',
  locale: 'fr',
  jobs: [
    job(
      'reserver-chambre',
      'Réserver une chambre',
      'Nouvelles réservations, disponibilités et tarifs des chambres.',
      'Le client veut réserver une chambre.',
      '1. Demander les dates et le nombre de personnes.\n2. Proposer les chambres libres.',
    ),
    job(
      'modifier-reservation',
      'Modifier ou annuler une réservation',
      'Changer les dates, ajouter une nuit, annuler un séjour.',
      'Le client veut changer ou annuler sa réservation.',
      '1. Demander le numéro de confirmation.\n2. Annulation gratuite jusqu’à 48 h avant.',
    ),
    job(
      'objets-oublies',
      'Objets oubliés',
      'Affaires laissées dans la chambre après le départ.',
      'Le client a oublié quelque chose à l’hôtel.',
      '1. Décrire l’objet et le numéro de chambre.\n2. Vérifier avec l’entretien ménager.',
    ),
    job(
      'facture-sejour',
      'Facture du séjour',
      'Copie de facture, frais contestés, remboursement de caution.',
      'Le client a une question sur sa facture.',
      '1. Demander les dates du séjour.\n2. Envoyer la facture par courriel.',
    ),
    job(
      'groupes-evenements',
      'Groupes et événements',
      'Salles de réunion, mariages, séminaires, blocs de chambres pour un groupe.',
      'Le client organise un événement ou vient en groupe.',
      '1. Demander la date et le nombre d’invités.\n2. Transmettre à la coordonnatrice.',
    ),
    job(
      'reception',
      'Joindre un client ou la réception',
      'Transférer l’appel à la chambre d’un client ou à la réception.',
      'L’appelant veut parler à quelqu’un qui séjourne à l’hôtel.',
      '1. Demander le nom du client.\n2. Ne jamais donner le numéro de chambre.',
    ),
  ],
};

export const accounting: RoutingBusiness = {
  id: 'accounting',
  locale: 'en',
  jobs: [
    job(
      'tax-return',
      'Personal tax returns',
      'Preparing and filing personal income tax returns, what documents to bring.',
      'Caller wants us to do their taxes.',
      '1. Ask if they are an existing client.\n2. Send the checklist of documents.',
    ),
    job(
      'bookkeeping',
      'Bookkeeping and payroll',
      'Monthly bookkeeping, payroll, sales tax filings for small businesses.',
      'A business owner needs help with their books or payroll.',
      '1. Ask the business size and software.\n2. Book a call with the bookkeeping team.',
    ),
    job(
      'tax-notice',
      'Letters from the tax office',
      'Audits, reassessments, notices, penalties or requests for information from the tax authority.',
      'Caller received a letter from the tax office.',
      '1. Ask the date on the letter and the deadline.\n2. Ask them to upload a copy.\n3. Flag it to their accountant.',
    ),
    job(
      'acct-fees',
      'Our invoices',
      'Questions about our fees or an invoice from the firm.',
      'Client has a question about what we charged.',
      '1. Ask the invoice number.\n2. Pass to the office manager.',
    ),
    job(
      'acct-meeting',
      'Book a meeting',
      'Meetings with an accountant, in person or by video.',
      'Caller wants to meet an accountant.',
      '1. Ask the topic.\n2. Offer a slot.',
    ),
    job(
      'acct-message',
      'Message for an accountant',
      'Caller wants their accountant to call them back.',
      'Caller asks for a specific accountant.',
      '1. Ask the name of the accountant.\n2. Take a message.',
    ),
  ],
};

export const school: RoutingBusiness = {
  id: 'school',
  locale: 'fr',
  jobs: [
    job(
      'absence-eleve',
      'Absence d’un élève',
      'Signaler qu’un élève est malade ou absent, retard du matin.',
      'Un parent prévient que son enfant ne sera pas en classe.',
      '1. Demander le nom, la classe et la durée.\n2. Noter dans le registre.',
    ),
    job(
      'inscription-ecole',
      'Inscriptions',
      'Inscrire un enfant pour la rentrée, dossier d’inscription, visite de l’établissement.',
      'Un parent veut inscrire son enfant.',
      '1. Demander le niveau.\n2. Envoyer le dossier.',
    ),
    job(
      'cantine',
      'Cantine et garderie périscolaire',
      'Inscription à la cantine, menus, allergies, factures de cantine.',
      'Le parent a une question sur la cantine.',
      '1. Demander la classe.\n2. Transmettre au service de restauration.',
    ),
    job(
      'rdv-enseignant',
      'Rendez-vous avec un enseignant',
      'Rencontrer le professeur principal ou la directrice.',
      'Le parent veut rencontrer un enseignant.',
      '1. Demander la classe.\n2. Transmettre la demande à l’enseignant.',
    ),
    job(
      'harcelement',
      'Harcèlement ou problème dans la cour',
      'Bagarres, moqueries, harcèlement, enfant blessé pendant la récréation.',
      'Le parent signale un problème de comportement ou de sécurité.',
      '1. Écouter.\n2. Prévenir la direction le jour même.',
    ),
  ],
};

export const cleaning: RoutingBusiness = {
  id: 'cleaning',
  locale: 'en',
  jobs: [
    job(
      'cleaning-quote',
      'Quote for cleaning',
      'Prices for regular home cleaning, deep cleans, end of tenancy cleans.',
      'Caller wants to know what a clean would cost.',
      '1. Ask the number of bedrooms and bathrooms.\n2. Give the price list.',
    ),
    job(
      'cleaning-book',
      'Book a clean',
      'Booking a one-off or regular clean.',
      'Caller wants to book a cleaner.',
      '1. Ask the address and date.\n2. Confirm the team.',
    ),
    job(
      'cleaning-change',
      'Change or skip a clean',
      'Moving, skipping or cancelling a scheduled clean; pausing a regular service.',
      'Customer wants to change their cleaning schedule.',
      '1. Find the customer.\n2. Update the schedule.',
    ),
    job(
      'cleaning-complaint',
      'Complaints and breakages',
      'Unhappy with a clean, something broken or missing after the cleaners visited.',
      'Customer is not happy with the cleaning or reports damage.',
      '1. Apologise.\n2. Take details and photos.\n3. Offer a re-clean within 48 hours.',
    ),
    job(
      'cleaning-keys',
      'Keys and access',
      'Leaving keys, door codes, lockbox, alarm codes for the cleaners.',
      'Customer explains how the cleaners get in.',
      '1. Note the access details in the customer file.',
    ),
  ],
};

export const FOURTH_BUSINESSES: readonly RoutingBusiness[] = [
  physio,
  gym,
  daycare,
  internetProvider,
  hotel,
  accounting,
  school,
  cleaning,
];
