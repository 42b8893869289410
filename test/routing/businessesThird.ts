import type { RoutableJob } from '../../packages/core/src/routing/index';
import type { RoutingBusiness } from './businesses';

/**
 * Businesses of kinds the router has never seen (none of plumbing, dental, law, restaurant, IT or garage), for the
 * third held-out set. Jobs are written as small businesses write them in the designer: some terse, some wordy.
 */
function job(
  id: string,
  name: string,
  description: string,
  trigger: string,
  instructions: string,
): RoutableJob {
  return { id, name, description, trigger, instructions };
}

export const vetClinic: RoutingBusiness = {
  id: 'vet',
  locale: 'en',
  jobs: [
    job(
      'vet-appointment',
      'Book an appointment',
      'Checkups, vaccinations, sick pets.',
      'Client wants to bring their pet in.',
      '1. Ask the pet name, species and age.\n2. Ask what the visit is for.\n3. Offer the next slot with any vet.',
    ),
    job(
      'vet-emergency',
      'Emergency',
      'Animal hit by a car, poisoning (chocolate, rat bait, lilies), not breathing, heavy bleeding, collapse, bloated belly, difficult birth.',
      'Pet is seriously injured, poisoned or in distress and needs to be seen right now.',
      '1. Tell them to come straight in.\n2. Ask roughly how long they will be.\n3. Warn the duty vet.',
    ),
    job(
      'inpatient-update',
      'Update on hospitalised pet',
      'Owners calling about a pet that stayed in after surgery or is on a drip with us.',
      'Owner asks how their pet is doing after an operation or when it can go home.',
      '1. Ask the pet name and surname of owner.\n2. Take a message for the nurse looking after the pet; nurses call back before 4pm.',
    ),
    job(
      'lab-results',
      'Test results',
      'blood tests, urine, biopsies',
      'results',
      'Take name + number. Vet will call back. Never read results over the phone.',
    ),
    job(
      'prescription-refill',
      'Repeat prescription',
      'Repeat medication for ongoing conditions, flea and worming treatment, prescription diets.',
      'Client needs more of their pet’s medication or food.',
      '1. Ask the pet name and the medicine.\n2. Check the pet was seen in the last 6 months.\n3. Tell them it is ready in 48 hours.',
    ),
    job(
      'boarding',
      'Cat boarding',
      'We board cats only (no dogs). Max 3 weeks. Vaccinations must be up to date.',
      'Someone wants to leave their cat with us while they are away.',
      '1. Ask the dates.\n2. Check vaccination status.\n3. Book the pen.',
    ),
    job(
      'vet-billing',
      'Bills and pet insurance',
      'Invoices, payment plans, insurance claim forms.',
      'Client asks about a bill or needs an insurance claim form filled in.',
      '1. Ask the pet name and the insurer.\n2. Claim forms take 5 working days.\n3. Pass payment plans to the practice manager.',
    ),
  ],
};

export const hairSalon: RoutingBusiness = {
  id: 'salon',
  locale: 'fr',
  jobs: [
    job(
      'rdv-coiffure',
      'Prise de RDV',
      'coupe, couleur, mèches, brushing, barbe',
      'rdv',
      'Demander la prestation et si la personne a une coiffeuse préférée. Proposer un créneau.',
    ),
    job(
      'annuler-rdv-salon',
      'Annulation / report',
      'Annuler ou décaler un rendez-vous déjà pris.',
      'La cliente veut annuler ou changer l’heure de son rendez-vous.',
      '1. Demander le nom et l’heure du rendez-vous.\n2. Prévenir moins de 24 h avant : l’acompte est perdu.',
    ),
    job(
      'tarifs-salon',
      'Tarifs',
      'Prix des prestations. Les tarifs dépendent de la longueur des cheveux.',
      'Le client demande combien coûte une prestation.',
      '1. Demander la longueur des cheveux.\n2. Donner la fourchette de prix.',
    ),
    job(
      'mariage',
      'Coiffure de mariée et événements',
      'Chignons, coiffures de mariage, essai avant le jour J, déplacement à domicile le jour de la cérémonie.',
      'La personne se marie ou prépare un événement et veut une coiffure spéciale.',
      '1. Demander la date de l’événement et le nombre de personnes à coiffer.\n2. Proposer un essai.\n3. Transférer à Sandrine.',
    ),
    job(
      'reclamation-salon',
      'Client pas content',
      'Couleur ratée, coupe trop courte, réaction au produit. Retouche gratuite sous 7 jours.',
      'Le client n’est pas satisfait de sa prestation.',
      '1. S’excuser.\n2. Demander la date de la prestation et avec qui.\n3. Proposer une retouche gratuite ou transférer à la gérante.',
    ),
    job(
      'produits',
      'Produits',
      'Vente de shampoings, soins, sprays. On peut mettre de côté.',
      'Le client veut acheter ou mettre de côté un produit.',
      '1. Demander le nom du produit.\n2. Vérifier le stock.\n3. Le mettre de côté 1 semaine.',
    ),
  ],
};

