import { job, type RoutingBusiness } from './businesses';

/**
 * Businesses for the sixth set (devSixth.ts), written before the router's next round by someone who had not seen the
 * router's code. Kinds none of the other sets use (locksmith, funeral home, driving school, florist, roofer, bicycle
 * shop). Used only to validate what was fitted on the other sets, never to fit. Jobs are written as small businesses
 * write them in the designer: some terse, some wordy, and jobs inside one business close to each other.
 */
export const locksmith: RoutingBusiness = {
  id: 'locksmith',
  locale: 'en',
  jobs: [
    job(
      'locksmith-lockout',
      'Emergency lockout',
      'Locked out of a house, apartment, office or car, 24/7.',
      'Caller is locked out right now.',
      '1. Ask for the address and whether anyone is in danger (child or pet inside, stove on).\n2. Ask what kind of door or vehicle.\n3. Give the $95 call-out fee and an arrival time.\n4. Dispatch the on-call tech.',
    ),
    job(
      'locksmith-rekey',
      'Rekey / change locks',
      'Rekeying or replacing existing locks after a move, lost keys, a break-in, a roommate or tenant leaving.',
      'Caller wants their locks rekeyed or changed so old keys no longer work.',
      '1. Ask how many doors and the brand of the locks if they know it.\n2. Ask if it is urgent (break-in) or can be scheduled.\n3. Book a visit.',
    ),
    job(
      'locksmith-car-keys',
      'Car keys and fobs',
      'Lost car keys, spare keys, remote fobs, transponder programming, key broken off in the ignition.',
      'Caller needs a new or spare key or fob for a vehicle.',
      '1. Get make, model and year.\n2. Ask if they still have one working key.\n3. Quote and book the mobile van.',
    ),
    job(
      'locksmith-install',
      'New lock install',
      'Deadbolts, smart locks, keypads, high-security and commercial hardware, panic bars.',
      'Caller wants new locks or hardware installed.',
      '1. Ask what they want installed and where.\n2. Residential: book an install. Commercial: send to Dave for a site visit and quote.',
    ),
    job(
      'locksmith-safe',
      'Safes',
      'Safe opening, forgotten combinations, dead keypad batteries, safe sales and moving.',
      'Caller cannot open a safe or wants to buy one.',
      '1. Ask brand and size of the safe.\n2. Ask for proof of ownership at the visit.\n3. Book with Ray (safe tech), Tue/Thu only.',
    ),
    job(
      'locksmith-key-copy',
      'Key cutting',
      'Walk-in key duplication at the shop, mailbox keys, restricted keys that need an authorization card.',
      'Caller wants copies of a key made.',
      '1. Tell them it is walk-in, no appointment, Mon–Sat 9–6.\n2. Restricted keys need the card and ID.',
    ),
  ],
};

export const funeralHome: RoutingBusiness = {
  id: 'funeral-home',
  locale: 'fr',
  jobs: [
    job(
      'funeral-deces',
      'Premier appel – décès',
      'Un décès vient de survenir (domicile, hôpital, EHPAD) : prise en charge et transfert du défunt, 24h/24.',
      'L’appelant signale un décès qui vient d’arriver.',
      '1. Présenter nos condoléances.\n2. Demander le nom du défunt, le lieu et si un médecin a signé le certificat de décès.\n3. Prendre le numéro de la famille.\n4. Prévenir le conseiller de permanence.',
    ),
    job(
      'funeral-organisation',
      'Organisation des obsèques',
      'Rendez-vous avec un conseiller pour organiser les funérailles : inhumation ou crémation, cérémonie, cercueil, devis.',
      'L’appelant veut organiser les obsèques d’un proche ou obtenir un devis.',
      '1. Demander si le défunt est déjà pris en charge par nous.\n2. Proposer un rendez-vous à l’agence ou à domicile.\n3. Indiquer les documents à apporter (livret de famille, pièce d’identité).',
    ),
    job(
      'funeral-prevoyance',
      'Contrat obsèques',
      'Prévoir et financer ses propres obsèques à l’avance.',
      'L’appelant veut préparer ses obsèques de son vivant.',
      '1. Envoyer la brochure.\n2. Proposer un rendez-vous sans engagement.',
    ),
    job(
      'funeral-ceremonie',
      'Infos cérémonie et salon',
      'Date, heure et lieu d’une cérémonie ; horaires de visite au funérarium pour se recueillir.',
      'L’appelant veut savoir où et quand a lieu une cérémonie ou venir voir le défunt.',
      '1. Demander le nom du défunt.\n2. Donner les informations publiées par la famille uniquement.\n3. Le funérarium est ouvert de 9h à 18h.',
    ),
    job(
      'funeral-marbrerie',
      'Marbrerie et articles funéraires',
      'Monuments, pierres tombales, gravures, plaques, entretien et ouverture de caveau.',
      'L’appelant a une demande concernant une tombe, un monument ou une plaque.',
      '1. Demander le cimetière et le nom sur la concession.\n2. Transmettre à l’atelier de marbrerie (M. Perrin).',
    ),
    job(
      'funeral-facture',
      'Règlement et facture',
      'Paiement des obsèques, prélèvement sur le compte du défunt, capital décès de la mutuelle, acomptes.',
      'L’appelant a une question sur le paiement ou la facture.',
      '1. Demander le nom du dossier.\n2. Transmettre au secrétariat, rappel sous 48h.',
    ),
  ],
};

