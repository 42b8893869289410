import { type Lines, type RoutingSample, samplesOfSentences } from './dataset';

/**
 * A fifth development set for the router, over businesses none of the other sets use (businessesFifth.ts). Written by
 * someone who had not seen the router's code, before any tuning on it, as callers talk: they describe their situation
 * rather than name the service, with filler, small talk, complaints, typos, Québec and France French.
 * `none` holds requests no job of the business covers, some of them in the same domain.
 */
const SENTENCES: Record<string, Lines> = {
  optician: {
    'optician-eye-test': [
      "hiya, I've been getting headaches reading and I think my eyes might have got worse, can someone have a look?",
      "my son's teacher says he's squinting at the board, can you check him ovr",
      "yeah hi so um, it's been about three years since I last had them checked, I'm probably overdue",
    ],
    'optician-contact-lens': [
      "I'm fed up with my glasses steaming up under my mask, I'd like to try lenses instead",
      "I've worn lenses for years but I've never had them looked at since moving here, do I need to come in for a check?",
      'my daughter wants to try contacts for netball, is she old enough and how does it work?',
    ],
    'optician-lens-reorder': [
      "I'm down to my last two pairs of dailies, can I get another three months' worth sent out",
      "it's Margaret Hughes, same lenses as last time please, the monthly ones",
      'my direct debit for the lenses went out but the box never came, can you send them?',
    ],
    'optician-repair': [
      'I sat on my glases, one of the arms has come right off',
      "my specs keep slipping down my nose and they're sitting wonky, can someone tighten them",
      "a little screw fell out of the hinge, I've got it in an envelope, can you put it back in?",
    ],
    'optician-collection': [
      'hi, just checking whether my new pair has come in yet, name is Patel',
      'you said ten days for my varifocals and that was two weeks ago...',
      "I got a text saying something's ready for me but it didn't say what, is it my glasses?",
    ],
    'optician-urgent': [
      "I've suddenly got loads of black dots floating about in my left eye and some flashing at the edges",
      "my eye's gone really red and it's killing me, I can barely open it",
      "it's like a grey curtain coming down over part of what I can see, started this morning",
    ],
    'optician-change-appointment': [
      "I'm booked in Tuesday at half ten but I've got to work now, have you got anything later in the week?",
      "can you take me off for Friday, I'll ring back when I know my shifts",
      'hello, Jean Robinson, I need to move my lens check to a different day please',
    ],
    none: [
      'do you do hearing tests as well? my husband is getting a bit deaf',
      'is there parking near the shop or do I have to use the multi-storey',
      "hi, I'm calling about the optical assistant job advertised on Indeed",
      'hello, can I speak to the owner about your card machine rates, we can save you money',
      'is this the GP surgery? I need a repeat prescription for my blood pressure',
    ],
  },
  electrician: {
    'electrician-emergency': [
      'half the house went dark when I plugged in the kettle and now there is a burning smell from the panel',
      "the outlet in the kitchen literally threw sparks and there's a black mark on the wall, what do I do",
      "hi so our whole place has no power but the neighbors are fine, and it's ten at night with a newborn",
    ],
    'electrician-repair': [
      "a couple of outlets in the bedroom just don't do anything anymore, nothing sparking, they're just dead",
      'the lights in the living room flicker every time the AC kicks on, it is driving me nuts',
      "the bathroom plug with the little test button won't reset, my wife can't use her hair dryer",
    ],
    'electrician-quote': [
      "we're getting a Tesla next month and I need something in the garage to charge it, how much would that run",
      "we're finishing the basement and need the wiring done, can someone come out and give us a number",
      "I want to swap the old fluorescent fixtures in the kitchen for can lights, what's that gonna cost me",
    ],
    'electrician-inspection': [
      "we're closing on a house in two weeks and the lender wants someone to sign off on the wiring",
      'my home insurance company says they need the knob and tube checked before they renew',
      "the city won't close out my permit until somebody looks at the new circuit",
    ],
    'electrician-generator': [
      'we lost power for four days during the ice storm and never again, can you put in one of those backup units',
      "our Generac is throwing a yellow light, it's due for its yearly service anyway",
      'can you hook up a transfer switch so I can plug my portable into the house?',
    ],
    'electrician-billing': [
      "I got charged twice for the job you did last Thursday, it's on my Visa two times",
      'hey, Tom from the work on Maple Street, can I pay the balance over the phone?',
      "the invoice says three hours but your guy was here forty minutes, I'd like someone to explain that",
    ],
    'electrician-reschedule': [
      'your tech is supposed to come Wednesday morning but I have a doctor thing, can we do the afternoon?',
      "we've decided to hold off for now, please take us off the schedule for Monday",
      'can I push the visit back a week, my contractor is not done with the drywall',
    ],
    none: [
      'my water heater is leaking all over the floor, do you guys do plumbing?',
      "I'm an apprentice, two years in, are you looking for anybody?",
      'when do you close today?',
      "hi, this is Rachel from SolarBright, I'd love to talk to the owner about a partnership",
      'is this Ray? he owes me money for the truck',
    ],
  },
  'pest-control': {
    'nuisibles-rongeurs': [
      'bonjour, j’entends gratter dans le plafond toutes les nuits, je pense que c’est des bestioles dans les combles',
      'y a des crottes partout dans le placard de la cuisine et le paquet de riz est rongé',
      'ma voisine a vu un gros rat sortir de notre cave, j’ai deux petits et un chat, vous pouvez venir ?',
      'euh oui bonjour, on a des souris dans le garage depuis qu’il fait froid',
    ],
    'nuisibles-insectes': [
      'je me réveille plein de piqûres tous les matins et j’ai trouvé des petites bêtes dans les coutures du matelas',
      'il y a des blattes qui sortent de derrière le frigo dès qu’on allume la lumière, c’est dégueulasse',
      'le chien a ramené des puces, maintenant c’est toute la maison, même nous on se fait piquer',
    ],
    'nuisibles-guepes': [
      'y a un nid énorme sous le toit, ça rentre et ça sort sans arrêt, et c’est des frelons asiatiques je crois',
      'on s’est fait piquer deux fois dans le jardin, il y a un trou dans le mur d’où ça sort',
      'bonjour, les guêpes ont fait leur nid dans le cabanon, la petite est allergique, c’est urgent',
    ],
    'nuisibles-contrat-pro': [
      'je suis gérant d’un restaurant rue de la République, il nous faut un prestataire pour les passages réguliers, l’inspection sanitaire l’a demandé',
      'bonjour, je gère trois immeubles pour un syndic et on voudrait quelqu’un à l’année pour les caves',
      'on ouvre une boulangerie en septembre, vous faites des formules pour les commerces ?',
    ],
    'nuisibles-garantie': [
      'vous êtes passés il y a trois semaines pour les punaises et j’en ai encore retrouvé hier soir',
      'le technicien a mis des boîtes partout mais les souris sont toujours là, ça sert à rien',
      'bonjour c’est Mme Lefèvre, vous avez traité l’appartement en mai, elles sont revenues, c’est garanti non ?',
    ],
    'nuisibles-rdv': [
      'vous deviez venir jeudi mais je serai pas là, on peut voir pour la semaine d’après ?',
      'bonjour, finalement je préfère annuler le passage de lundi, mon proprio s’en occupe',
      'c’est possible d’avancer l’intervention à demain matin plutôt que vendredi ?',
    ],
    none: [
      'vous faites aussi le ramonage de cheminée ?',
      'les pigeons font leur nid sous le toit, vous posez des pics anti-pigeons ?',
      'je cherche un poste de technicien applicateur, vous recrutez ?',
      'allô ? c’est pas le cabinet vétérinaire ?',
      'bonjour, je vous appelle de la part d’Engie pour vos contrats d’électricité professionnels',
      'vous êtes ouverts le samedi matin ?',
    ],
  },
  'car-rental': {
    'rental-book': [
      "hi, I'm flying into Pearson on the 12th and I'll need something for about a week",
      "we're moving my daughter to university, do you have a minivan or something big for the weekend?",
      'how much would it be for a small car from Friday to Sunday downtown, eh?',
      "yeah hi, my car's in the shop for a few days and my insurance said to call you guys",
    ],
    'rental-modify': [
      'I booked online for the 3rd but my flight got moved to the 5th, can you fix that?',
      "we don't need the SUV anymore, trip's off, how do I get my money back",
      "can I switch the pickup to the airport location instead of Yonge Street, it's the same dates",
    ],
    'rental-extend': [
      "I'm supposed to bring the car back tomorrow but my mom is still in the hospital, can I hang onto it till Monday?",
      'can I drop the car off in Montreal instead of Ottawa? I still have it right now',
      'hi Brandon here, the Corolla is due today but we want a couple more days with it',
    ],
    'rental-roadside': [
      "I'm on the 401 near Kingston and the tire light came on, now it's totally flat",
      "I locked the keys in the car at the Tim Hortons, they're sitting right on the seat",
      "somebody backed into me in a parking lot, nobody's hurt but the bumper is smashed, what do I do",
      "the car won't start, it just clicks, I'm at a cottage up north",
    ],
    'rental-charges': [
      "there's a 300 dollar hold still on my credit card and I returned the car two weeks ago",
      'you billed me for a scratch that was there when I picked it up, I have photos',
      'why am I paying for gas? I filled it up right before I dropped it off',
      "I got a bill for 407 tolls and a parking ticket I don't remember",
    ],
    'rental-lost-item': [
      "I think my son's retainer is in the back seat of the car we brought back this morning",
      'I left my sunglasses in the cupholder, Ray-Bans, the grey Jeep',
      'did anybody turn in a phone charger and a black backpak?',
    ],
    none: [
      'do you sell any of your used cars?',
      'can I rent a moving truck, like a 20 footer, for a house move?',
      "hi I'm calling about the lot attendant position",
      'what are the hours at the airport branch on holidays?',
      'I need an international driving permit for a trip to Italy, can you do that?',
    ],
  },
  'insurance-broker': {
    'courtier-soumission': [
      'allô, mon assurance a monté de 400 piasses cette année, pouvez-vous me trouvé mieux ?',
      'bonjour, on vient d’acheter un condo à Laval et la banque veut qu’on soit assurés avant le notaire',
      'mon fils a eu son permis, je voudrais savoir combien ça coûterait de l’assurer pour son char à lui tout seul',
    ],
    'courtier-reclamation': [
      'on a eu un dégât d’eau dans le sous-sol, le chauffe-eau a lâché cette nuit, tout est mouillé',
      'je me suis fait rentrer dedans au feu rouge sur Henri-Bourassa, le pare-chocs est fini',
      'quelqu’un a défoncé la porte pis ils ont volé la télé et mon laptop, qu’est-ce que je fais ?',
    ],
    'courtier-modification': [
      'on déménage le premier juillet, faut que je vous donne ma nouvelle adresse',
      'j’ai changé de char, j’ai un RAV4 maintenant à la place de la Civic',
      'ma blonde va conduire mon auto aussi, faut-tu l’ajouter ?',
    ],
    'courtier-renouvellement': [
      'j’ai reçu mon avis par la poste pis ça a encore augmenté, comment ça se fait ?',
      'je vends la maison et je m’en vais en appartement, je veux arrêter l’assurance de la maison à la fin du mois',
      'mon contrat finit le 15, j’ai rien reçu, est-ce qu’il se renouvelle tout seul ?',
    ],
    'courtier-attestation': [
      'mon propriétaire me demande un papier qui prouve que j’ai une assurance locataire',
      'j’ai perdu la petite carte rose dans la boîte à gants, pouvez-vous m’en envoyer une autre ?',
      'le concessionnaire attend un document de vous avant de me donner les clés',
    ],
    'courtier-paiement': [
      'le prélèvement a pas passé ce mois-ci, j’ai changé de caisse',
      'c’est Sylvie Tremblay, j’ai reçu une lettre qui dit que je suis en retard, je pensais que c’était prélevé automatiquement',
      'est-ce que je peux payer en douze versements au lieu d’un seul gros montant ?',
    ],
    'courtier-entreprise': [
      'je me lance à mon compte comme électricien, faut que je sois couvert pour la responsabilité',
      'on a une petite flotte de cinq camions de livraison, vous faites ça ?',
      'bonjour, j’ouvre un salon de coiffure sur Saint-Denis pis le proprio du local exige une assurance',
    ],
    none: [
      'vous faites-tu des assurances vie pis des REER ?',
      'c’est combien pour la plaque à la SAAQ cette année ?',
      'bonjour, je voudrais parler à quelqu’un pour un emploi de courtier, j’ai mon permis de l’AMF',
      'où est-ce que je me stationne pour venir à votre bureau ?',
      'ah désolé, je pensais appeler la caisse populaire',
    ],
  },
  caterer: {
    'caterer-venue-enquiry': [
      "hiya, we've just got engaged and we're looking at next summer, have you got any Saturdays left in June?",
      "it's my dad's 70th and we'd need somewhere for about 80 people, could we come and have a look round?",
      'we need a room for a company Christmas do, roughly 120, what sort of packages do you do?',
      "hello, sorry, it's a funeral, we'd like somewhere for the gathering after, next Friday if possible",
    ],
    'caterer-outside-catering': [
      'we want a hog roast in the garden for about sixty people, can you come to us?',
      'hi, could you do sandwiches and bits for a board meeting at our office, twenty people, Tuesday lunchtime',
      "my sister's having her baby shower at home and we'd like some canapés brought over",
    ],
    'caterer-tasting': [
      "we're booked in with you for September and we'd love to try the food before we pick the menu",
      "hi, it's Emma and Josh, the October wedding, when can we come and taste the starters?",
      'my fiancé wants to try the beef and the lamb before deciding, do you do that?',
    ],
    'caterer-event-changes': [
      "we've had eight more yeses for the wedding, so it's 96 not 88 now",
      "one of our guests is coeliac and another has a nut allergy, I don't think I told you",
      'can we swap the salmon for the chicken on our menu and push the speeches to after the main?',
      "hi it's Claire Bennett, the bride's mum, we need to sort the table plan, two of the aunties can't sit together",
    ],
    'caterer-payments': [
      "I've transferred the deposit but I'm not sure I put the right reference on it",
      "when's the rest of the money due for our party?",
      "the party was three weeks ago and we still havn't had the £500 bond back",
    ],
    'caterer-postpone-cancel': [
      "we've split up, so, um, the wedding isn't going ahead. what happens now?",
      "my husband's been taken ill, is there any way we can move the anniversary party to the autumn?",
      "the company's cut the budget, we're going to have to call off the summer party",
    ],
    none: [
      'do you have a licence for us to get married on site, like a proper ceremony?',
      "I'm looking for weekend waitressing work, are you taking anyone on?",
      'can I book a table for lunch on Sunday? just two of us',
      'is there a taxi rank nearby for when the party finishes?',
      "hi, I'm calling from Yell about your listing, it's a quick call",
      'do you hire out chair covers and marquees on their own?',
    ],
  },
};

/** Every sentence of the fifth (development) set, with its business and expected job. */
export const FIFTH_DEV_SAMPLES: readonly RoutingSample[] = samplesOfSentences(SENTENCES);
