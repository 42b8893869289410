import { type Lines, type RoutingSample, samplesOfSentences } from './dataset';

/**
 * A sixth set over businesses none of the other sets use (businessesSixth.ts), written before the router's next round
 * by someone who had not seen the router's code. Used only to validate what was fitted on the other sets, never to
 * fit. Sentences are written as callers talk: situations rather than service names, filler, small talk, complaints,
 * typos, Québec and France French. `none` holds requests no job of the business covers.
 */
const SENTENCES: Record<string, Lines> = {
  locksmith: {
    'locksmith-lockout': [
      'yeah hi so um I just stepped out to grab the mail and the door shut behind me, my keys are on the kitchen counter',
      "my daughter's two and she's inside and she pushed the button on the door somehow, I can't get in, please hurry",
      "hi I'm in the Walmart parking lot on Route 9 and my keys are sitting right there in the ignition, doors are locked",
      "can somebody come open my apartment? I'm standing in the hallway in my socks and the super isnt answering",
    ],
    'locksmith-rekey': [
      'we just closed on a house yesterday and who knows how many people have keys to it, can you make the old ones stop working',
      "my roommate moved out and never gave back her key, I want to make sure she can't get in anymore",
      "somebody broke in last night, the cops already came, I just don't feel safe with the same locks",
      'hi this is Janet, I manage a few rentals and a tenant just left, the front and back doors need doing so his keys are useless',
    ],
    'locksmith-car-keys': [
      'I lost the only key to my 2014 Honda Civic and the dealer wants like $400, can you guys do it for less?',
      "my key snapped off and half of it's still stuck in the ignition",
      'the clicker for my Ford stopped working after I swapped the battery, can you reprogram it?',
    ],
    'locksmith-install': [
      "I'm looking to put one of those keypad things on my front door so I don't have to carry keys anymore",
      "we'd like a deadbolt added on the back door, right now it's just the knob",
      'hi I own a small restaurant and the fire marshal says we need a push bar on the rear exit',
    ],
    'locksmith-safe': [
      'my dad passed and he had a safe in the bedroom closet, nobody in the family knows the combination',
      "the keypad on my gun safe is dead and new batteries didn't help",
      'do you guys sell fireproof boxes for keeping documents in?',
    ],
    'locksmith-key-copy': [
      'how much to get a couple extra house keys made, do I need to come in or can you mail them',
      'my building gave me one mailbox key and I need another one for my husband',
      'it says do not duplicate stamped on my key, can you still make one?',
    ],
    none: [
      "my garage door opener quit, the door won't go up at all",
      'can you set up a security camera system with an alarm for my store?',
      'is there parking by your shop or do I have to use the meter?',
      'hi I saw you guys are looking for an apprentice, is that still open?',
      'hey this is Kyle from Bright Local SEO, got a minute to talk about your Google listing?',
      "uh hi, is this Tony's Pizza?",
    ],
  },
  'funeral-home': {
    'funeral-deces': [
      'bonjour, excusez-moi… ma mère est partie cette nuit à la maison, le médecin est passé, je sais pas du tout ce qu’il faut faire maintenant',
      'oui bonjour, j’appelle de l’EHPAD Les Tilleuls, M. Morel nous a quittés ce matin et la famille vous a désignés',
      'mon mari vient de mourir à l’hôpital de Nantes, on m’a dit de vous appeler pour qu’on vienne le chercher',
      'c’est mon grand-père, il est mort y’a une heure, on est tous là autour de lui, on fait quoi ?',
    ],
    'funeral-organisation': [
      'papa est chez vous depuis hier, il faudrait qu’on se voie pour tout mettre en place, la crémation, la cérémonie, tout ça',
      'bonjour, ça coûte combien à peu près un enterrement chez vous ? on compare, franchement c’est dur',
      'ma tante voulait être incinérée, on voudrait voir quelqu’un pour préparer ça avec lui',
      'faut qu’on choisisse le cercueil et qu’on voie pour l’église, vous pouvez venir à domicile ? ma grand-mère ne se déplace plus',
    ],
    'funeral-prevoyance': [
      'bonjour, j’ai 74 ans et je ne veux pas laisser tout ça sur le dos de mes enfants, je voudrais tout régler de mon vivant',
      'ma banque m’a parlé d’un truc pour financer ses propres funérailles, vous faites ça aussi ?',
      'je voudrais que mes volontés soient écrites quelque part, la musique, la crémation, et payer d’avance',
    ],
    'funeral-ceremonie': [
      'bonjour, c’est à quelle heure demain pour Mme Lefèvre ? à l’église ou au crématorium ?',
      'je suis un ancien collègue de Jacques Durand, est-ce que je peux passer le voir une dernière fois ?',
      'j’ai vu l’avis dans Ouest-France mais y’a pas marqué où il est enterré, vous savez ?',
    ],
    'funeral-marbrerie': [
      'il faudrait rajouter le nom de maman sur la pierre de papa au cimetière de Saint-Herblain',
      'la tombe de mes grands-parents est toute penchée et fissurée, vous pouvez faire quelque chose ?',
      'je voudrais une petite plaque avec une photo, genre « à notre ami », c’est possible ?',
    ],
    'funeral-facture': [
      'la banque me demande un document de chez vous pour débloquer l’argent sur le compte de papa',
      'on a reçu la note mais y a une ligne « soins de conservation » qu’on n’avait jamais demandée',
      'est-ce que la mutuelle peut vous verser directement ? ma mère avait un capital décès chez Harmonie',
    ],
    none: [
      'je cherche un notaire pour la succession de mon père, vous pourriez m’en conseiller un ?',
      'vous faites aussi les animaux ? notre chien est mort ce matin, on voudrait le faire incinérer',
      'on se gare où quand on vient à l’agence ? la rue est toujours blindée',
      'bonjour, j’ai vu que vous recrutiez un porteur, je voulais envoyer ma candidature',
      'allô ? c’est pas la boulangerie Martin ? ah pardon, je me suis trompée',
      'bonjour, Kévin de chez Énergie Pro, je vous appelle pour réduire votre facture d’électricité professionnelle',
    ],
  },
  'driving-school': {
    'driving-new-pupil': [
      "hiya, my son's just turned seventeen and got his provisional, how much are you lot per hour?",
      "um hi I'm 34 and I've never driven, bit embarrassing, but I'd like to finally learn, is there someone who does automatics near Hove?",
      'do you do any discount if I pay for ten up front?',
    ],
    'driving-reschedule': [
      "hi it's Priya, I've got you Thursday at four but I've got a uni exam now, can we do Friday?",
      "I've come down with flu, I can't do tomorrow morning sorry",
      "I know it's short notice but something's come up at work, will I still have to pay if I don't come today?",
      'can I swap my Saturday slot for a weekday evening from now on?',
    ],
    'driving-test': [
      "I finally got a date through for the 14th of March at Borehamwood, can I use Gary's car on the day?",
      "I don't think I'm ready yet, can I push my practical back a few weeks?",
      'how do I get on the cancellations list, the wait round here is like five months',
      'what do you charge for the car on the day when I go for my test?',
    ],
    'driving-theory': [
      'I failed the hazard perception bit by two points, any tips on revising?',
      "my provisional still hasn't come through, how long does DVLA usually take?",
      'have you got that app for practising the questions? Sam mentioned it',
    ],
    'driving-refresher': [
      "I passed about twelve years ago but haven't driven since, I'm terrified of roundabouts now",
      "I've had my licence ages but never been on a motorway and I'm starting a job in Reading, could someone take me on the M4?",
      "I've just moved over from Poland with my licence, I want a few hours to get used to driving on the left",
    ],
    'driving-instructor-message': [
      "can you tell Steve to pick me up from college instead of home today, I'm at the Kingsway campus",
      "mine was meant to be here at two and it's quarter past, is he on his way?",
      "I'm running about ten minutes behind, could you let Helen know",
    ],
    none: [
      'do you do motorbike training as well? CBT and that',
      'which insurance company is cheapest for a new driver, do you know?',
      'where can I park if I come in to the office to pay?',
      "I'm a qualified ADI looking to go franchise with a school, are you taking on instructors?",
      "hi I'm calling from Yorkshire Telecom about your business broadband contract",
      "oh sorry I think I've got the wrong number, I wanted the taxi firm",
    ],
  },
  florist: {
    'florist-commande': [
      'allô, c’est la fête à ma blonde demain, j’voudrais y faire porter quelque chose de beau à sa job, genre 60 piasses',
      'bonjour, ma fille vient d’accoucher à Saint-François d’Assise, c’est-tu possible d’envoyer quelque chose à sa chambre?',
      'salut, j’aurais besoin d’une douzaine de roses rouges pour vendredi, à Lévis',
    ],
    'florist-funerailles': [
      'le père de mon collègue est décédé, l’exposition est samedi chez Lépine Cloutier, on voudrait envoyer quelque chose de la part du bureau',
      'bonjour, c’est pour ma grand-mère, les funérailles sont à l’église Saint-Roch lundi pis on voudrait une couronne',
      'on est une gang de cousins, on voudrait se mettre ensemble pour une grosse gerbe pour mon oncle Réjean',
      'je voudrais envoyer un p’tit quelque chose de sympathie au salon, c’est quoi vos prix?',
    ],
    'florist-mariage': [
      'allô, chu fiancée, on se marie en août pis j’aimerais voir avec vous pour mon bouquet pis les centres de table',
      'on organise le party de Noël de notre compagnie pour 200 personnes, faites-vous la déco?',
      'mon chum pis moi on se marie à l’automne, est-ce que je peux venir vous rencontrer pour regarder des idées?',
    ],
    'florist-suivi': [
      'j’ai commandé hier pour ma mère pis elle a encore rien reçu, y’est déjà 3 heures',
      'à quelle heure le livreur va passer? je veux être sûr que quelqu’un va être là',
      'bonjour c’est Sylvain Bouchard, j’voulais juste savoir si les fleurs sont rendues chez ma tante',
      'est-ce que ce que j’ai commandé à matin est parti? c’était au nom de Tremblay',
    ],
    'florist-probleme': [
      'les fleurs que ma mère a reçues hier sont déjà toutes fanées, c’est pas normal pantoute',
      'c’était vraiment pas ce qu’y avait sur la photo sur votre site, c’était petit pis dégarni, chu déçue',
      'vous avez écrit « Bonne fête Lucie » sur la carte mais ma sœur s’appelle Louise',
    ],
    'florist-entreprise': [
      'bonjour, j’ai un resto sur Cartier pis j’aimerais avoir des fleurs fraîches sur les tables à chaque semaine',
      'on est un cabinet d’avocats, on aimerait un arrangement dans le hall tous les lundis, facturé au mois',
      'je gère un hôtel à Sainte-Foy pis on cherche un nouveau fournisseur pour la réception',
    ],
    none: [
      'faites-vous l’aménagement paysager? j’ai besoin de quelqu’un pour ma haie de cèdres',
      'mon ficus perd toutes ses feuilles depuis que je l’ai changé de pot, qu’est-ce que je fais?',
      'est-ce qu’y a du stationnement en arrière de la boutique?',
      'bonjour, je suis étudiante pis je me cherche une job d’été, engagez-vous?',
      'oui allô, c’est-tu la pharmacie Jean Coutu?',
      'bonjour, j’vous appelle de Vidéotron Affaires pour vous proposer une offre sur votre internet',
    ],
  },
  roofing: {
    'roofing-leak': [
      "yeah hi, there's a brown spot growing on my bedroom ceiling and it drips when it rains",
      "water's coming in around the chimney right now, I've got pots all over the attic floor",
      "hi um it's Gord on Maple Crescent, every time it pours we get drips by the skylight",
      "there's a puddle in the upstairs hallway this morning, can somebody come throw something over it before tonight's rain?",
    ],
    'roofing-replacement': [
      "our shingles are about 25 years old and curling up, I think it's time, what would something like that run me?",
      "we're thinking of going with metal when we redo the whole thing, is that something you guys do?",
      'the flat part over our addition needs to be torn off and completely redone, can somebody come give me a number?',
    ],
    'roofing-storm': [
      'that windstorm Tuesday took a big chunk of shingles off the back side of the house',
      "a branch from the neighbour's maple came down on top of the house last night",
      'my adjuster from Intact wants a written report and pictures from a roofer, can you do that?',
      "we got hammered by hail on the weekend, the cars are dented everywhere and I'm worried about up top",
    ],
    'roofing-eavestrough': [
      'the gutters are full of leaves and spilling over at the front, can you clean them out?',
      'one of the downspouts ripped right off the side of the house',
      "do you put on those mesh guards so the leaves don't get in?",
    ],
    'roofing-snow': [
      "there's like three feet of snow up there and the doors are starting to stick, can somebody shovel it off?",
      "we've got huge icicles hanging over the front steps, I'm scared they'll fall on someone",
      "there's a big ridge of ice along the edge of the roof, my neighbour says that's an ice dam",
    ],
    'roofing-existing-job': [
      'hi, we signed with you back in April and we still dont have a start date',
      "your guys finished Friday but there's nails all over my driveway, I already got a flat",
      'the roof you put on two years ago, a few shingles lifted already, isnt that covered?',
    ],
    none: [
      'do you do siding? ours cracked over the winter',
      'can you install solar panels on my roof?',
      'where do I park, is there a lot at your office on Dundas?',
      "hey I'm a roofer with 8 years experience, looking for work for the summer",
      'hi this is Rachel from Prime Leads, we generate exclusive roofing leads in your area',
      'sorry wrong number, I was trying to reach the dentist',
    ],
  },
  'bike-shop': {
    'bike-service': [
      "g'day, my gears keep skipping and the brakes are squealing, can I bring it in sometime this week?",
      "hi, I've got a flat on the back wheel and I can't get the tyre off myself, can you guys sort it?",
      "haven't ridden the mountain bike in two years, it needs a proper going over before our Easter trip",
      'my e-bike keeps cutting out going up hills, something with the motor maybe',
    ],
    'bike-status': [
      "hey it's Jess, I dropped my Trek in on Monday, just wondering if it's good to go",
      'any news on mine? you said you were waiting on a derailleur',
      "can I pick up my son's bike this arvo or is it not done yet?",
      'someone left me a voicemail about extra work needed, yeah go ahead with it, how much was it again?',
    ],
    'bike-sales': [
      "my daughter's outgrown hers, she's about eight, what have you got in her size?",
      "I'm thinking about an e-bike for getting to work, can I come take one for a spin?",
      'do you have any gravel bikes in a 56 on the floor at the moment?',
      'do you do Afterpay or some kind of payment plan on the bigger bikes?',
    ],
    'bike-parts': [
      "do you have 700 by 28 tubes? I go through them like nobody's business",
      'I need a new helmet, mine cracked when I came off last week',
      'can you get a Shimano 105 chain in for me?',
    ],
    'bike-warranty': [
      "I bought a bike from you in November and there's a crack near the seat tube already",
      "the battery on my e-bike won't hold charge past ten k's and it's only eight months old",
      'the pedals I got Saturday are the wrong thread, can I bring them back and get my money back?',
    ],
    'bike-hire': [
      "we're doing the Murray to Mountains trail next weekend, four of us, can we get bikes off you?",
      'how much for an e-bike for the day on Saturday?',
      "my sister's visiting from Perth, I want to take her riding Sunday but she's got nothing to ride",
    ],
    none: [
      'can you fix my electric scooter? the stand-up one, it won’t turn on',
      'is there parking out the front or do I need to go round the back?',
      "hi, I'm after a job, I've done a bit of bike mechanics, are you hiring?",
      "hi this is Daniel from SolarSave, we're offering free solar assessments for local businesses",
      "sorry, is this the physio? I think I've got the wrong number",
    ],
  },
};

/** Every sentence of the sixth set, with its business and expected job. */
export const SIXTH_DEV_SAMPLES: readonly RoutingSample[] = samplesOfSentences(SENTENCES);
