import { foldedWords } from './analyseText';
import { boundedEditDistance } from './editDistance';

/**
 * General call intents: what a caller wants from any business, whatever its trade (book, cancel, pay, complain,
 * speak to someone…). Both sides are read against them: a job's name, description and trigger for the intents it
 * serves, the caller's sentence for the intents it expresses. A shared intent is evidence for a job even when the
 * caller's words and the job's words differ ("where is your guy?" and "technician arrival").
 *
 * Data, not code: one line per intent, `id|English label|French label|cues`, cues separated by commas. An id ending
 * in `!` marks a request that stands on its own (opening hours, a job application): asked where no job serves it,
 * the call is about something else than the jobs, whatever words it shares with them. A cue is a
 * sequence of folded words (no accents, lower case, apostrophes and hyphens as spaces); `word*` matches any word
 * starting with `word`; a lone `*` skips up to two words. Cues are everyday call-centre language in English
 * (British, American) and French (France, Québec), never one business's phrasing.
 */
const INTENT_TABLE: readonly string[] = [
  'book|Booking an appointment|Prise de rendez-vous|book*,do you have anything,have anything,anything available,anything open,vous avez quelque chose,avez vous quelque chose,auriez vous quelque chose,appointment*,appt,schedule,scheduling,new appointment,come in,walk in*,can i come,are you available,when can you come,when could you come,can you come,can someone come,prise de rendez vous,prise de rdv,planifier,fixer un rendez vous,pouvez vous passer,pouvez vous venir,quand pouvez vous,schedule a,schedule an,schedule me,get me in,fit me in,squeeze me in,come in for,see the doctor,see a doctor,see the vet,see someone,first available,next available,any availability,availabilit*,free slot,a slot,reserve,reservation*,rendez vous,rdv,prendre rendez,prendre un rendez,reserver,reservation*,booker,creneau*,disponibilit*,une place,de la place,consultation*,consult,resa,voir maitre,voir le docteur,voir la docteure,voir le dr,voir la dr,table for,une table,reserve a table',
  'reschedule|Moving an appointment|Déplacer un rendez-vous|reschedul*,rebook*,move my appointment,move my booking,move my visit,move my reservation,move * appointment,move * visit,move * booking,move * reservation,move that,move it to,move or cancel,push back,push it back,push * to,bump * to,bring forward,bring it forward,instead,plutot,a la place,to next week,to the following week,a la semaine prochaine,a la semaine d apres,another day,another time,different day,different time,later date,change my appointment,change the appointment,change my booking,change my reservation,change the date,change the time,postpone*,deplacer,decaler,reporter,repousser,remettre mon,remettre le,avancer mon,avancer le,changer mon rendez,changer la date,changer l heure,changer ma reservation,modifier mon rendez,modifier ma reservation,une autre date,un autre jour,une autre heure',
  'cancel|Cancelling|Annulation|cancel*,call off,something came up,something s come up,empechement,un imprevu,call it off,can t make it,cannot make it,won t make it,won t be able to come,can t come,cannot come,not coming,no longer need,don t need it anymore,terminate,termination,end my contract,end my subscription,unsubscribe,stop my subscription,annul*,decommander,desister,je ne pourrai pas venir,pourrai pas venir,pourra pas venir,pourrons pas venir,pourrai pas,pourra pas,pourrons pas,can t make,won t be able to make,peux pas venir,pourrai pas etre la,resilier,resiliation,me desabonner,desabonn*,mettre fin',
  'status|Status of a visit or order|Suivi d’une visite ou d’une commande|status,still coming,is someone coming,are you still coming,still on for,toujours prevu,vient toujours,viennent toujours,arrival time,arrival,late,delay*,estimated time,en chemin,en route,heure d arrivee,arrivee,retard*,ready for pickup,pret a ramasser,prete a ramasser,pret pour,prete pour,update on,any update,any news,news on,no news,progress*,haven t heard,have not heard,heard nothing,what s happening with,what is happening with,what s going on with,tracking,track my,track the,where is my,where s my,where * guy,where * guys,where * technician,where * tech,where * driver,where * crew,where * team,where * worker*,where * plumber,where * electrician,where * courier,where * delivery,where are you guys,supposed to be here,supposed to come,supposed to arrive,supposed to show,was supposed to,were supposed to,still waiting,been waiting,still not here,not here yet,hasn t arrived,haven t arrived,hasn t shown,didn t show,no show,never showed,never came,never arrived,not arrived,hasn t come,running late,on the way,on his way,on her way,on their way,eta,how long will,when will,is it ready,ready yet,ready for pick*,ready to pick*,when can i pick,when can i collect,ou en est,ou en sont,ou vous en etes,ou en etes,suivi de,suivi du,suivi d,suivi des,pas de nouvelles,aucune nouvelle,toujours pas recu,jamais recu,qu est ce qui se passe avec,des nouvelles,avancement,toujours pas,toujours en attente,j attends toujours,j attends encore,pas encore arrive,pas encore recu,pas arrive,pas venu,devait passer,devait venir,devait etre,devaient etre,cense etre,censes etre,censee etre,devait arriver,devaient passer,devaient venir,cense,en retard,est il pret,est pret,est prete,sera pret,sera prete,est elle pret*,c est pret,quand je peux recuperer,quand puis je recuperer,quand est ce que je peux',
  'complaint|Complaint|Plainte|complain*,feedback,dissatisfaction,insatisfaction,not happy,unhappy,not satisfied,dissatisfied,disappointed,unacceptable,ridiculous,terrible,awful,horrible,worst,rude,disgrace*,outrageous,noisy,too loud,loud,loud music,all night,every night,toute la nuit,chaque nuit,not what i asked,not what i wanted,got it wrong,mistake,pas ce que j,rate,ratee,gache,neighbour*,neighbor*,voisin*,bruyant*,tapage,botched,messed up,screwed up,poor service,bad service,bad job,poor job,shoddy,still not fixed,still broken,did not fix,didn t fix,made it worse,not good enough,fed up,escalat*,plainte,plaindre,reclamation*,mecontent*,pas content*,pas satisfait*,insatisfait*,decu*,inadmissible,inacceptable,scandal*,honteux,n importe quoi,mal fait,bacle,toujours pas repare,pire,en colere,pas serieux',
  'billing|Billing and payment|Facturation et paiement|payments,invoicing,comptabilite,bill,bills,billing,billed,invoice*,charge,charged,charges,overcharg*,double charged,payment*,pay,paying,paid,receipt*,statement,balance,owe,outstanding,credit card,debit,direct debit,account balance,facture*,factur*,paiement*,payer,paye,payee,regler la facture,regler ma facture,regler le solde,reglement,prelev*,solde,carte de credit,carte bancaire,debite,montant,my rent,the rent,rent payment,pay rent,mon loyer,le loyer,payer le loyer',
  'refund|Refund|Remboursement|refund*,money back,reimburs*,charge back,chargeback,rembours*,etre rembourse,avoir un avoir',
  'emergency|Emergency|Urgence|emergenc*,heat is out,heat s out,heating is out,no power,power is out,power s out,power outage,through the ceiling,water everywhere,water coming,water is coming,cold in the house,house is cold,degrees in the house,panne de courant,plus de courant,plus d electricite,pas d electricite,de l eau partout,l eau coule,froid dans la maison,degres dans la maison,dispatch,after hours emergency,urgent*,asap,right now,right away,straight away,immediately,as soon as possible,danger*,unsafe,gas,smell gas,rotten egg*,oeufs pourris,carbon monoxide,co alarm,fire,smoke,sparks,sparking,burning smell,flood*,burst,pouring,gushing,no heat,no heating,is freezing,freezing cold,freezing in,frozen pipe*,it s freezing,so cold,spraying,come now,come right away,send someone,unbearable,excruciating,agony,severe pain,bleeding,can t breathe,not breathing,collapsed,unconscious,seizure,poison*,swallowed,ate something,ate some,ate a,ate the,ate my,got into the,ingested,overflow*,a mange du,a mange de la,a mange des,a avale,hit by a car,got hit,attacked,bitten,badly hurt,injured,life threatening,urgence*,urgent*,tout de suite,au plus vite,le plus vite,rapidement,vite,danger*,gaz,odeur de gaz,monoxyde,incendie,feu,fumee,etincelle*,inond*,deborde,degat d eau,degat des eaux,degats d eau,plus de chauffage,pas de chauffage,sans chauffage,on gele,gele,il fait froid,fait frette,frette,on a froid,saign*,respire plus,respire pas,inconscient*,convuls*,empoisonn*,intoxi*,avale,frappe par,blesse*,grave,fume,ca fume,tres mal,super mal,tellement mal,atroce,insupportable,n en peux plus,au plus pressant',
  'breakdown|Something broken or not working|Panne ou réparation|broken,broke,broke down,breakdown,break down,not working,isn t working,stopped working,doesn t work,does not work,won t work,won t start,won t turn on,won t turn,won t come on,not turning on,quit,quit on,died,is dead,gave out,gave up,packed up,conked out,out of order,faulty,fault,malfunction*,acting up,making a noise,making noise,weird noise,strange noise,leak*,leaking,dripping,repair*,fix,fixed,fixing,fix it,come fix,needs fixing,maintenance request,work order,service call,repair request,appel de service,demande de reparation,bris,en panne,panne,pannes,ne marche,marche pas,marche plus,fonctionne pas,fonctionne plus,ne fonctionne,brise,brisee,bris,casse,cassee,casses,cassees,lache,a lache,defectueu*,reparer,reparation*,depann*,bruit,fuit,fuite*,arrete de,clogged,mice,rats,cockroach*,bed bug*,pests,souris,coquerelle*,punaise*,mold,mould,moisissure*,not cooling,not heating,ne chauffe plus,ne chauffe pas,ne refroidit,blocked,backed up,bouche,bouchee,no hot water,pas d eau chaude,plus d eau chaude,error,erreur,is down,are down,went down,est down,keeps dropping,won t flush,won t drain,won t print,won t start,won t open,won t load,won t connect,won t charge,won t stop,won t close,won t lock,is out,went out,is cold,are cold,stone cold,ice cold,est froid,sont froids,takes forever,so slow,really slow,crash*,plante,bug*,ne demarre,demarre plus,demarre pas,not sending,not syncing,isn t syncing',
  'person|Asking for a person|Demande à parler à quelqu’un|staff member,member of staff,receptionist,live agent,human agent,a human,transfer me,transfer you,transfer my call,transfer the call,transferer a,transfert vers,conseiller*,un agent,une agente,prepose*,receptionniste,speak to,speak with,talk to,talk with,speak to someone,talk to someone,representative,rep,operator,agent,human,real person,actual person,live person,a person,someone real,put me through,transfer me,connect me,extension,the owner,the boss,the manager,a manager,your manager,the supervisor,a supervisor,someone in charge,le responsable,la responsable,le gerant,la gerante,is he there,is she there,is he in,is she in,is he available,is she available,parler a,parler au,parler aux,parler avec,joindre,rejoindre,une personne,un humain,une vraie personne,quelqu un de vrai,me transferer,me passer,passer monsieur,passer madame,le patron,la patronne,le proprietaire,voir maitre,voir le docteur,voir la docteure,voir le dr,maitre,est il la,est elle la,est ce qu il est la,est ce qu elle est la,est il disponible,est elle disponible,disponible pour me parler',
  'message|Leaving a message|Laisser un message|message,messages,leave a message,take a message,pass on,pass along,let him know,let her know,let them know,tell him,tell her,call me back,call back,callback,ring me back,get back to me,have him call,have her call,have someone call,return my call,returning a call,returning his call,returning her call,voicemail,laisser un message,prendre un message,un message,faire le message,transmettre,dites lui,lui dire,me rappeler,me rappelle,qu il me rappelle,qu elle me rappelle,rappel*,retourner mon appel,retour d appel',
  'price|Prices and quotes|Prix et devis|how much,price*,pricing,cost,costs,costing,quote*,quotation,estimat*,ballpark,rate,rates,fee,fees,what do you charge,how much do you charge,charge for,combien,prix,tarif*,cout,couts,coute,coutent,couter,couterait,coutera,devis,estimation,soumission*,evaluation,ca coute,ca couterait,frais',
  'hours!|Opening hours|Heures d’ouverture|your hours,business hours,what are the hours,what are your hours,opening hours,opening times,are you open,you open,open on,open today,open tomorrow,open late,open until,open till,what time do you open,what time do you close,when do you open,when do you close,closing time,close today,closed on,horaire*,heures d ouverture,vous etes ouvert*,etes vous ouvert*,c est ouvert,ouvert le,ouverts le,ouvert ce,ouverts ce,ouvert demain,ouverts demain,ouvert jusqu,ouverts jusqu,ouvert entre,ouverts entre,ouvrez,fermez,ferme a quelle heure,a quelle heure vous,jusqu a quelle heure',
  'directions!|Directions and address|Adresse et accès|your address,what s the address,what is the address,the address of,where are you located,where are you based,where is your office,where is your shop,where is your clinic,where is your store,located at,directions,how do i get to,how to get to,how do i find you,where can i park,where do i park,where to park,votre adresse,l adresse,ou etes vous,ou vous etes,ou vous trouvez,vous etes situe*,etes vous situe*,itineraire,comment se rendre,comment vous trouver,comment venir,ou se garer,ou me garer,ou stationner',
  'results|Results|Résultats|results back,my results,the results,test result*,lab result*,exam result*,mes resultats,les resultats,resultats d,resultats de,lab,labs,bloodwork,blood work,blood test*,test came back,tests came back,x ray,xray,ct scan,mri,ultrasound,biopsy,irm,my tests,the tests,analyses,prise de sang,bilan sanguin,radio,labo,laboratoire,echographie,biopsie',
  'records|Documents and records|Documents et dossiers|what do i need to bring,what should i bring,bring with me,apporter,a fournir,pieces justificatives,quoi amener,record,records,my file,copy of,copies,certificate*,document*,paperwork,papers,form,forms,report,letter,proof,history,certificat*,attestation*,dossier*,copie*,papiers,formulaire*,rapport,lettre,preuve,carnet,historique',
  'prescription|Prescription or medication|Ordonnance ou médicaments|prescription*,refill*,ran out,run out,running out,almost out,out of my,renew my prescription,renew my meds,renew my medication,antibiotic*,side effect*,can i take * with,repeat prescription,medication*,medicine*,meds,pills,tablets,dose,dosage,pharmacy,ordonnance*,renouveler mon ordonnance,renouvellement d ordonnance,renouvellement de mon ordonnance,antibiotique*,effets secondaires,effet secondaire,je n ai plus de,plus de pilules,plus de medicaments,a court de,medicament*,medoc*,pilule*,comprime*,posologie',
  'newClient|Becoming a new client|Nouveau client|first appointment,first meeting,first consultation,never used,just moved,new to the area,premier rendez vous,premier rdv,premiere consultation,emmenag*,nouveau dans le,nouvelle dans le,new patient*,new client*,new customer*,register,registering,registration,sign up,signing up,join,first time,first visit,never been,taking new,accepting new,take on new,nouveau patient,nouvelle patiente,nouveaux patients,nouveau client,nouvelle cliente,nouveaux clients,m inscrire,inscri*,premiere fois,premiere visite,jamais venu*,prenez vous de nouveaux,acceptez vous de nouveaux',
  'order|Ordering and delivery|Commande et livraison|order,ordering,ordered,place an order,delivery,deliver,delivered,deliveries,shipping,shipment,ship,parcel,package,pick up,pickup,collect,collection,in stock,takeaway,take away,takeout,to go,commande*,commander,emporter,livraison*,livrer,livre,colis,expedition,ramasser,recuperer,retirer,en stock,disponible en',
  'insurance|Insurance|Assurance|insurance,insurer,insured,covered,coverage,cover it,policy,claim,claims,assurance*,assureur,assure,mutuelle,couverture,couvert,prise en charge,sinistre,reclamation d assurance',
  'checkup|Check-up or routine service|Contrôle ou entretien courant|inspect*,faire verifier,check up,checkup,check ups,annual,yearly,tune up,maintenance,servicing,service my,inspection,vaccin*,shots,booster,cleaning,controle,bilan,visite annuelle,annuel*,routine,entretien,revision,mise au point,inspection,vaccin*,rappel de vaccin,nettoyage',
  'newWork|New work or installation|Nouveaux travaux ou installation|install*,replace,replacing,replacement,new system,upgrade,renovat*,put in a new,fit a new,installer,installation,remplacer,remplacement,changer le,changer la,renov*,travaux,nouveau systeme,nouvelle installation',
  'jobs!|Looking for a job|Candidature|hiring,looking for a job,looking for work,job as a,je cherche un emploi,je cherche du travail,cherche un poste,are you hiring,job opening*,vacanc*,apply for,application for a job,my cv,my resume,work for you,apprentice*,emploi*,embauch*,recrut*,candidature,mon cv,postuler,travailler pour vous,travailler chez vous,un stage',
  'sales!|Sales or marketing call|Démarchage commercial|i m calling from,calling on behalf,special offer,offer you,advertis*,marketing,seo,website design,google listing,business listing,solar panels,je vous appelle de la part,offre speciale,publicite,referencement',
  'lost|Lost item|Objet perdu|never got,never received,didn t receive,didn t get it,pas recu,jamais recu,missing,manquant*,left my,left his,left her,left our,left behind,forgot my,found,lost and found,perdu*,oublie*,laisse mon,laisse ma,laisse mes,laisse son,laisse sa,laisse ses,retrouve*,objets trouves',
  'details!|Updating personal details|Mise à jour des coordonnées|change my address,update my address,new address,change my number,update my number,new phone number,change my details,update my details,update my information,moved house,changer mon adresse,changement d adresse,nouvelle adresse,changer mon numero,nouveau numero,mettre a jour mes,mes coordonnees,changer mes coordonnees',
  'unwell|Feeling unwell or symptoms|Malaise ou symptômes|sick,ill,unwell,poorly,vomit*,throwing up,threw up,diarrh*,fever,temperature,cough*,not eating,isn t eating,hasn t eaten,hasn t been eating,won t eat,stopped eating,lethargic,limping,rash,infection,infected,swollen,swelling,pain,painful,in pain,hurts,hurting,hurt,ache,aches,aching,sore,bleeding,symptom*,malade,vomi*,diarrhee,fievre,tousse,toux,mange plus,mange pas,ne mange,boite,infect*,enfle*,gonfl*,douleur*,mal au,mal a la,mal aux,j ai mal,a mal,saign*,symptome*,fatigue,rage de dent*',
  'damage|Damage|Dommages|ripped,torn,tore,dechire*,damaging,scratch*,dent,dented,cracked,smashed,shattered,ruined,broke my,broken,abime*,raye*,rayure*,bosse,bosses,bossele,endommag*,degat*,fissur*,brise,cabosse*,enfonce*',
  'accident|Accident|Accident|accident*,rentre dedans,backed into,ran into,crashed into,hit my car,crash,crashed,collision,rear ended,hit by,knocked off,knocked down,run over,fell,slipped,tripped,accroch*,collision*,renverse*,tombe,tombee,glisse,percute*,embouti*,tape un,tape une',
  'access|Access or login problem|Problème d’accès ou de connexion|lockout*,locked out,locked myself out,lock out,can t log in,can t login,can t sign in,can t get in,can t get into,cannot log in,can t access,password*,passcode,login,log in,sign in,account locked,reset my,mot de passe,mdp,identifiant*,me connecter,connecter,acceder,acces a mon compte,compte bloque,enferme dehors,bloque dehors,lost my key*,perdu mes cles,perdu ma cle,code d acces,door code',
  'renewal|Renewing or ending a contract|Renouvellement ou fin de contrat|renew*,extend*,more days,extra day*,keep it longer,keep * longer,plus longtemps,another year,extend my,extension of,sign again,lease,contract,give notice,notice to,moving out,move out,end of my lease,renouvel*,prolonger,reconduire,reconduction,bail,contrat,preavis,fin de bail,fin de contrat,quitter le logement,quitter l appartement',
];

