import type { RoutableJob } from '../../packages/core/src/routing/index';

/** Jobs as a business would write them in the designer. Sentences live in dataset.ts. */
export interface RoutingBusiness {
  readonly id: string;
  readonly locale: 'en' | 'fr';
  readonly jobs: readonly RoutableJob[];
}

/** One job of a test business, in the order the designer's form asks for its parts. */
export function job(
  id: string,
  name: string,
  description: string,
  trigger: string,
  instructions: string,
): RoutableJob {
  return { id, name, description, trigger, instructions };
}

export const plumbing: RoutingBusiness = {
  id: 'plumbing',
  locale: 'en',
  jobs: [
    job(
      'emergency-leak',
      'Emergency leak',
      'Burst pipes and active water leaks that need a plumber today.',
      'Caller has water leaking or a burst pipe.',
      '1. Ask where the water is coming from.\n2. Tell them to turn off the main stopcock.\n3. Take the address and a phone number.\n4. Transfer to the on-call plumber.',
    ),
    job(
      'blocked-drain',
      'Blocked drain or toilet',
      'Clogged sinks, toilets, showers and outside drains.',
      'Caller reports a blocked or slow drain, sink or toilet.',
      '1. Ask which fixture is blocked.\n2. Ask if water is backing up.\n3. Offer the next available slot.',
    ),
    job(
      'boiler-repair',
      'Boiler and hot water',
      'No heating or no hot water; boiler breakdowns and servicing.',
      'Caller has no hot water, no heating or a faulty boiler.',
      '1. Ask the boiler make and model.\n2. Ask whether any error code is showing.\n3. Book an engineer visit.',
    ),
    job(
      'gas-smell',
      'Gas smell',
      'Any suspected gas leak.',
      'Caller smells gas.',
      '1. Tell them to leave the property and not use switches.\n2. Give the national gas emergency number.\n3. Send an SMS with the number.',
    ),
    job(
      'quote',
      'Quote for new work',
      'Estimates for bathroom fitting, new radiators, kitchen plumbing.',
      'Caller wants a price for installing or renovating.',
      '1. Ask what work they want done.\n2. Ask for photos by email.\n3. Take contact details for a surveyor visit.',
    ),
    job(
      'invoice-question',
      'Invoice question',
      'Questions about a bill already sent.',
      'Caller has a question about a bill or a payment.',
      '1. Ask for the invoice number.\n2. Take a message for the office manager.',
    ),
    job(
      'reschedule-visit',
      'Change a booked visit',
      'Move or cancel a visit already booked.',
      'Caller wants to move or cancel an existing visit.',
      '1. Ask for the booking name and date.\n2. Offer new dates or confirm the cancellation.',
    ),
  ],
};

export const dental: RoutingBusiness = {
  id: 'dental',
  locale: 'fr',
  jobs: [
    job(
      'prise-rdv',
      'Prendre rendez-vous',
      'Nouveau rendez-vous pour un contrôle, un détartrage ou un soin.',
      'Le patient veut un rendez-vous.',
      '1. Demander le nom et la date de naissance.\n2. Demander le motif.\n3. Proposer le premier créneau libre.',
    ),
    job(
      'urgence-dentaire',
      'Urgence dentaire',
      'Douleur forte, dent cassée, abcès, gonflement.',
      'Le patient a mal ou une dent cassée.',
      '1. Demander depuis quand la douleur dure.\n2. Demander s’il y a un gonflement ou de la fièvre.\n3. Proposer le créneau d’urgence du jour.',
    ),
    job(
      'annuler-rdv',
      'Annuler ou déplacer un rendez-vous',
      'Modifier un rendez-vous existant.',
      'Le patient veut annuler ou changer son rendez-vous.',
      '1. Demander le nom et la date du rendez-vous.\n2. Proposer une autre date ou confirmer l’annulation.',
    ),
    job(
      'remboursement',
      'Mutuelle et remboursement',
      'Questions sur les feuilles de soins, la mutuelle et les remboursements.',
      'Le patient pose une question sur un remboursement ou sa mutuelle.',
      '1. Demander le nom de la mutuelle.\n2. Expliquer que la feuille de soins est télétransmise.\n3. Prendre un message pour le secrétariat.',
    ),
    job(
      'devis-implant',
      'Devis prothèse ou implant',
      'Devis pour couronnes, implants, bridges, appareils.',
      'Le patient veut un devis pour un implant ou une prothèse.',
      '1. Demander si un bilan a déjà été fait.\n2. Proposer un rendez-vous de consultation.',
    ),
    job(
      'orthodontie',
      'Orthodontie',
      'Appareils dentaires, aligneurs, suivi orthodontique pour enfants et adultes.',
      'Le patient demande un appareil dentaire ou des aligneurs.',
      '1. Demander l’âge du patient.\n2. Proposer une première consultation avec l’orthodontiste.',
    ),
  ],
};

