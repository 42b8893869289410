import { job, type RoutingBusiness } from './businesses';

/**
 * Businesses for the fifth set, a development set for the router (devFifth.ts). Written by someone who had not seen
 * the router's code, before any tuning on it. Kinds none of the other sets use (optician, electrician, pest control,
 * car rental, insurance broker, caterer and event venue), so tuning on it does not tune on the held-out businesses.
 * Jobs are written as small businesses write them in the designer: some terse, some wordy, and jobs inside one
 * business deliberately close to each other (emergency vs quote, eye test vs contact lens fitting, claim vs change).
 */
export const optician: RoutingBusiness = {
  id: 'optician',
  locale: 'en',
  jobs: [
    job(
      'optician-eye-test',
      'Eye test',
      'Routine sight tests for adults and children, NHS or private. Includes the free NHS test for under 16s and over 60s.',
      'Caller wants an eye test or thinks they need new glasses.',
      '1. Ask when their last eye test was.\n2. Ask if they qualify for an NHS test.\n3. Offer the next free slot with an optometrist.',
    ),
    job(
      'optician-contact-lens',
      'Contact lens fitting',
      'First fittings, trial lenses and contact lens aftercare check-ups.',
      'Caller wants to try contact lenses or needs a lens check-up.',
      '1. Ask if they have worn lenses before.\n2. Book a 40 minute fitting or a 20 minute aftercare.',
    ),
    job(
      'optician-lens-reorder',
      'Reorder contact lenses',
      'Repeat orders of dailies/monthlies and our direct debit lens scheme.',
      'Caller wants more of the lenses they already wear.',
      '1. Check the prescription is in date.\n2. Take the order.\n3. Tell them delivery is 3 to 5 working days.',
    ),
    job(
      'optician-repair',
      'Repairs and adjustments',
      'Broken frames, loose arms, missing screws, nose pads, glasses sitting crooked. Free adjustments for any customer, walk in.',
      'Caller has glasses that are broken or do not fit right.',
      '1. Ask what is wrong with the frame.\n2. Tell them adjustments are walk-in.\n3. If the frame is snapped, take the details for a replacement quote.',
    ),
    job(
      'optician-collection',
      'Order ready?',
      'Glasses on order.',
      'Caller asks if their glasses are ready.',
      '1. Ask for the surname.\n2. Check the order status.\n3. Give the collection hours.',
    ),
    job(
      'optician-urgent',
      'Urgent eye problem',
      'Sudden change in vision, flashes, new floaters, a shadow or curtain in the vision, painful red eye, something in the eye. We see these the same day under the minor eye conditions service.',
      'Caller has a sudden problem with their eye or vision.',
      '1. Ask what the symptoms are and since when.\n2. If total loss of vision or a chemical injury, tell them to go to A&E now.\n3. Otherwise book the same-day urgent slot.',
    ),
    job(
      'optician-change-appointment',
      'Move or cancel an appointment',
      'Changes to a booked eye test or lens appointment.',
      'Caller wants to change or cancel their appointment.',
      '1. Find the booking.\n2. Offer another date or cancel.',
    ),
  ],
};

export const electrician: RoutingBusiness = {
  id: 'electrician',
  locale: 'en',
  jobs: [
    job(
      'electrician-emergency',
      'Emergency callout',
      '24/7 emergency service: total power loss, sparking outlets, burning smell, exposed or damaged wires, water near electrics. After-hours rate applies.',
      'Caller has a dangerous electrical problem or no power.',
      '1. If they smell burning or see smoke, tell them to shut off the main breaker and call 911 if there is fire.\n2. Ask if the neighbors have power (utility outage).\n3. Take the address.\n4. Page the on-call electrician.',
    ),
    job(
      'electrician-repair',
      'Repair visit',
      'Non-urgent fixes: dead outlets, flickering lights, a breaker that trips, switches that stopped working, GFCI issues.',
      'Caller has something electrical that stopped working but is not dangerous.',
      '1. Ask what is not working.\n2. Ask how old the house is.\n3. Book the next regular slot.',
    ),
    job(
      'electrician-quote',
      'Estimate for new work',
      'Panel upgrades, EV chargers, new circuits and outlets, remodel and addition wiring, recessed lighting, ceiling fans, hot tub hookups.',
      'Caller wants a price for installing or upgrading something.',
      '1. Ask what they want installed.\n2. Ask for photos of the panel.\n3. Schedule a free estimate visit.',
    ),
    job(
      'electrician-inspection',
      'Inspections',
      'Electrical inspections for home purchases and sales, insurance, permits and code compliance.',
      'Caller needs an inspection or a certificate.',
      '1. Ask why they need the inspection (sale, insurance, permit).\n2. Ask the square footage.\n3. Book an inspector.',
    ),
    job(
      'electrician-generator',
      'Generators',
      'Standby generator installs, transfer switches, annual generator maintenance.',
      'Caller asks about a generator.',
      '1. Ask if they already have a generator.\n2. Book maintenance or an estimate.',
    ),
    job(
      'electrician-billing',
      'Billing',
      'Invoices, payments, financing.',
      'Caller has a question about a bill.',
      '1. Ask for the invoice number.\n2. Take a message for the office.',
    ),
    job(
      'electrician-reschedule',
      'Reschedule',
      'Move or cancel a booked visit.',
      'Caller wants to change their appointment time.',
      '1. Find the job.\n2. Offer another window.',
    ),
  ],
};