/** A general call intent: its id and its label in both product languages, for the simulator's trace. */
export interface CallIntent {
  readonly id: string;
  readonly label: { readonly en: string; readonly fr: string };
}

/** A matched intent and the words of the text that expressed it (folded), so they count as explained. */
export interface IntentMatch {
  readonly intent: CallIntent;
  readonly words: readonly string[];
  /** How many words the longest matching cue had: a longer cue is a clearer statement of the intent. */
  readonly strength: number;
  /** Whether the intent is a request of its own (see INTENT_TABLE), not context around another request. */
  readonly standalone: boolean;
}

interface Cue {
  /** The intent's position in the table. */
  readonly intent: number;
  readonly tokens: readonly string[];
}

interface IntentIndex {
  readonly intents: readonly CallIntent[];
  readonly standalone: ReadonlySet<number>;
  /** Cues by their first word; cues whose first word is a prefix (`word*`) are kept by that prefix. */
  readonly byWord: ReadonlyMap<string, readonly Cue[]>;
  readonly byPrefix: ReadonlyMap<string, readonly Cue[]>;
  readonly shortestPrefix: number;
  /** One-word cues of TYPO_LENGTH letters or more, by first letter and length: a caller's typo still counts. */
  readonly typoTargets: ReadonlyMap<string, readonly [string, Cue][]>;
}