export const lawFirm: RoutingBusiness = {
  id: 'law',
  locale: 'en',
  jobs: [
    job(
      'new-client',
      'New client consultation',
      'First meeting with a lawyer for a new matter.',
      'Caller is a prospective client wanting legal advice.',
      '1. Ask what area of law the matter concerns.\n2. Run a conflict check on the other party name.\n3. Book a 30-minute consultation.',
    ),
    job(
      'family-law',
      'Family law',
      'Divorce, separation, child custody and maintenance.',
      'Caller is going through divorce or a custody dispute.',
      '1. Ask whether proceedings have started.\n2. Ask whether children are involved.\n3. Transfer to the family team inbox.',
    ),
    job(
      'employment',
      'Employment dispute',
      'Unfair dismissal, workplace discrimination, unpaid wages.',
      'Caller has been dismissed or has a problem with an employer.',
      '1. Ask the date they were dismissed.\n2. Warn that strict time limits apply.\n3. Book a consultation with the employment team.',
    ),
    job(
      'personal-injury',
      'Personal injury claim',
      'Accidents at work, on the road, or slips in public places.',
      'Caller was injured in an accident and wants compensation.',
      '1. Ask when and where the accident happened.\n2. Ask whether they saw a doctor.\n3. Take details for a no-win-no-fee assessment.',
    ),
    job(
      'wills-probate',
      'Wills and probate',
      'Writing a will, power of attorney, dealing with an estate after a death.',
      'Caller wants to make a will or handle an estate.',
      '1. Offer condolences if someone has died.\n2. Ask whether there is an existing will.\n3. Book an appointment with the private client team.',
    ),
    job(
      'case-update',
      'Existing case update',
      'Clients asking about progress on an open file.',
      'Existing client asks for news on their case.',
      '1. Ask for the case reference.\n2. Take a message for the handling solicitor.',
    ),
    job(
      'law-fees',
      'Fees and billing',
      'Questions about costs, retainers and invoices.',
      'Caller asks how much it costs or about an invoice.',
      '1. Explain that the first consultation is fixed fee.\n2. Pass invoice questions to accounts.',
    ),
  ],
};

export const restaurant: RoutingBusiness = {
  id: 'restaurant',
  locale: 'fr',
  jobs: [
    job(
      'reserver-table',
      'Réserver une table',
      'Réservation pour le déjeuner ou le dîner.',
      'Le client veut réserver une table.',
      '1. Demander la date, l’heure et le nombre de personnes.\n2. Vérifier les disponibilités.\n3. Confirmer par SMS.',
    ),
    job(
      'vente-emporter',
      'Commande à emporter',
      'Plats à emporter à récupérer au restaurant.',
      'Le client veut commander à emporter.',
      '1. Prendre la commande plat par plat.\n2. Donner l’heure de retrait.\n3. Envoyer le récapitulatif par SMS.',
    ),
    job(
      'privatisation',
      'Privatisation et groupes',
      'Repas de groupe, anniversaires, séminaires, privatisation de la salle.',
      'Le client organise un événement ou un repas de groupe.',
      '1. Demander le nombre d’invités et la date.\n2. Proposer les menus de groupe.\n3. Transférer au responsable de salle.',
    ),
    job(
      'allergies',
      'Allergies et régimes',
      'Questions sur les allergènes, plats végétariens, sans gluten.',
      'Le client demande si un plat contient un allergène.',
      '1. Demander l’allergie.\n2. Lire la liste des allergènes du plat.',
    ),
    job(
      'annulation-resa',
      'Annuler une réservation',
      'Annuler ou modifier une réservation existante.',
      'Le client veut annuler ou changer sa réservation.',
      '1. Demander le nom de la réservation.\n2. Confirmer l’annulation ou la nouvelle heure.',
    ),
    job(
      'objet-perdu',
      'Objet oublié',
      'Objets oubliés au restaurant.',
      'Le client a oublié ou perdu un objet.',
      '1. Demander la description de l’objet et la date du repas.\n2. Prendre un message pour le responsable.',
    ),
  ],
};