export const pestControl: RoutingBusiness = {
  id: 'pest-control',
  locale: 'fr',
  jobs: [
    job(
      'nuisibles-rongeurs',
      'Dératisation',
      'Rats, souris, surmulots dans la maison, la cave, les combles ou le jardin.',
      'La personne a des rats ou des souris.',
      '1. Demander où les rongeurs ont été vus.\n2. Demander s’il y a des enfants ou des animaux.\n3. Proposer un passage du technicien.',
    ),
    job(
      'nuisibles-insectes',
      'Désinsectisation',
      'Punaises de lit, cafards, blattes, puces, fourmis. Traitement par pulvérisation ou à la vapeur, deux passages.',
      'La personne a des insectes chez elle.',
      '1. Demander quel insecte et depuis quand.\n2. Expliquer la préparation du logement.\n3. Proposer deux dates de passage.',
    ),
    job(
      'nuisibles-guepes',
      'Guêpes et frelons',
      'Destruction de nids de guêpes, frelons asiatiques, intervention sous 24h.',
      'La personne a un nid de guêpes ou de frelons.',
      '1. Demander où se trouve le nid et à quelle hauteur.\n2. Conseiller de ne pas s’approcher.\n3. Réserver une intervention sous 24h.',
    ),
    job(
      'nuisibles-contrat-pro',
      'Contrat professionnel',
      'Contrats annuels pour restaurants, commerces, syndics et bailleurs : visites régulières, registre HACCP.',
      'Un professionnel veut un contrat d’entretien.',
      '1. Demander le type d’établissement et la surface.\n2. Transmettre au commercial pour un devis.',
    ),
    job(
      'nuisibles-garantie',
      'Suivi et garantie',
      'Le client a déjà eu une intervention et les nuisibles sont revenus ou n’ont pas disparu. Repassage gratuit sous garantie (3 mois).',
      'Le client a encore des nuisibles après notre traitement.',
      '1. Demander la date de l’intervention.\n2. Vérifier la garantie.\n3. Planifier un repassage.',
    ),
    job(
      'nuisibles-rdv',
      'Modifier un rendez-vous',
      'Décaler ou annuler.',
      'Le client veut changer la date de l’intervention.',
      '1. Retrouver le rendez-vous.\n2. Proposer une autre date.',
    ),
  ],
};

export const carRental: RoutingBusiness = {
  id: 'car-rental',
  locale: 'en',
  jobs: [
    job(
      'rental-book',
      'New reservation',
      'Book a car, SUV, minivan or pickup. Airport and downtown locations.',
      'Caller wants to rent a vehicle.',
      '1. Ask pick-up location, dates and times.\n2. Ask the vehicle class.\n3. Quote the rate and take a credit card.',
    ),
    job(
      'rental-modify',
      'Change or cancel a reservation',
      'Change dates, location or vehicle class on a reservation that has not started yet, or cancel it.',
      'Caller wants to change or cancel a booking they made.',
      '1. Ask for the confirmation number.\n2. Make the change or cancel.\n3. Email the new confirmation.',
    ),
    job(
      'rental-extend',
      'Extend a rental',
      'Customer already has the car and wants to keep it longer or return it at a different branch.',
      'Caller wants to keep their rental car longer.',
      '1. Ask for the rental agreement number.\n2. Check availability.\n3. Tell them the new return date and rate.',
    ),
    job(
      'rental-roadside',
      'Roadside assistance and accidents',
      'Breakdowns, flat tires, lockouts, dead battery, accidents with a rental car. 24/7.',
      'Caller has a problem with the car while on the road.',
      '1. Ask if anyone is hurt; if so, tell them to call 911.\n2. Get the location and agreement number.\n3. Transfer to roadside assistance.',
    ),
    job(
      'rental-charges',
      'Charges and deposits',
      'Questions about the final bill: damage charges, fuel, tolls, tickets, kilometre overage, deposit hold not released.',
      'Caller disputes a charge or is waiting for a deposit refund.',
      '1. Ask for the agreement number.\n2. Take the details of the charge.\n3. Open a ticket with the billing team (5 business days).',
    ),
    job(
      'rental-lost-item',
      'Lost and found',
      'Items left in a returned car.',
      'Caller forgot something in the car.',
      '1. Ask what was left and which car.\n2. Check with the branch.',
    ),
  ],
};