/**
 * Words this long tolerate one typo ("emergancy", "reprasentative"): shorter ones land on other words too often.
 * Only whole-word cues: a word stem would take real words for typos ("employer" for "emploi").
 */
const TYPO_LENGTH = 7;

const MAX_GAP = 2;

function push(map: Map<string, Cue[]>, key: string, cue: Cue): void {
  const list = map.get(key);
  if (list) list.push(cue);
  else map.set(key, [cue]);
}

function buildIndex(): IntentIndex {
  const intents: CallIntent[] = [];
  const standalone = new Set<number>();
  const byWord = new Map<string, Cue[]>();
  const byPrefix = new Map<string, Cue[]>();
  let shortestPrefix = Number.POSITIVE_INFINITY;
  const typoTargets = new Map<string, [string, Cue][]>();
  for (const line of INTENT_TABLE) {
    const [mark = '', en = '', fr = '', cues = ''] = line.split('|');
    const id = mark.replace('!', '');
    const intent = intents.push({ id, label: { en, fr } }) - 1;
    if (mark.endsWith('!')) standalone.add(intent);
    for (const text of cues.split(',')) {
      const tokens = text.trim().split(/\s+/).filter(Boolean);
      const first = tokens[0];
      if (!first || first === '*') continue;
      const cue = { intent, tokens };
      if (tokens.length === 1 && !first.endsWith('*') && first.length >= TYPO_LENGTH) {
        const key = `${first[0]}${first.length}`;
        const bucket = typoTargets.get(key);
        if (bucket) bucket.push([first, cue]);
        else typoTargets.set(key, [[first, cue]]);
      }
      if (first.endsWith('*')) {
        const prefix = first.slice(0, -1);
        shortestPrefix = Math.min(shortestPrefix, prefix.length);
        push(byPrefix, prefix, cue);
      } else push(byWord, first, cue);
    }
  }
  return { intents, standalone, byWord, byPrefix, shortestPrefix, typoTargets };
}

