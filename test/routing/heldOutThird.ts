import type { RoutingSample } from './dataset';

/**
 * A third held-out set, over businesses the router has never seen (businessesThird.ts), written before the router's
 * third tuning round. It must never be edited, and never looked at miss by miss while tuning: only its overall
 * score may be reported, before and after. Sentences are written as callers talk (run-on, filler, slang, typos,
 * indirect complaints, paraphrase that avoids the jobs' own words, some callers speaking the other language), and
 * `expected` is the job a competent receptionist would pick, or null when no job of the business covers the call.
 */
export const THIRD_HELD_OUT_SAMPLES: readonly RoutingSample[] = [
  // Veterinary clinic (English).
  {
    business: 'vet',
    text: "my lab got into the kids' easter eggs and ate like a whole bag of them, foil and all, what do I do",
    expected: 'vet-emergency',
  },
  {
    business: 'vet',
    text: "our cat's been hiding under the bed and won't eat for two days, can someone look at her this week",
    expected: 'vet-appointment',
  },
  {
    business: 'vet',
    text: "she's due her booster jabs, when's the soonest you can fit us in",
    expected: 'vet-appointment',
  },
  {
    business: 'vet',
    text: "hi I'm calling about Biscuit, he had his op this morning, is he awake yet? when can we pick him up",
    expected: 'inpatient-update',
  },
  {
    business: 'vet',
    text: "the vet took bloods from my rabbit on monday and said she'd ring, nobody's rung",
    expected: 'lab-results',
  },
  {
    business: 'vet',
    text: "we're running low on Milo's heart tablets, he's got like four left",
    expected: 'prescription-refill',
  },
  {
    business: 'vet',
    text: 'can I order another bag of the kidney food for my cat',
    expected: 'prescription-refill',
  },
  {
    business: 'vet',
    text: "we're off to spain for two weeks in august, can our two cats stay with you",
    expected: 'boarding',
  },
  {
    business: 'vet',
    text: 'I got charged 380 quid, nobody told me it would be that much',
    expected: 'vet-billing',
  },
  {
    business: 'vet',
    text: "my insurer needs you to fill in their form for Luna's claim",
    expected: 'vet-billing',
  },
  {
    business: 'vet',
    text: "oh god he got hit by a car he's breathing funny we're on our way",
    expected: 'vet-emergency',
  },
  {
    business: 'vet',
    text: 'puppy keeps trying to be sick but nothing comes up and his tummy is all swollen and hard',
    expected: 'vet-emergency',
  },
  {
    business: 'vet',
    text: "hiya just wondering how Pepper's getting on, she's been on the drip since yesterday",
    expected: 'inpatient-update',
  },
  {
    business: 'vet',
    text: 'did the lump thing come back from the lab? the one you cut off her leg',
    expected: 'lab-results',
  },
  {
    business: 'vet',
    text: 'I wanna get my kitten neutered, how do I get that sorted',
    expected: 'vet-appointment',
  },
  {
    business: 'vet',
    text: 'can I pay off the bill in bits, money is tight this month',
    expected: 'vet-billing',
  },
  {
    business: 'vet',
    text: "bonjour, mon chat a besoin de son vaccin, je parle pas très bien l'anglais",
    expected: 'vet-appointment',
  },
  {
    business: 'vet',
    text: 'can I just get the flea stuff for the dog without bringing him in, same as last time',
    expected: 'prescription-refill',
  },
  { business: 'vet', text: "do you do dog grooming, he's really matted", expected: null },
  { business: 'vet', text: 'where are you exactly, is there parking near the clinic', expected: null },
  { business: 'vet', text: 'are you hiring any veterinary nurses at the moment', expected: null },
  { business: 'vet', text: 'what time do you shut on a sunday', expected: null },
  {
    business: 'vet',
    text: "I'd like to ask about cremation, our old girl passed away last night",
    expected: null,
  },

  // Hair salon (French).
  {
    business: 'salon',
    text: 'bonjour je voudrais me faire couper les cheveux samedi matin si possible',
    expected: 'rdv-coiffure',
  },
  {
    business: 'salon',
    text: "euh oui c'est pour des balayages, vous auriez quelque chose la semaine prochaine avec Julie ?",
    expected: 'rdv-coiffure',
  },
  {
    business: 'salon',
    text: "j'ai un empêchement demain je pourrai pas venir à 14h",
    expected: 'annuler-rdv-salon',
  },
  {
    business: 'salon',
    text: "c'est combien pour une couleur sur cheveux longs à peu près",
    expected: 'tarifs-salon',
  },
  {
    business: 'salon',
    text: 'je me marie le 14 juin et j’aimerais un chignon, vous pouvez venir chez moi ?',
    expected: 'mariage',
  },
  {
    business: 'salon',
    text: "ma couleur est sortie orange, c'est pas du tout ce que j'avais demandé",
    expected: 'reclamation-salon',
  },
  {
    business: 'salon',
    text: "vous avez encore le shampoing violet pour les blondes ? vous pouvez m'en garder un",
    expected: 'produits',
  },
  {
    business: 'salon',
    text: "mon fils a besoin d'une coupe avant la rentrée, vous prenez les enfants ?",
    expected: 'rdv-coiffure',
  },
  {
    business: 'salon',
    text: 'est-ce que je peux passer mon rdv de jeudi à vendredi',
    expected: 'annuler-rdv-salon',
  },
  {
    business: 'salon',
    text: "la coiffeuse m'a coupé dix centimètres au lieu de deux, je suis en larmes",
    expected: 'reclamation-salon',
  },
  {
    business: 'salon',
    text: "hi, do you speak English? I'd like a trim and a blow dry tomorrow",
    expected: 'rdv-coiffure',
  },
  { business: 'salon', text: 'une barbe et un dégradé ça vous fait combien', expected: 'tarifs-salon' },
  {
    business: 'salon',
    text: 'on sera cinq à coiffer le matin du mariage de ma sœur, vous pouvez faire ça ?',
    expected: 'mariage',
  },
  {
    business: 'salon',
    text: 'mon cuir chevelu me brûle depuis la décoloration d’hier',
    expected: 'reclamation-salon',
  },
  {
    business: 'salon',
    text: 'le spray thermoprotecteur que vous m’avez mis la dernière fois, vous le vendez ?',
    expected: 'produits',
  },
  {
    business: 'salon',
    text: 'allô, je voulais dire que je viendrai pas finalement, pour cet après-midi à 15h',
    expected: 'annuler-rdv-salon',
  },
  {
    business: 'salon',
    text: "j'ai vu sur insta que vous faisiez des lissages brésiliens, je peux en réserver un",
    expected: 'rdv-coiffure',
  },
  { business: 'salon', text: 'vous êtes ouverts le lundi ?', expected: null },
  { business: 'salon', text: 'vous faites les ongles aussi, genre pose de gel ?', expected: null },
  { business: 'salon', text: "c'est où exactement, à côté de la boulangerie ?", expected: null },
  {
    business: 'salon',
    text: 'je cherche un poste d’apprentie coiffeuse, vous prenez des alternants ?',
    expected: null,
  },
  {
    business: 'salon',
    text: "vous avez des bons cadeaux ? c'est pour l'anniversaire de ma mère",
    expected: null,
  },

  // Property management (English).
  {
    business: 'property',
    text: "yeah the dishwasher in 4B has been broken for a week, it just doesn't empty",
    expected: 'repair-request',
  },
  {
    business: 'property',
    text: "water's coming through the light fitting in my bathroom, the upstairs flat must be flooding",
    expected: 'emergency-repair',
  },
  {
    business: 'property',
    text: "I locked myself out and it's 11 at night, my kid's inside",
    expected: 'emergency-repair',
  },
  {
    business: 'property',
    text: 'can I pay by e-transfer instead of the cheque thing every month',
    expected: 'rent',
  },
  { business: 'property', text: 'why did I get a $50 late charge, I paid on the 2nd', expected: 'rent' },
  {
    business: 'property',
    text: 'hi I saw the two-bedroom on Elm street on kijiji, is it still available, can I come see it',
    expected: 'viewing',
  },
  {
    business: 'property',
    text: "our lease is up in june and we'd like to stay another year",
    expected: 'lease-end',
  },
  {
    business: 'property',
    text: "we moved out two months ago and still haven't had our damage deposit back",
    expected: 'lease-end',
  },
  {
    business: 'property',
    text: 'the guy downstairs blasts music till 3am every single night',
    expected: 'neighbour-complaint',
  },
  { business: 'property', text: 'is Dana there? I need to talk to her', expected: 'manager' },
  {
    business: 'property',
    text: "put me through to whoever's in charge, I'm done talking to the front desk",
    expected: 'manager',
  },
  {
    business: 'property',
    text: "the heat's been off since last night and it's minus twenty out",
    expected: 'emergency-repair',
  },
  {
    business: 'property',
    text: "there's black stuff growing on the bathroom ceiling",
    expected: 'repair-request',
  },
  {
    business: 'property',
    text: 'somebody keeps parking in my spot, number 12',
    expected: 'neighbour-complaint',
  },
  { business: 'property', text: 'the closet door came off its track', expected: 'repair-request' },
  {
    business: 'property',
    text: "the plug in the kitchen made a pop and there's a burning smell",
    expected: 'emergency-repair',
  },
  { business: 'property', text: 'how do we get out of our lease, we bought a house', expected: 'lease-end' },
  {
    business: 'property',
    text: 'bonjour, je cherche un 4 et demi pour juillet, est-ce que je peux visiter celui sur la rue Elm ?',
    expected: 'viewing',
  },
  {
    business: 'property',
    text: 'do you allow cats in the building? we are thinking of applying',
    expected: null,
  },
  { business: 'property', text: 'when is the garbage pickup day for our building', expected: null },
  { business: 'property', text: 'I need a letter confirming my address for the bank', expected: null },
  { business: 'property', text: 'what are your office hours', expected: null },
  { business: 'property', text: 'can you recommend a moving company?', expected: null },

  // Heating and cooling contractor in Québec (French).
  {
    business: 'hvac',
    text: 'la fournaise est morte pis y fait frette dans maison, on a des petits',
    expected: 'panne-chauffage',
  },
  {
    business: 'hvac',
    text: "ma thermopompe souffle juste de l'air froid depuis à matin pis on gèle",
    expected: 'panne-chauffage',
  },
  {
    business: 'hvac',
    text: 'mon air climatisé part mais ça refroidit pu pantoute, il fait 30 dans le salon',
    expected: 'clim',
  },
  {
    business: 'hvac',
    text: "y'a de l'eau qui dégoutte en dessous de l'unité murale de l'air conditionné",
    expected: 'clim',
  },
  { business: 'hvac', text: 'le détecteur de monoxyde sonne pis je sais pas pourquoi', expected: 'gaz-co' },
  { business: 'hvac', text: 'ça sent le gaz dans le sous-sol proche de la fournaise', expected: 'gaz-co' },
  {
    business: 'hvac',
    text: "je voudrais faire inspecter ma fournaise avant l'hiver comme chaque année",
    expected: 'entretien',
  },
  {
    business: 'hvac',
    text: "combien ça coûterait pour poser une thermopompe murale, pis est-ce qu'il y a de l'aide du gouvernement",
    expected: 'soumission',
  },
  {
    business: 'hvac',
    text: "votre gars devait être là à une heure, il est deux heures et demie, y'est où ?",
    expected: 'suivi-technicien',
  },
  {
    business: 'hvac',
    text: 'je voulais juste être sûre que quelqu’un passe bien chez nous demain matin',
    expected: 'suivi-technicien',
  },
  {
    business: 'hvac',
    text: "j'ai reçu votre compte pis le montant est pas celui qu'on m'avait dit",
    expected: 'facture-hvac',
  },
  {
    business: 'hvac',
    text: "hi, our furnace quit and it's freezing in here, do you guys speak english?",
    expected: 'panne-chauffage',
  },
  {
    business: 'hvac',
    text: "on veut se débarrasser de notre vieux système à l'huile pour quelque chose de plus écolo",
    expected: 'soumission',
  },
  { business: 'hvac', text: 'je peux-tu payer en plusieurs versements ?', expected: 'facture-hvac' },
  {
    business: 'hvac',
    text: "l'échangeur d'air a besoin d'un ménage, ça fait deux ans",
    expected: 'entretien',
  },
  {
    business: 'hvac',
    text: 'les plinthes chauffent plus dans les chambres des enfants',
    expected: 'panne-chauffage',
  },
  { business: 'hvac', text: 'ma clim fait un bruit de ferraille quand elle part', expected: 'clim' },
  {
    business: 'hvac',
    text: 'le gars qui est venu a laissé de la poussière partout pis il a brisé une tuile, je suis pas contente',
    expected: null,
  },
  { business: 'hvac', text: 'est-ce que vous faites le ramonage de cheminée ?', expected: null },
  { business: 'hvac', text: 'vous êtes ouverts le samedi ?', expected: null },
  { business: 'hvac', text: 'est-ce que vous engagez des apprentis frigoristes ?', expected: null },
  { business: 'hvac', text: "c'est quoi votre adresse, je veux passer chercher un filtre", expected: null },

  // Pharmacy (French).
  {
    business: 'pharmacy',
    text: "bonjour, je vous ai envoyé l'ordo de ma mère par l'appli ce matin, c'est bon ?",
    expected: 'ordonnance',
  },
  {
    business: 'pharmacy',
    text: 'vous avez du Doliprane 1000 en effervescent ? y en a plus nulle part',
    expected: 'dispo-medicament',
  },
  { business: 'pharmacy', text: "j'ai oublié ma pilule hier soir, je fais quoi", expected: 'conseil' },
  {
    business: 'pharmacy',
    text: "je peux prendre de l'ibuprofène avec mes cachets pour la tension ?",
    expected: 'conseil',
  },
  {
    business: 'pharmacy',
    text: 'je voudrais me faire piquer contre la grippe, c’est quand ?',
    expected: 'vaccination',
  },
  {
    business: 'pharmacy',
    text: "j'ai mal à la gorge, vous faites le truc pour savoir si c'est une angine ?",
    expected: 'vaccination',
  },
  {
    business: 'pharmacy',
    text: 'il est 23h, mon bébé a 40 de fièvre, qui est ouvert cette nuit ?',
    expected: 'garde',
  },
  {
    business: 'pharmacy',
    text: "il me faudrait des béquilles pour mon fils, il s'est fait une entorse",
    expected: 'materiel-medical',
  },
  {
    business: 'pharmacy',
    text: 'ma femme vient d’accoucher, vous louez les machines pour tirer le lait ?',
    expected: 'materiel-medical',
  },
  {
    business: 'pharmacy',
    text: "je passe chercher mes médicaments ce soir, vous pouvez me les sortir ? j'ai le papier du docteur Morel",
    expected: 'ordonnance',
  },
  {
    business: 'pharmacy',
    text: "c'est quelle pharmacie qui est ouverte dimanche dans le coin ?",
    expected: 'garde',
  },
  {
    business: 'pharmacy',
    text: "hello, do you have any ventolin inhalers in stock, I've run out",
    expected: 'dispo-medicament',
  },
  {
    business: 'pharmacy',
    text: "le médecin a prescrit un fauteuil roulant pour papa à sa sortie de l'hôpital",
    expected: 'materiel-medical',
  },
  {
    business: 'pharmacy',
    text: "je suis enceinte, j'ai le droit de prendre du spasfon ?",
    expected: 'conseil',
  },
  { business: 'pharmacy', text: 'je veux parler au pharmacien s’il vous plaît', expected: 'conseil' },
  {
    business: 'pharmacy',
    text: 'mon traitement de fond est introuvable depuis un mois, vous pourriez m’en faire venir ?',
    expected: 'dispo-medicament',
  },
  {
    business: 'pharmacy',
    text: "c'est possible de faire le rappel du tétanos chez vous ?",
    expected: 'vaccination',
  },
  { business: 'pharmacy', text: 'vous fermez à quelle heure ce soir ?', expected: null },
  { business: 'pharmacy', text: "vous faites les photos d'identité ?", expected: null },
  { business: 'pharmacy', text: 'vous reprenez les vieux médicaments périmés ?', expected: null },
  {
    business: 'pharmacy',
    text: 'vous avez un parking ou je dois me garer dans la rue ?',
    expected: null,
  },
  { business: 'pharmacy', text: 'vous recrutez des préparateurs en ce moment ?', expected: null },

  // Moving company (English).
  {
    business: 'moving',
    text: "hey we're moving from leeds to bristol in march, three bed house, what kind of money are we looking at",
    expected: 'moving-quote',
  },
  {
    business: 'moving',
    text: "I need to push ours back a week, the house sale's been delayed",
    expected: 'change-move',
  },
  {
    business: 'moving',
    text: "the lads were supposed to be here at 8 and it's half 9, where are they",
    expected: 'crew-eta',
  },
  { business: 'moving', text: 'your guys put a massive gouge in my dining table', expected: 'damage-claim' },
  {
    business: 'moving',
    text: 'one of my boxes never turned up at the new flat, it had all my kitchen stuff in',
    expected: 'damage-claim',
  },
  {
    business: 'moving',
    text: "we've got a gap between leaving our place and getting the keys, could you hang on to our furniture for a month",
    expected: 'storage',
  },
  {
    business: 'moving',
    text: 'can I get some of those tall cartons for hanging clothes',
    expected: 'packing',
  },
  {
    business: 'moving',
    text: "I'd rather you lot just wrap everything up for us, I've got a bad back",
    expected: 'packing',
  },
  {
    business: 'moving',
    text: 'we have to call the whole thing off, the buyer pulled out',
    expected: 'change-move',
  },
  {
    business: 'moving',
    text: 'what time will the van get to the new house, I need to pick up the keys first',
    expected: 'crew-eta',
  },
  {
    business: 'moving',
    text: 'do you do pianos? how much for an upright going up to a 3rd floor',
    expected: 'moving-quote',
  },
  {
    business: 'moving',
    text: 'can someone come round and look at how much stuff we have and tell us what it would cost',
    expected: 'moving-quote',
  },
  {
    business: 'moving',
    text: 'they scraped the wall all the way up the staircase carrying the sofa',
    expected: 'damage-claim',
  },
  {
    business: 'moving',
    text: "bonjour, on déménage de Lyon à Londres, vous faites l'international ? c'est combien ?",
    expected: 'moving-quote',
  },
  {
    business: 'moving',
    text: 'how much a month to keep a few boxes and a bed with you',
    expected: 'storage',
  },
  { business: 'moving', text: 'can we do the 14th instead of the 12th', expected: 'change-move' },
  {
    business: 'moving',
    text: "hiya just checking what time the team's getting here tomorrow",
    expected: 'crew-eta',
  },
  { business: 'moving', text: 'do you move cars? I need mine taken up to scotland', expected: null },
  { business: 'moving', text: 'do you do house clearances, just take everything to the tip', expected: null },
  { business: 'moving', text: 'are you open on bank holidays', expected: null },
  { business: 'moving', text: 'I want to speak to a manager, this has been a nightmare', expected: null },
  { business: 'moving', text: 'can I get a job as a driver with you', expected: null },
];
