import { BUSINESSES, type RoutingBusiness } from './businesses';

/** A caller sentence and the job that should take it, or null when no job of the business covers it. */
export interface RoutingSample {
  readonly business: string;
  readonly text: string;
  readonly expected: string | null;
}

/** A business's sentences by the job that should take them (`none`: no job of the business covers them). */
export type Lines = Record<string, readonly string[]>;

/** Flattens sentences grouped by business, then by expected job, into samples. */
export function samplesOfSentences(sentences: Record<string, Lines>): RoutingSample[] {
  return Object.entries(sentences).flatMap(([business, lines]) =>
    Object.entries(lines).flatMap(([expected, texts]) =>
      texts.map((text) => ({ business, text, expected: expected === 'none' ? null : expected })),
    ),
  );
}

// Written as callers speak: hesitations, typos, paraphrase. `none` holds questions no job covers.
const SENTENCES: Record<string, Lines> = {
  plumbing: {
    'emergency-leak': [
      "hi, um, there's water pouring through my kitchen ceiling, can someone come now?",
      'a pipe just burst under the sink and the floor is flooding',
      "I think we've got a leek somewhere, the wall is soaking wet",
      'water is dripping everywhere from the upstairs bathroom, help',
      "yeah hello, the pipe in the garage split open and it's spraying water",
    ],
    'blocked-drain': [
      "my toilet won't flush properly, it's all backed up",
      'the kitchen sink is clogged and the water just sits there',
      'hi, the shower drains really slowly, like takes ages',
      "there's a blockage in the outside drain, it smells awful",
      'the loo is blocked again, third time this month',
    ],
    'boiler-repair': [
      "we've had no hot water since yesterday morning",
      'the boiler keeps showing an error and the radiators are cold',
      'um our heating stopped working, the house is freezing',
      'can you service my boiler? it is making a banging noise',
    ],
    'gas-smell': [
      'I can smell gas in the kitchen, what do I do',
      "there's a strong smell of gas near the cooker",
      'je sens une odeur de gaz dans la cuisine',
    ],
    quote: [
      'how much would it cost to put in a new bathroom?',
      "I'd like an estimate for fitting two radiators",
      "we're renovating the kitchen and need a plumber to price it up",
      'can I get a quote for replacing all the pipework?',
    ],
    'invoice-question': [
      "I got your bill and I think I've been charged twice",
      'question about the invoice you sent last week, the amount seems wrong',
      'I paid already but got a reminder for the payment',
    ],
    'reschedule-visit': [
      "the plumber's coming thursday but I need to move that to next week",
      "I have to cancel tomorrow's visit, something came up",
      'can we push back my appointment to friday?',
    ],
    none: [
      'are you hiring apprentices at the moment?',
      'what time do you close on saturdays?',
      'do you sell garden furniture?',
      'can I speak to someone about my car insurance?',
      "what's the weather like out there today?",
    ],
  },
  dental: {
    'prise-rdv': [
      "bonjour, je voudrais prendre un rendez vous pour un contrôle s'il vous plaît",
      "euh j'aurais besoin d'un détartrage, vous avez de la place la semaine prochaine ?",
      'est-ce que je peux venir pour une visite de contrôle avec ma fille ?',
      "c'est pour un premier rdv, je viens d'emménager dans le quartier",
      'vous avez un créneau jeudi pour un soin ?',
    ],
    'urgence-dentaire': [
      "j'ai une rage de dents depuis hier soir, je n'en peux plus",
      "je me suis cassé une dent en mangeant, c'est urgent",
      "ma joue a gonflé et j'ai super mal à une molaire",
      "bonjour, mon fils s'est cogné et sa dent est cassée",
      "j'ai très mal, je crois que c'est un abcès",
    ],
    'annuler-rdv': [
      "je ne pourrai pas venir à mon rendez-vous de mardi, il faut l'annuler",
      'est-ce que je peux décaler mon rendez vous à la semaine prochaine ?',
      "bonjour, j'avais rendez-vous demain mais j'ai un empêchement",
      "je voudrais changer l'heure de mon rdv si c'est possible",
    ],
    remboursement: [
      "ma mutuelle m'a rien remboursé pour le dernier soin",
      "j'ai pas reçu la feuille de soins, comment je fais pour être remboursée ?",
      'combien la sécu rembourse sur une couronne ?',
    ],
    'devis-implant': [
      "j'aimerais avoir un devis pour un implant",
      'combien coûte une couronne en céramique à peu près ?',
      'il me faudrait un bridge, vous pouvez me faire une estimation ?',
    ],
    orthodontie: [
      'mon fils a les dents de travers, il lui faudrait un appareil',
      'vous faites les aligneurs invisibles pour les adultes ?',
      "c'est pour un suivi orthodontique, on a déménagé",
    ],
    none: [
      'vous êtes ouverts le samedi matin ?',
      "c'est où exactement le cabinet, je trouve pas l'adresse",
      'est-ce que vous recrutez une assistante dentaire ?',
      'vous vendez des brosses à dents électriques ?',
      'je cherche la pharmacie de garde ce soir',
    ],
  },
  law: {
    'new-client': [
      "hi, I've never used a lawyer before and I need some advice",
      "I'd like to speak to a solicitor about a problem with my neighbour",
      'can I book a first meeting about a contract dispute?',
      "I'm looking for legal advise about a business partnership going wrong",
    ],
    'family-law': [
      'my wife and I are splitting up and I need to know where I stand',
      "I'm getting divorced and we can't agree on the kids",
      'my ex wants to stop me seeing my children',
      'I need help with a custody arrangement',
    ],
    employment: [
      'I was let go from my job last week with no warning',
      'my boss fired me after I complained, is that legal?',
      "my employer hasn't paid my wages for two months",
      "I think I'm being discriminated against at work",
    ],
    'personal-injury': [
      'I slipped in a supermarket and broke my wrist',
      'someone rear-ended me at the lights and my neck is hurting',
      'I got hurt at work when a shelf fell on me, can I claim?',
      'I was knocked off my bike by a van last month',
    ],
    'wills-probate': [
      'I want to write a will, how does that work?',
      'my father passed away and we need to sort out his estate',
      "I'd like to set up a power of attorney for my mum",
    ],
    'case-update': [
      "I'm already a client, any news on my file?",
      "hi, I'm calling to see how my case is progressing, reference 4521",
      "I haven't heard from my solicitor in weeks, what's happening with my claim?",
    ],
    'law-fees': [
      'how much do you charge for a consultation?',
      "I've got a question about the invoice you sent me",
      'what are your hourly rates?',
    ],
    none: [
      "where's the nearest place to park near your office?",
      'do you have any vacancies for paralegals?',
      'can you recommend a good accountant?',
      'is this the number for the county court?',
      'I want to order a pizza',
    ],
  },
  restaurant: {
    'reserver-table': [
      'bonsoir, vous auriez de la place pour quatre ce soir vers 20h ?',
      'je voudrais réserver pour samedi midi, on sera deux',
      'est-ce que je peux résever une table en terrasse pour demain ?',
      "c'est pour une résa pour six personnes vendredi",
      'il vous reste une table pour dîner ce soir ?',
    ],
    'vente-emporter': [
      'je voudrais commander deux pizzas à emporter',
      "c'est possible de passer prendre des plats à emporter vers 19h ?",
      'je peux commander pour récupérer sur place dans une demi-heure ?',
      'on voudrait prendre à emporter, le menu du jour pour trois',
    ],
    privatisation: [
      "on organise l'anniversaire de ma mère, on serait une trentaine",
      'vous privatisez la salle pour un séminaire d’entreprise ?',
      'je cherche un restaurant pour un repas de groupe de vingt personnes',
      'pour une fête de départ en retraite, vous faites des menus de groupe ?',
    ],
    allergies: [
      "ma fille est allergique aux arachides, c'est possible de manger chez vous ?",
      'vous avez des plats sans gluten ?',
      'est-ce que la sauce contient des fruits à coque ?',
      'vous proposez des options végétariennes ?',
    ],
    'annulation-resa': [
      'je dois annuler ma réservation de ce soir',
      'on avait réservé pour 4 samedi mais finalement on sera 6, vous pouvez modifier ?',
      'je voudrais décaler ma réservation à 21h au lieu de 20h',
    ],
    'objet-perdu': [
      "j'ai oublié mon écharpe hier soir, vous l'avez retrouvée ?",
      'je crois que j’ai perdu mes clés chez vous ce midi',
      "mon mari a laissé ses lunettes sur la table, est-ce qu'on vous les a rendues ?",
    ],
    none: [
      'vous cherchez un serveur pour cet été ?',
      "c'est quoi le code wifi ?",
      'vous vendez des cartes cadeaux ?',
      'est-ce que la boulangerie d’à côté est ouverte ?',
      'je voudrais parler au propriétaire de l’immeuble',
    ],
  },
  it: {
    'password-reset': [
      "I can't get into my account, it says my password is wrong",
      'I forgot my pasword after the holidays',
      "hi, I'm locked out after too many attempts",
      'my login stopped working this morning',
    ],
    'network-outage': [
      'the wifi in the office is down for everyone',
      "I can't connect to the VPN from home",
      "no internet on my floor since ten o'clock",
      'our network keeps dropping out',
    ],
    printer: [
      "the printer on the second floor won't print anything",
      "there's a paper jam and I can't clear it",
      'the scanner is not sending scans to my email',
      'I send documents to print and nothing comes out',
    ],
    'new-equipment': [
      'I need a second monitor for my desk',
      'my manager said I can get a new laptop, how do I request one?',
      "we've got a new starter next week who needs a phone and a computer",
    ],
    'security-incident': [
      'I clicked on a link in a weird email and now I am worried',
      'I think my computer has a virus, pop-ups keep appearing',
      "someone's sending emails from my account that I didn't write",
    ],
    'email-issue': [
      "outlook isn't syncing on my phone",
      "my mailbox is full and I can't send anything",
      "people say my emails aren't reaching them",
    ],
    'software-install': [
      'can you install Adobe Acrobat on my machine?',
      'I need a licence for Visio please',
      'how do I get Teams installed on my new laptop?',
    ],
    'slow-computer': [
      'my computer is so slow it takes ten minutes to open a file',
      'my PC keeps freezing and then restarting by itself',
      'Excel crashes every time I open a big spreadsheet',
    ],
    none: [
      'where is the canteen?',
      'can I book the meeting room on floor three?',
      'who do I talk to about my payslip?',
      'is the car park open at the weekend?',
      'what time does reception close?',
    ],
  },
  garage: {
    revision: [
      "bonjour, c'est pour faire la vidange de ma clio",
      'ma voiture arrive à 60 000 km, il faudrait faire la révision',
      'vous pouvez faire l’entretien de ma 308 la semaine prochaine ?',
      "j'ai un voyant de vidange qui s'est allumé, je peux passer ?",
    ],
    panne: [
      'ma voiture ne démarre plus ce matin',
      'il y a un bruit bizarre quand je freine',
      'je suis en panne sur le parking du supermarché',
      'le moteur fait un drôle de bruit et ça fume',
    ],
    pneus: [
      "j'ai crevé, il me faut un pneu neuf",
      'je voudrais monter mes pneus hiver',
      "c'est combien pour changer les quatre pneus ?",
    ],
    'controle-technique': [
      'mon contrôle technique expire le mois prochain',
      "j'ai une contre visite à faire, vous pouvez regarder avant ?",
      'il faut que je passe le contrôle technique pour vendre ma voiture',
    ],
    carrosserie: [
      "on m'a rayé la portière sur un parking",
      "j'ai eu un accrochage, le pare-choc est enfoncé",
      "j'ai tapé un poteau en reculant, l’aile est abîmée",
    ],
    'suivi-reparation': [
      "j'ai déposé ma voiture lundi, elle est prête ?",
      'je voulais savoir où vous en êtes avec ma 208',
      'vous pouvez me dire quand je peux récupérer mon véhicule ?',
    ],
    none: [
      'vous vendez des voitures d’occasion ?',
      'vous êtes ouverts entre midi et deux ?',
      'est-ce que vous louez des vélos ?',
      'je cherche un emploi de mécanicien',
      "c'est bien la mairie ?",
    ],
  },
};

export const ROUTING_SAMPLES: readonly RoutingSample[] = samplesOfSentences(
  Object.fromEntries(
    BUSINESSES.map((business: RoutingBusiness) => [business.id, SENTENCES[business.id] ?? {}]),
  ),
);

export { BUSINESSES };