let intentIndex: IntentIndex | undefined;

function index(): IntentIndex {
  intentIndex ??= buildIndex();
  return intentIndex;
}

function tokenMatches(token: string, word: string | undefined): boolean {
  if (word === undefined) return false;
  return token.endsWith('*') ? word.startsWith(token.slice(0, -1)) : word === token;
}

/** The words a cue matches from `start`, or undefined; a lone `*` skips up to MAX_GAP words. */
function matchCue(tokens: readonly string[], words: readonly string[], start: number): string[] | undefined {
  const matched: string[] = [];
  let position = start;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] ?? '';
    if (token === '*') {
      const next = tokens[t + 1];
      if (next === undefined) return matched;
      let found = -1;
      for (let skip = 0; skip <= MAX_GAP && found < 0; skip++) {
        if (tokenMatches(next, words[position + skip])) found = position + skip;
      }
      if (found < 0) return undefined;
      position = found;
      continue;
    }
    if (!tokenMatches(token, words[position])) return undefined;
    matched.push(words[position] ?? '');
    position++;
  }
  return matched;
}

// The router runs on every keystroke: a word's cues are looked up once, then kept (callers reuse their words).
const candidateCache = new Map<string, readonly Cue[]>();
const CANDIDATE_CACHE_SIZE = 5000;
const NO_CUES: readonly Cue[] = [];