export const drivingSchool: RoutingBusiness = {
  id: 'driving-school',
  locale: 'en',
  jobs: [
    job(
      'driving-new-pupil',
      'New pupils',
      'People who want to start learning: prices, block bookings of 10 lessons, manual or automatic, first lesson.',
      'Caller wants to start driving lessons.',
      '1. Ask if they have a provisional licence.\n2. Ask manual or automatic and their postcode.\n3. Give prices (£38/hour, 10 for £350).\n4. Match them with an instructor covering their area.',
    ),
    job(
      'driving-reschedule',
      'Move or cancel a lesson',
      'Existing pupils changing a lesson. 48 hours notice needed or the lesson is charged.',
      'Caller wants to move or cancel a lesson.',
      '1. Ask the pupil name and lesson time.\n2. Check the 48 hours.\n3. Offer a new slot with the same instructor.',
    ),
    job(
      'driving-test',
      'Practical test',
      'Booking the driving test, hiring the instructor car for test day, test date changes, test cancellations list.',
      'Caller asks about the practical driving test.',
      '1. Ask if they already have a test date.\n2. Check the instructor is free that day.\n3. Test day car hire is £120 (includes warm-up lesson).',
    ),
    job(
      'driving-theory',
      'Theory test and provisional licence',
      'Help with the theory test, hazard perception, revision apps, applying for a provisional licence.',
      'Caller has a question about the theory test or their provisional.',
      '1. Point them to the gov.uk pages.\n2. Offer the free revision app login to pupils.',
    ),
    job(
      'driving-refresher',
      'Refresher and Pass Plus',
      'For people who already passed: nervous drivers, motorway lessons, Pass Plus for insurance discounts, foreign licence holders.',
      'Caller already has a licence and wants extra lessons.',
      '1. Ask how long since they drove.\n2. Book a 2-hour assessment lesson.',
    ),
    job(
      'driving-instructor-message',
      'Message for instructor',
      'Pickup address changes, running late, where is my instructor.',
      'Caller needs to get a message to their instructor today.',
      '1. Ask which instructor.\n2. Text the instructor straight away.',
    ),
  ],
};

export const florist: RoutingBusiness = {
  id: 'florist',
  locale: 'fr',
  jobs: [
    job(
      'florist-commande',
      'Commande et livraison',
      'Bouquets et plantes pour une fête, un anniversaire, la Saint-Valentin, une naissance; livraison à Québec et Lévis.',
      'L’appelant veut commander des fleurs ou les faire livrer.',
      '1. Demander l’occasion et le budget.\n2. Prendre l’adresse de livraison et le message de la carte.\n3. Paiement par carte de crédit au téléphone.',
    ),
    job(
      'florist-funerailles',
      'Arrangements funéraires',
      'Couronnes, gerbes, arrangements de sympathie livrés au salon funéraire ou à l’église.',
      'L’appelant veut envoyer des fleurs pour des funérailles.',
      '1. Demander le nom du défunt et le salon funéraire.\n2. Vérifier l’heure de l’exposition pour livrer avant.\n3. Prendre le texte du ruban.',
    ),
    job(
      'florist-mariage',
      'Mariages et événements',
      'Bouquets de mariée, boutonnières, centres de table, décor d’événements corporatifs. Sur consultation seulement.',
      'L’appelant prépare un mariage ou un événement.',
      '1. Demander la date et le nombre d’invités.\n2. Proposer une consultation avec Josée.',
    ),
    job(
      'florist-suivi',
      'Suivi de commande',
      'Où est ma livraison, à quelle heure elle arrive, est-ce que la personne l’a reçue.',
      'L’appelant veut savoir où en est une commande déjà passée.',
      '1. Demander le nom sur la commande.\n2. Vérifier avec le livreur.\n3. Rappeler le client si retard.',
    ),
    job(
      'florist-probleme',
      'Problème avec une commande',
      'Fleurs fanées, bouquet différent de la photo, mauvaise adresse, erreur sur la carte. Remplacement ou crédit.',
      'L’appelant n’est pas satisfait de fleurs reçues ou livrées.',
      '1. S’excuser.\n2. Demander une photo par texto.\n3. Offrir un remplacement; les remboursements passent par Marie-Claude.',
    ),
    job(
      'florist-entreprise',
      'Service aux entreprises',
      'Fleurs hebdomadaires pour bureaux, restaurants, hôtels; compte corporatif et facturation mensuelle.',
      'Une entreprise veut des fleurs régulièrement ou ouvrir un compte.',
      '1. Demander le type d’établissement et la fréquence.\n2. Transférer à Marie-Claude.',
    ),
  ],
};