export const propertyManagement: RoutingBusiness = {
  id: 'property',
  locale: 'en',
  jobs: [
    job(
      'repair-request',
      'Repair request',
      'Non-urgent repairs in a unit: appliances, dripping taps, broken blinds, doors that stick, mould.',
      'Tenant reports something in their apartment that needs fixing.',
      '1. Ask the unit number.\n2. Ask what is broken and since when.\n3. Create a work order; maintenance will call within 2 business days.',
    ),
    job(
      'emergency-repair',
      'Emergency maintenance',
      'Flooding, no heat in winter, gas smell, sparking outlets, locked out, broken front door or window after a break-in.',
      'Tenant has an urgent problem that makes the unit unsafe or unliveable.',
      '1. If gas or fire: tell them to get out and call 911.\n2. Take the unit number.\n3. Page the on-call super.',
    ),
    job(
      'rent',
      'Rent and payments',
      'Paying rent, late fees, receipts, setting up pre-authorised payments.',
      'Tenant has a question about paying rent or a fee.',
      '1. Ask the unit number.\n2. Explain the portal.\n3. Pass disputes on late fees to accounting.',
    ),
    job(
      'viewing',
      'Book a viewing',
      'Prospective tenants who want to see an available apartment.',
      'Caller is looking for a place to rent and wants to visit a unit.',
      '1. Ask which listing.\n2. Ask move-in date and number of occupants.\n3. Book a showing.',
    ),
    job(
      'lease-end',
      'Lease renewal or moving out',
      'Renewing a lease, giving notice, getting the security deposit back.',
      'Tenant wants to renew, give notice or asks about their deposit.',
      '1. Ask the unit and lease end date.\n2. Notice must be 60 days in writing.\n3. Deposit is returned within 30 days after move-out inspection.',
    ),
    job(
      'neighbour-complaint',
      'Complaint about another tenant',
      'Noise, smoking in common areas, parking spots taken, dogs.',
      'Tenant complains about a neighbour.',
      '1. Take the details and dates.\n2. Tell them we will send a written notice.\n3. Do not give out the other tenant’s name.',
    ),
    job(
      'manager',
      'Speak to the property manager',
      'Caller wants Dana (property manager) personally.',
      'Caller asks for the manager.',
      'Transfer to Dana. If no answer, take a message.',
    ),
  ],
};

export const hvacQuebec: RoutingBusiness = {
  id: 'hvac',
  locale: 'fr',
  jobs: [
    job(
      'panne-chauffage',
      'Panne de chauffage',
      'Fournaise, thermopompe ou chaudière qui ne chauffe plus. Priorité en hiver.',
      'Le client n’a plus de chauffage ou son système fait une erreur.',
      '1. Demander le type d’appareil (fournaise au gaz, électrique, thermopompe).\n2. Demander s’il y a des enfants ou des personnes âgées.\n3. Envoyer le technicien de garde.',
    ),
    job(
      'clim',
      'Climatisation',
      'Air climatisé ou thermopompe qui ne refroidit plus, qui coule ou qui gèle.',
      'Le client a un problème avec sa clim.',
      '1. Demander la marque.\n2. Vérifier le filtre avec le client.\n3. Proposer un rendez-vous.',
    ),
    job(
      'entretien',
      'Entretien annuel',
      'Inspection et nettoyage annuel de fournaise, thermopompe, échangeur d’air. Contrat d’entretien.',
      'Le client veut faire entretenir son système.',
      '1. Demander l’appareil et la date du dernier entretien.\n2. Proposer un rendez-vous au printemps ou à l’automne.',
    ),
    job(
      'soumission',
      'Soumission installation',
      'Soumission pour installer ou remplacer une thermopompe, une fournaise, un climatiseur mural. On aide avec les subventions (LogisVert, Chauffez vert).',
      'Le client veut un prix pour un nouvel appareil.',
      '1. Demander la superficie de la maison.\n2. Demander le système actuel.\n3. Planifier une visite d’évaluation gratuite.',
    ),
    job(
      'gaz-co',
      'Odeur de gaz ou alarme CO',
      'Odeur de gaz, détecteur de monoxyde de carbone qui sonne.',
      'Le client sent le gaz ou son détecteur de CO sonne.',
      '1. Dire de sortir de la maison immédiatement et d’appeler le 911.\n2. Ne rien allumer.\n3. Envoyer un SMS avec le numéro d’Énergir.',
    ),
    job(
      'suivi-technicien',
      'Suivi de rendez-vous',
      'Le client attend le technicien ou veut confirmer l’heure de sa visite.',
      'Le client demande quand le technicien va arriver.',
      '1. Demander le nom et l’adresse.\n2. Vérifier l’horaire du technicien.\n3. Donner l’heure d’arrivée estimée.',
    ),
    job(
      'facture-hvac',
      'Facture',
      'Facture, paiement, financement.',
      'Question sur une facture.',
      'Prendre le numéro de facture. Transférer à la comptabilité.',
    ),
  ],
};