function candidates(word: string, typos: boolean): readonly Cue[] {
  const key = typos ? `~${word}` : word;
  const cached = candidateCache.get(key);
  if (cached) return cached;
  const found = lookUp(word, typos);
  if (candidateCache.size >= CANDIDATE_CACHE_SIZE) candidateCache.clear();
  candidateCache.set(key, found.length > 0 ? found : NO_CUES);
  return found;
}

function lookUp(word: string, typos: boolean): readonly Cue[] {
  const { byWord, byPrefix, shortestPrefix } = index();
  const found: Cue[] = [...(byWord.get(word) ?? [])];
  for (let length = shortestPrefix; length <= word.length; length++) {
    const cues = byPrefix.get(word.slice(0, length));
    if (cues) found.push(...cues);
  }
  return found.length > 0 || !typos || word.length < TYPO_LENGTH ? found : typoCandidates(word);
}

/** One-word cues within one typo of `word`. */
function typoCandidates(word: string): Cue[] {
  const found: Cue[] = [];
  const { typoTargets } = index();
  for (let length = word.length - 1; length <= word.length + 1; length++) {
    for (const [token, cue] of typoTargets.get(`${word[0]}${length}`) ?? []) {
      if (boundedEditDistance(word, token, 1) <= 1) found.push({ ...cue, tokens: [word] });
    }
  }
  return found;
}