export const roofing: RoutingBusiness = {
  id: 'roofing',
  locale: 'en',
  jobs: [
    job(
      'roofing-leak',
      'Leak repair',
      'Active leaks, water stains on ceilings, missing flashing, emergency tarping.',
      'Caller has water coming in through the roof.',
      '1. Ask where the water is showing up and since when.\n2. Tell them to put a bucket and move valuables.\n3. If actively leaking, book emergency tarp (same or next day).\n4. Otherwise book a repair inspection.',
    ),
    job(
      'roofing-replacement',
      'New roof quote',
      'Full re-roofs and replacements: asphalt shingles, metal, flat roofs. Free estimates.',
      'Caller wants a price for a new roof.',
      '1. Ask the roof type and approximate age.\n2. Ask for the address.\n3. Book a free estimate with Marco (estimator).\n4. Mention financing is available.',
    ),
    job(
      'roofing-storm',
      'Storm damage / insurance',
      'Shingles blown off by wind, hail damage, tree on the roof. We work with insurance adjusters and provide reports and photos for claims.',
      'Caller has storm damage or needs paperwork for an insurance claim.',
      '1. Ask date of the storm and what is damaged.\n2. Ask if they opened a claim and the claim number.\n3. Book an inspection with photos.',
    ),
    job(
      'roofing-eavestrough',
      'Eavestroughs',
      'Gutter cleaning, repairs, new seamless eavestroughs, downspouts, gutter guards.',
      'Caller asks about eavestroughs or downspouts.',
      '1. Ask clean, repair or new install.\n2. Ask number of storeys.\n3. Book (cleaning season is spring and fall).',
    ),
    job(
      'roofing-snow',
      'Snow and ice removal',
      'Roof snow shovelling, ice dams, heavy icicles (winter only, Dec–Mar).',
      'Caller needs snow or ice taken off a roof.',
      '1. Ask the roof pitch and number of storeys.\n2. Put on the snow route list; $250 minimum.',
    ),
    job(
      'roofing-existing-job',
      'Booked jobs and warranty',
      'Customers with a signed contract asking when the crew comes, about delays, cleanup, or a warranty issue with our work.',
      'Caller is an existing customer asking about their project or warranty.',
      '1. Ask the name and address on the contract.\n2. Check the schedule board.\n3. Warranty problems go to Lisa in the office.',
    ),
  ],
};

export const bikeShop: RoutingBusiness = {
  id: 'bike-shop',
  locale: 'en',
  jobs: [
    job(
      'bike-service',
      'Book a service',
      'Workshop bookings: general service, gear and brake tune-ups, puncture repairs, e-bike motor diagnostics. Drop off before 10am, usually ready in 3–5 days.',
      'Caller wants their bike serviced or repaired.',
      '1. Ask what bike and what is wrong.\n2. Give the service prices (basic $89, full $179).\n3. Book a drop-off day.',
    ),
    job(
      'bike-status',
      'Repair status',
      'Checking whether a bike in the workshop is ready, waiting on parts, or needs approval for extra work.',
      'Caller asks if their bike is ready.',
      '1. Ask the name on the job ticket.\n2. Check the workshop board.\n3. If waiting on approval, give the quote.',
    ),
    job(
      'bike-sales',
      'New bikes',
      'Buying a bike: road, mountain, kids, e-bikes; stock, sizing, test rides, finance.',
      'Caller is looking to buy a bike.',
      '1. Ask what riding they do and their height.\n2. Check stock.\n3. Invite them for a test ride.',
    ),
    job(
      'bike-parts',
      'Parts and accessories',
      'Tubes, tyres, helmets, lights, chains, ordering specific parts.',
      'Caller wants to buy or order a part or accessory.',
      '1. Ask the exact part or size.\n2. Check stock or order from the supplier (2–4 business days).',
    ),
    job(
      'bike-warranty',
      'Warranty and returns',
      'Something bought from us that broke or is faulty: frame cracks, e-bike battery faults, returns and refunds.',
      'Caller has a faulty product or wants to return something.',
      '1. Ask for the receipt or purchase date.\n2. Ask for photos.\n3. Pass to Tom for the manufacturer claim.',
    ),
    job(
      'bike-hire',
      'Hire',
      'Daily and weekend bike hire, e-bike hire, group bookings for the rail trail.',
      'Caller wants to hire a bike.',
      '1. Ask dates and number of riders.\n2. Take a deposit.',
    ),
  ],
};

export const SIXTH_BUSINESSES: readonly RoutingBusiness[] = [
  locksmith,
  funeralHome,
  drivingSchool,
  florist,
  roofing,
  bikeShop,
];