export const itSupport: RoutingBusiness = {
  id: 'it',
  locale: 'en',
  jobs: [
    job(
      'password-reset',
      'Password reset',
      'Locked accounts and forgotten passwords.',
      'Caller cannot log in or forgot their password.',
      '1. Verify identity with the employee ID.\n2. Send a reset link by SMS.',
    ),
    job(
      'network-outage',
      'Internet or network down',
      'No internet, Wi-Fi problems, VPN not connecting.',
      'Caller has no internet or network connection.',
      '1. Ask whether colleagues are affected.\n2. Ask them to restart the router.\n3. Open a priority ticket.',
    ),
    job(
      'printer',
      'Printer problem',
      'Printers not printing, paper jams, scanner issues.',
      'Caller cannot print or scan.',
      '1. Ask for the printer name on the label.\n2. Ask them to check the queue.\n3. Open a ticket.',
    ),
    job(
      'new-equipment',
      'New equipment request',
      'Laptops, monitors, phones and accessories for staff.',
      'Caller wants to order new hardware.',
      '1. Ask for the manager approval.\n2. Take the delivery address.',
    ),
    job(
      'security-incident',
      'Security incident',
      'Phishing emails, viruses, suspicious activity, hacked accounts.',
      'Caller suspects a virus or clicked a suspicious link.',
      '1. Tell them to disconnect from the network.\n2. Transfer to the security team.',
    ),
    job(
      'email-issue',
      'Email problem',
      'Outlook not syncing, mailbox full, emails not arriving.',
      'Caller has trouble sending or receiving email.',
      '1. Ask which device they use.\n2. Check the mailbox size.\n3. Open a ticket.',
    ),
    job(
      'software-install',
      'Software installation',
      'Installing or licensing approved applications.',
      'Caller needs software installed or a licence.',
      '1. Ask the application name.\n2. Check it is on the approved list.\n3. Schedule a remote session.',
    ),
    job(
      'slow-computer',
      'Slow or crashing computer',
      'Computers that freeze, crash or run slowly.',
      'Caller says their computer is slow, freezes or crashes.',
      '1. Ask when it started.\n2. Ask them to restart.\n3. Schedule a remote session.',
    ),
  ],
};

export const garage: RoutingBusiness = {
  id: 'garage',
  locale: 'fr',
  jobs: [
    job(
      'revision',
      'Révision et entretien',
      'Vidange, révision constructeur, entretien courant.',
      'Le client veut faire l’entretien ou la vidange de sa voiture.',
      '1. Demander le modèle et le kilométrage.\n2. Proposer un créneau.',
    ),
    job(
      'panne',
      'Panne et dépannage',
      'Véhicule qui ne démarre plus, voyant allumé, bruit anormal.',
      'Le client a une panne ou un problème mécanique.',
      '1. Demander les symptômes.\n2. Proposer le remorquage si le véhicule est immobilisé.',
    ),
    job(
      'pneus',
      'Pneus',
      'Changement de pneus, crevaison, pneus hiver.',
      'Le client veut changer ses pneus ou a crevé.',
      '1. Demander la dimension des pneus.\n2. Vérifier le stock.\n3. Proposer un créneau de montage.',
    ),
    job(
      'controle-technique',
      'Contrôle technique',
      'Préparation et contre-visite du contrôle technique.',
      'Le client doit passer le contrôle technique ou une contre-visite.',
      '1. Demander la date limite.\n2. Proposer une pré-visite.',
    ),
    job(
      'carrosserie',
      'Carrosserie',
      'Rayures, chocs, pare-chocs, sinistre avec l’assurance.',
      'Le client a un accrochage ou des dégâts de carrosserie.',
      '1. Demander si une déclaration d’assurance est faite.\n2. Demander des photos.\n3. Proposer une expertise.',
    ),
    job(
      'suivi-reparation',
      'Suivi de réparation',
      'Savoir où en est un véhicule déposé au garage.',
      'Le client demande si sa voiture est prête.',
      '1. Demander l’immatriculation.\n2. Prendre un message pour l’atelier.',
    ),
  ],
};

export const BUSINESSES: readonly RoutingBusiness[] = [
  plumbing,
  dental,
  lawFirm,
  restaurant,
  itSupport,
  garage,
];