/**
 * The intents a text expresses, each with the words that expressed it, strongest first. `typos` tolerates one
 * typo in a long word: for callers, who type fast in the simulator; a job's text is written with care.
 */
export function intentsOfWords(words: readonly string[], typos = false): IntentMatch[] {
  const { intents, standalone } = index();
  const found = new Map<number, { words: Set<string>; strength: number }>();
  for (let i = 0; i < words.length; i++) {
    for (const cue of candidates(words[i] ?? '', typos)) {
      const matched = matchCue(cue.tokens, words, i);
      if (!matched) continue;
      const entry = found.get(cue.intent);
      if (entry) {
        for (const word of matched) entry.words.add(word);
        entry.strength = Math.max(entry.strength, matched.length);
      } else found.set(cue.intent, { words: new Set(matched), strength: matched.length });
    }
  }
  return [...found]
    .map(([intent, { words: matched, strength }]) => ({
      intent: intents[intent] as CallIntent,
      words: [...matched],
      strength,
      standalone: standalone.has(intent),
    }))
    .sort((a, b) => b.strength - a.strength);
}

/** The intents a text expresses (see intentsOfWords). */
export function intentsOf(text: string, typos = false): IntentMatch[] {
  return intentsOfWords(foldedWords(text), typos);
}

/** Every general call intent, in table order. */
export function callIntents(): readonly CallIntent[] {
  return index().intents;
}