export const pharmacy: RoutingBusiness = {
  id: 'pharmacy',
  locale: 'fr',
  jobs: [
    job(
      'ordonnance',
      'Préparer une ordonnance',
      'Le patient envoie ou dépose son ordonnance à préparer, ou demande si elle est prête.',
      'Le patient veut faire préparer son ordonnance ou savoir si elle est prête.',
      '1. Demander le nom et la date de naissance.\n2. Demander de l’envoyer par l’appli ou par mail.\n3. Donner l’heure à laquelle elle sera prête.',
    ),
    job(
      'dispo-medicament',
      'Médicament disponible ?',
      'Savoir si un médicament est en stock, ruptures, commande pour le lendemain.',
      'Le patient demande si vous avez un médicament.',
      '1. Demander le nom exact et le dosage.\n2. Vérifier le stock.\n3. Proposer de le commander (livré le lendemain matin).',
    ),
    job(
      'conseil',
      'Question au pharmacien',
      'Posologie, effets indésirables, interactions, oubli de prise, grossesse et allaitement.',
      'Le patient a une question sur un traitement.',
      'Transférer au pharmacien. S’il est occupé, prendre le numéro : rappel dans l’heure.',
    ),
    job(
      'vaccination',
      'Vaccins et tests',
      'Vaccin grippe, covid, tétanos. Test angine, test covid.',
      'vaccin ou test',
      '1. Demander l’âge.\n2. Proposer un créneau (mardi et jeudi après-midi).',
    ),
    job(
      'garde',
      'Pharmacie de garde',
      'Nuit, dimanche, jours fériés.',
      'Le patient cherche une pharmacie ouverte la nuit ou le dimanche.',
      'Donner le 3237 et envoyer le numéro par SMS.',
    ),
    job(
      'materiel-medical',
      'Location de matériel médical',
      'Fauteuil roulant, béquilles, lit médicalisé, tire-lait, déambulateur. Sur ordonnance remboursé.',
      'Le patient veut louer ou acheter du matériel médical.',
      '1. Demander le matériel et la durée.\n2. Demander s’il y a une ordonnance.\n3. Proposer la livraison à domicile.',
    ),
  ],
};

export const movingCompany: RoutingBusiness = {
  id: 'moving',
  locale: 'en',
  jobs: [
    job(
      'moving-quote',
      'Get a moving estimate',
      'Local and long-distance moves. Price depends on volume, distance, floors and stairs. Free in-home or video survey.',
      'Caller is planning a move and wants to know the price or book a move.',
      '1. Ask from where to where and the date.\n2. Ask the number of bedrooms.\n3. Book a free survey.',
    ),
    job(
      'change-move',
      'Change or cancel a move',
      'Move the date or cancel. Free up to 7 days before.',
      'Customer wants to change the date of a booked move or cancel it.',
      '1. Ask the booking number.\n2. Check crew availability on the new date.\n3. Explain the cancellation fee inside 7 days.',
    ),
    job(
      'crew-eta',
      'Moving day — crew ETA',
      'On the day: where is the truck, crew late, delivery time at the new address.',
      'Customer asks when the movers will arrive.',
      '1. Ask the booking number.\n2. Call the crew lead.\n3. Give an updated arrival time.',
    ),
    job(
      'damage-claim',
      'Damage claim',
      'Furniture scratched or broken, items missing after the move, damage to walls or floors.',
      'Customer says something was damaged or lost during the move.',
      '1. Ask for photos.\n2. Claims must be made within 30 days.\n3. Email the claim form.',
    ),
    job(
      'storage',
      'Storage',
      'Short and long-term storage in our warehouse.',
      'Caller needs to store furniture or belongings.',
      '1. Ask how much stuff and for how long.\n2. Give the monthly price per vault.',
    ),
    job(
      'packing',
      'Packing service & boxes',
      'We sell boxes, tape and wardrobe boxes, and can pack everything for you the day before.',
      'Caller wants boxes or wants us to pack.',
      '1. Ask what they need.\n2. Boxes are delivered free with a booked move.',
    ),
  ],
};

export const THIRD_BUSINESSES: readonly RoutingBusiness[] = [
  vetClinic,
  hairSalon,
  propertyManagement,
  hvacQuebec,
  pharmacy,
  movingCompany,
];