export const insuranceBroker: RoutingBusiness = {
  id: 'insurance-broker',
  locale: 'fr',
  jobs: [
    job(
      'courtier-soumission',
      'Soumission',
      'Nouvelle soumission en assurance auto, habitation, condo ou locataire. On magasine auprès de plusieurs assureurs.',
      'La personne veut un prix pour s’assurer chez nous.',
      '1. Demander le type d’assurance.\n2. Demander l’assureur actuel et la date de renouvellement.\n3. Transférer à un courtier.',
    ),
    job(
      'courtier-reclamation',
      'Réclamation',
      'Déclarer un sinistre : accident d’auto, vol, dégât d’eau, incendie, bris de vitre.',
      'Le client a eu un sinistre et veut réclamer.',
      '1. Demander le numéro de police.\n2. Demander la date et ce qui est arrivé.\n3. Donner le numéro de réclamation 24h de l’assureur.',
    ),
    job(
      'courtier-modification',
      'Modification de police',
      'Changement d’adresse, nouveau véhicule, ajout ou retrait d’un conducteur, rénovations, nouvelle protection.',
      'Le client veut changer quelque chose à son contrat.',
      '1. Demander le numéro de police.\n2. Noter le changement et la date d’effet.\n3. Avertir que la prime peut changer.',
    ),
    job(
      'courtier-renouvellement',
      'Renouvellement et annulation',
      'Questions sur l’avis de renouvellement, hausse de prime, ou annulation d’une police.',
      'Le client a reçu son renouvellement ou veut annuler.',
      '1. Demander le numéro de police.\n2. Proposer de remagasiner.\n3. Si annulation, demander la date et envoyer le formulaire.',
    ),
    job(
      'courtier-attestation',
      'Preuve d’assurance',
      'Attestations, certificats pour le prêteur hypothécaire, le propriétaire ou le concessionnaire, carte d’assurance auto (carte rose).',
      'Le client a besoin d’une preuve d’assurance.',
      '1. Demander à qui l’envoyer.\n2. Envoyer par courriel le jour même.',
    ),
    job(
      'courtier-paiement',
      'Paiement',
      'Prélèvements, retards, changer le compte bancaire.',
      'Question sur un paiement.',
      '1. Vérifier le dossier.\n2. Transférer à la comptabilité.',
    ),
    job(
      'courtier-entreprise',
      'Assurance entreprise',
      'Responsabilité civile, biens commerciaux, assurance de travailleurs autonomes et de flottes de véhicules.',
      'Un entrepreneur veut assurer son entreprise.',
      '1. Demander le type d’entreprise et le chiffre d’affaires.\n2. Transférer au courtier commercial.',
    ),
  ],
};

export const caterer: RoutingBusiness = {
  id: 'caterer',
  locale: 'en',
  jobs: [
    job(
      'caterer-venue-enquiry',
      'Venue hire enquiry',
      'Weddings, birthdays, christenings, wakes and corporate events in our barn (up to 150 seated). Availability, packages, pricing, viewings.',
      'Caller wants to hold an event at our venue.',
      '1. Ask the date, type of event and number of guests.\n2. Check the diary.\n3. Offer a viewing and email the brochure.',
    ),
    job(
      'caterer-outside-catering',
      'Outside catering',
      'We bring the food to you: office lunches, buffets, hog roasts, canapés, garden parties.',
      'Caller wants food delivered or served at their own place.',
      '1. Ask the date, location and headcount.\n2. Ask about dietary requirements.\n3. Send a quote within 48 hours.',
    ),
    job(
      'caterer-tasting',
      'Menu tasting',
      'Tastings for couples and clients who have already booked.',
      'A booked client wants to try the menu.',
      '1. Check the event is booked.\n2. Offer a Thursday evening tasting slot.',
    ),
    job(
      'caterer-event-changes',
      'Changes to a booked event',
      'Final numbers, menu changes, dietary requirements and allergies, table plans, timings on the day. Final numbers are due 14 days before.',
      'Client wants to change details of an event already booked.',
      '1. Find the booking.\n2. Note the change.\n3. Remind them of the 14 day deadline for numbers.',
    ),
    job(
      'caterer-payments',
      'Deposits and payments',
      'Deposit, balance, invoices, refunds of the damage bond.',
      'Caller has a question about paying.',
      '1. Ask for the booking name.\n2. Take a message for the accounts team.',
    ),
    job(
      'caterer-postpone-cancel',
      'Postpone or cancel',
      'Moving an event to another date or cancelling it. Deposit is non-refundable but can be moved once.',
      'Client needs to move or cancel their event.',
      '1. Find the booking.\n2. Explain the deposit terms.\n3. Offer available dates.',
    ),
  ],
};

export const FIFTH_BUSINESSES: readonly RoutingBusiness[] = [
  optician,
  electrician,
  pestControl,
  carRental,
  insuranceBroker,
  caterer,
];
