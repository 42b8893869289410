import { foldedWords } from './analyseText';
import { boundedEditDistance } from './editDistance';
import { negatedPositions } from './negation';

/**
 * General call intents: what a caller wants from any business, whatever its trade (book, cancel, pay, complain,
 * speak to someone…). Both sides are read against them: a job's name, description and trigger for the intents it
 * serves, the caller's sentence for the intents it expresses. A shared intent is evidence for a job even when the
 * caller's words and the job's words differ ("where is your guy?" and "technician arrival").
 *
 * Data, not code: one line per intent, `id|English label|French label|cues`, cues separated by commas. An id ending
 * in `!` marks a request that stands on its own (opening hours, a job application): asked where no job serves it,
 * the call is about something else than the jobs, whatever words it shares with them; `?` marks a question whether
 * the business offers something, which says less: the thing asked about may be what a job does. `id>other` says that a job
 * serving this intent names the other one only as its object: a job that moves or cancels bookings does not take
 * new ones, though it says "appointment". A cue is a
 * sequence of folded words (no accents, lower case, apostrophes and hyphens as spaces); `word*` matches any word
 * starting with `word`; a lone `*` skips up to two words; `_`
 * is one word that may be a name (not "it" nor "someone"). Cues are everyday call-centre language in English
 * (British, American) and French (France, Québec), never one business's phrasing.
 */
const INTENT_TABLE: readonly string[] = [
  'book|Booking an appointment|Prise de rendez-vous|any * left,have you got any,got anything,need something for,need somewhere for,somewhere for,have a look round,look around,we re looking at,looking at next,book,booking,bookings,booked,book in,book me,do you have anything,have anything,anything available,anything open,vous avez quelque chose,avez vous quelque chose,auriez vous quelque chose,appointment*,appt,schedule,scheduling,new appointment,come in,walk in*,can i come,are you available,when can you come,when could you come,can you come,can someone come,prise de rendez vous,prise de rdv,planifier,fixer un rendez vous,pouvez vous passer,pouvez vous venir,quand pouvez vous,schedule a,schedule an,schedule me,get me in,fit me in,squeeze me in,come in for,see the doctor,see a doctor,see the vet,see someone,first available,next available,any availability,availabilit*,free slot,a slot,reserve,reservation*,rendez vous,rdv,prendre rendez,prendre un rendez,reserver,booker,creneau*,disponibilit*,une place,de la place,consultation*,consult,resa,voir maitre,voir le docteur,voir la docteure,voir le dr,voir la dr,table for,une table,reserve a table,a room for,room for,une chambre pour,get in for,get in to see,can i get in,another session,another treatment,a session,une seance,whenever you ve got,whenever you have,have room for,any room,il reste de la place,reste des places,encore de la place,vous reste,des places,can i get an appointment,get an appointment,make an appointment,set up an appointment,set up a time,set something up,pencil me in,put me down for,put me in for,sign me up for,when is your next,when s your next,earliest,soonest,j aimerais venir,je voudrais venir,est ce que je peux venir,je peux passer,passer vous voir,venir vous voir,prendre un rdv,avoir un rendez vous,avoir un rdv,premier disponible,premiere disponibilite,prochaine disponibilite,vous pourriez me prendre,me prendre,bring him in,bring her in,bring it in,amener mon,amener ma,emmener mon,emmener ma,sit down with,meet with,meet someone,meet an,meet a,rencontrer,une rencontre,every other,every two weeks,fortnightly,biweekly,aux deux semaines,toutes les deux semaines,anyone free,someone free,quelqu un de libre,quelqu un de disponible,voir la maitresse,voir le prof,voir la prof,voir l enseignant*,voir le professeur,meet the teacher,see the teacher',
  'reschedule>book|Moving an appointment|Déplacer un rendez-vous|can we do the,could we do the,push * back,anything later,anything earlier,later in the week,earlier in the week,on peut voir pour,voir pour la semaine,une autre journee,reschedul*,rebook*,move my appointment,move my booking,move my visit,move my reservation,move * appointment,move * visit,move * booking,move * reservation,move that,move it to,move or cancel,push back,push it back,push * to,bump * to,bring forward,bring it forward,instead,plutot,a la place,to next week,to the following week,a la semaine prochaine,a la semaine d apres,another day,another time,different day,different time,later date,change my appointment,change the appointment,change my booking,change my reservation,change the date,change the time,postpone*,deplacer,decaler,reporter,repousser,remettre mon,remettre le,avancer mon,avancer le,changer mon rendez,changer la date,changer l heure,changer ma reservation,modifier mon rendez,modifier ma reservation,une autre date,un autre jour,une autre heure,changer les dates,changer * reservation,modifier * reservation,changer * rendez vous,modifier * rendez vous,add a night,extra night,une nuit de plus,rajouter une nuit,ajouter une nuit,arrive a day later,un jour plus tard,mettre plus tard,le mettre a,plus tard dans,on sera que,on sera plus que,only be * of us,fewer people,one more person,une personne de plus,moins nombreux,plus nombreux,switch my appointment,switch the date,swap my,earlier time,earlier appointment,later time,later appointment,plus tot,changer de jour,changer de date,changer d heure,un autre moment,autre creneau,another slot,different slot,switch my reservation,switch my booking,switch * reservation,switch * booking,change * reservation,change * booking,change dates,change the dates,change my dates,come later,come in later,come earlier,come in earlier,can i come later,can i come earlier,could i come later,later in the day,earlier in the day,venir plus tard,venir plus tot,passer plus tard,passer plus tot,change * schedule,changing * schedule,changer * horaire,modifier * horaire,a different day,on a different day',
  'cancel>book|Cancelling|Annulation|take me off,take us off,hold off,holding off,not going ahead,isn t going ahead,won t be going ahead,called off,no longer going,don t need * anymore,plus besoin,on annule,se fera pas,aura pas lieu,cancel*,call off,something came up,something s come up,empechement,un imprevu,call it off,can t make it,cannot make it,won t make it,won t be able to come,can t come,cannot come,not coming,no longer need,don t need it anymore,terminate,termination,end my contract,end my subscription,unsubscribe,stop my subscription,annul*,decommander,desister,je ne pourrai pas venir,pourrai pas venir,pourra pas venir,pourrons pas venir,pourrai pas,pourra pas,pourrons pas,can t make,won t be able to make,peux pas venir,pourrai pas etre la,resilier,resiliation,me desabonner,desabonn*,mettre fin,close my account,close the account,closing my account,fermer mon compte,fermer le compte,done with you,switching provider*,switch provider*,changing provider*,changer de fournisseur,end my service,end the service,stop my service,stop the service,disconnect my,cancel my service,won t be in,will not be in,won t be there,not be in today,off sick,calling in sick,call in sick,viendra pas,viendrai pas,viendront pas,va pas venir,vont pas venir,sera pas la,serai pas la,seront pas la,sera absent*,ne pourra pas,on ne pourra pas,put on hold,pause my,mettre en pause,mettre sur pause,arreter mon,arreter l abonnement,restera a la maison,reste a la maison,rester a la maison,staying home,stay home,keep him home,keep her home,keeping * home,garder a la maison,garde a la maison,suspendre,suspend my,suspend the,suspension de mon,suspension d abonnement,suspendre mon,skip*,pausing,pause the,pause our,on pause,sauter une semaine,sauter un',
  'status>breakdown>order|Status of a visit or order|Suivi d’une visite ou d’une commande|come in yet,in yet,arrived yet,you said,you told me,vous aviez dit,vous avez dit,status,still coming,is someone coming,are you still coming,still on for,toujours prevu,vient toujours,viennent toujours,arrival time,arrival,late,delay*,estimated time,en chemin,en route,heure d arrivee,arrivee,retard*,ready for pickup,pret a ramasser,prete a ramasser,pret pour,prete pour,update on,any update,any news,news on,no news,progress*,haven t heard,have not heard,heard nothing,what s happening with,what is happening with,what s going on with,tracking,track my,track the,where is my,where s my,where * guy,where * guys,where * technician,where * tech,where * driver,where * crew,where * team,where * worker*,where * plumber,where * electrician,where * courier,where * delivery,where are you guys,supposed to be here,supposed to come,supposed to arrive,supposed to show,was supposed to,were supposed to,still waiting,been waiting,still not here,not here yet,hasn t arrived,haven t arrived,hasn t shown,didn t show,no show,never showed,never came,never arrived,not arrived,hasn t come,running late,on the way,on his way,on her way,on their way,eta,how long will,when will,is it ready,ready yet,ready for pick*,ready to pick*,when can i pick,when can i collect,ou en est,ou en sont,ou vous en etes,ou en etes,suivi de,suivi du,suivi d,suivi des,pas de nouvelles,aucune nouvelle,toujours pas recu,jamais recu,qu est ce qui se passe avec,des nouvelles,avancement,toujours pas,toujours en attente,j attends toujours,j attends encore,pas encore arrive,pas encore recu,pas arrive,pas venu,devait passer,devait venir,devait etre,devaient etre,cense etre,censes etre,censee etre,devait arriver,devaient passer,devaient venir,cense,en retard,est il pret,est pret,est prete,sera pret,sera prete,est elle pret*,c est pret,quand je peux recuperer,quand puis je recuperer,quand est ce que je peux,vous avez fini,avez vous fini,c est fini,est ce fini,are you done with,are you finished,finished with my,is it done,venir la chercher,venir le chercher,passer la chercher,passer le chercher,come pick it up,any idea when,how much longer,how long is it going to,how long until,when is it going to be,when will it be,when do i get,when will i get,should have heard,thought i would hear,still haven t,still hasn t,nobody called,no one called,no one has called,personne m a rappele,personne a rappele,on m avait dit,i was told,they told me,vous m aviez dit,ca avance,c est rendu ou,rendu ou,ou c est rendu,c est long,follow up,following up,relance*,arrive plus tard,arriver plus tard,arrivera plus tard,will be late,be a bit late,going to be late,gonna be late,be running late',
  'complaint|Complaint|Plainte|still there,toujours la,sert a rien,came back,they re back,encore retrouve,are back,complain*,feedback,dissatisfaction,insatisfaction,not happy,unhappy,not satisfied,dissatisfied,disappointed,unacceptable,ridiculous,terrible,awful,horrible,worst,rude,disgrace*,outrageous,noisy,too loud,loud,loud music,all night,every night,toute la nuit,chaque nuit,not what i asked,not what i wanted,got it wrong,mistake,pas ce que j,rate,ratee,gache,neighbour*,neighbor*,voisin*,bruyant*,tapage,botched,messed up,screwed up,poor service,bad service,bad job,poor job,shoddy,still not fixed,still broken,did not fix,didn t fix,made it worse,not good enough,fed up,escalat*,plainte,plaindre,reclamation*,mecontent*,pas content*,pas satisfait*,insatisfait*,decu*,inadmissible,inacceptable,scandal*,honteux,n importe quoi,mal fait,bacle,toujours pas repare,pire,en colere,pas serieux,c est inacceptable,this is ridiculous,this is unacceptable,c est pas normal,pas normal,third time,fait * fois,every single time,nobody told me,no one told me,personne m a,personne ne m a,pas contente de,pas content de,not happy with,very unhappy,tres decu*,vraiment pas content*,not impressed,very disappointed,not acceptable,shouldn t have,should not have,not okay,not ok,second time,yet again,encore une fois,ca n a pas de bon sens,pas de bon sens,c est pas correct,pas correct,pas acceptable,tanne,tannee,ecoeure*,j en ai marre,marre,ras le bol,sick of,tired of,the way they,the way you,la facon dont,la maniere dont,attitude,impoli*,make a complaint,file a complaint,formal complaint,porter plainte,faire une plainte,still dirty,was dirty,were dirty,filthy,not clean,wasn t clean,weren t clean,left a mess,made a mess,pas propre,c etait sale,encore sale,toujours sale,mal nettoye*,didn t even,did not even,even bother,n ont meme pas,ont meme pas,a meme pas,pas meme',
  'billing|Billing and payment|Facturation et paiement|payments,invoicing,comptabilite,bill,bills,billing,billed,invoice*,charge,charged,charges,overcharg*,double charged,payment*,pay,paying,paid,receipt*,statement,balance,owe,outstanding,credit card,debit,direct debit,account balance,facture*,factur*,paiement*,payer,paye,payee,regler la facture,regler ma facture,regler le solde,reglement,prelev*,solde,carte de credit,carte bancaire,debite,montant,my rent,the rent,rent payment,pay rent,mon loyer,le loyer,payer le loyer,how do i pay,can i pay,pay by,pay with,payer par,payer avec,virement,e transfer,etransfer,interac,by cheque,by check,in cash,comptant,was debited,taken out of my account,came out of my account,why was i charged,on m a facture,on m a charge,charged twice,payment plan,plan de paiement,entente de paiement,installments,versements',
  'refund|Refund|Remboursement|refund*,money back,reimburs*,charge back,chargeback,rembours*,etre rembourse,avoir un avoir,get my money back,want my money back,deposit back,ma caution,remboursez,retour d argent',
  'emergency|Emergency|Urgence|emergenc*,heat is out,heat s out,heating is out,no power,power is out,power s out,power outage,through the ceiling,water everywhere,water coming,water is coming,cold in the house,house is cold,degrees in the house,panne de courant,plus de courant,plus d electricite,pas d electricite,de l eau partout,l eau coule,froid dans la maison,degres dans la maison,dispatch,after hours emergency,urgent*,asap,right now,right away,straight away,immediately,as soon as possible,danger*,unsafe,gas,smell gas,rotten egg*,oeufs pourris,carbon monoxide,co alarm,fire,smoke,sparks,sparking,burning smell,flood*,burst,pouring,gushing,no heat,no heating,is freezing,freezing cold,freezing in,frozen pipe*,it s freezing,so cold,spraying,come now,come right away,send someone,unbearable,excruciating,agony,severe pain,bleeding,can t breathe,not breathing,collapsed,unconscious,seizure,poison*,swallowed,ate something,ate some,ate a,ate the,ate my,got into the,ingested,overflow*,a mange du,a mange de la,a mange des,a avale,hit by a car,got hit,attacked,bitten,badly hurt,injured,life threatening,urgence*,tout de suite,au plus vite,le plus vite,rapidement,vite,gaz,odeur de gaz,monoxyde,incendie,feu,fumee,etincelle*,inond*,deborde,degat d eau,degat des eaux,degats d eau,plus de chauffage,pas de chauffage,sans chauffage,on gele,gele,il fait froid,fait frette,frette,on a froid,saign*,respire plus,respire pas,inconscient*,convuls*,empoisonn*,intoxi*,avale,frappe par,blesse*,grave,fume,ca fume,tres mal,super mal,tellement mal,atroce,insupportable,n en peux plus,au plus pressant,won t stop,all over the floor,all over the,water coming out,coming out from,from the ceiling,du plafond,eau qui coule,qui coule,please hurry,hurry,getting worse,worse and worse,de pire en pire,c est grave,life or death,can t walk,can t stand,won t stop bleeding,choking,s etouffe,etouffe,respire mal,trouble breathing,difficulty breathing,chest pain,douleur a la poitrine',
  'breakdown|Something broken or not working|Panne ou réparation|broken,broke,broke down,breakdown,break down,not working,isn t working,stopped working,doesn t work,does not work,won t work,won t start,won t turn on,won t turn,won t come on,not turning on,quit,quit on,died,is dead,gave out,gave up,packed up,conked out,out of order,faulty,fault,malfunction*,acting up,making a noise,making noise,weird noise,strange noise,leak*,leaking,dripping,repair*,fix,fixed,fixing,fix it,come fix,needs fixing,maintenance request,work order,service call,repair request,appel de service,demande de reparation,bris,en panne,panne,pannes,ne marche,marche pas,marche plus,fonctionne pas,fonctionne plus,ne fonctionne,brise,brisee,casse,cassee,casses,cassees,lache,a lache,defectueu*,reparer,reparation*,depann*,bruit,fuit,fuite*,arrete de,clogged,mice,rats,cockroach*,bed bug*,pests,souris,coquerelle*,punaise*,mold,mould,moisissure*,not cooling,not heating,ne chauffe plus,ne chauffe pas,ne refroidit,blocked,backed up,bouche,bouchee,no hot water,pas d eau chaude,plus d eau chaude,error,erreur,is down,are down,went down,est down,keeps dropping,won t flush,won t drain,won t print,won t open,won t load,won t connect,won t charge,won t stop,won t close,won t lock,is out,went out,is cold,are cold,stone cold,ice cold,est froid,sont froids,takes forever,so slow,really slow,crash*,plante,bug*,ne demarre,demarre plus,demarre pas,not sending,not syncing,isn t syncing,been down,s down,down since,nothing s working,nothing works,nothing is working,cutting out,cuts out,keeps cutting,no signal,no connection,no internet,no wifi,pas de signal,pas de connexion,pas d internet,plus d internet,passe plus,ne passe pas,marche pu,fonctionne pu,s ouvre pas,ouvre pas,ouvre plus,blinking,flashing,clignote,not working properly,doesn t work properly,something wrong with,something s wrong with,wrong with,qui marche pas,fait un bruit,making a sound,rattling,grinding,squeaking,buzzing,clicking,ne s allume pas,s allume pas,s allume plus,won t turn off,keeps turning off,shuts off,turns off,tripping,tripped,breaker,disjoncte,disjoncteur,not blowing,blowing cold,blowing hot,souffle froid,souffle pas,jammed,coince*,bouge plus,are dead,went dead,gone dead',
  'person|Asking for a person|Demande à parler à quelqu’un|staff member,member of staff,receptionist,live agent,human agent,a human,transfer me,transfer you,transfer my call,transfer the call,transferer a,transfert vers,conseiller*,un agent,une agente,prepose*,receptionniste,speak to,speak with,talk to,talk with,speak to someone,talk to someone,representative,rep,operator,agent,human,real person,actual person,live person,a person,someone real,put me through,connect me,extension,the owner,the boss,the manager,a manager,your manager,the supervisor,a supervisor,someone in charge,le responsable,la responsable,le gerant,la gerante,is he there,is she there,is he in,is she in,is he available,is she available,parler a,parler au,parler aux,parler avec,joindre,rejoindre,une personne,un humain,une vraie personne,quelqu un de vrai,me transferer,me passer,passer monsieur,passer madame,le patron,la patronne,le proprietaire,voir maitre,voir le docteur,voir la docteure,voir le dr,maitre,est il la,est elle la,est ce qu il est la,est ce qu elle est la,est il disponible,est elle disponible,disponible pour me parler,can i talk to,can i speak to,could i speak,i need to talk,quelqu un de la,someone from,in charge of,responsible for,directeur,directrice,la direction,head office,is _ there,is _ in today,is _ available,is _ around,is _ in the office,est ce que _ est la,is dr _ in,a specific,specific person,particular person,en particulier,une personne en particulier',
  'message|Leaving a message|Laisser un message|message,messages,leave a message,take a message,pass on,pass along,let him know,let her know,let them know,tell him,tell her,call me back,call back,callback,ring me back,get back to me,have him call,have her call,have someone call,return my call,returning a call,returning his call,returning her call,voicemail,laisser un message,prendre un message,un message,faire le message,transmettre,dites lui,lui dire,me rappeler,me rappelle,qu il me rappelle,qu elle me rappelle,rappel*,retourner mon appel,retour d appel,let * know,tell * to,pass a question,pass * message,pass on a,passer un message,faire passer,dites a,dire a,pouvez vous dire,ask * to call,have * call me,can * call me,could * call me,returning * call,retourne * appel,retourner * appel,me revenir,me revient,revenir a moi,un coup de fil,me recontacter,recontact*,get back to us,reach me,like _ to know,want _ to know,make sure _ knows,make sure _ gets,tell _ that',
  'price|Prices and quotes|Prix et devis|give us a number,give me a number,what would it run,trouver mieux,find me better,find me a better,better price,meilleur prix,a monte,went up,gone up,how much,price*,pricing,cost,costs,costing,quote*,quotation,estimat*,ballpark,rate,rates,fee,fees,what do you charge,how much do you charge,charge for,combien,prix,tarif*,cout,couts,coute,coutent,couter,couterait,coutera,devis,estimation,soumission*,evaluation,ca coute,ca couterait,frais,how much would,how much is,how much are,what would it cost,what does it cost,what s the cost,what s the price,rough idea,a quote,c est combien,ca revient a combien,quel est le prix,vos prix,vos tarifs,expensive,affordable,budget',
  'hours!|Opening hours|Heures d’ouverture|your hours,business hours,what are the hours,what are your hours,opening hours,opening times,are you open,you open,open on,open today,open tomorrow,open late,open until,open till,what time do you open,what time do you close,when do you open,when do you close,closing time,close today,closed on,horaire*,heures d ouverture,vous etes ouvert*,etes vous ouvert*,c est ouvert,ouvert le,ouverts le,ouvert ce,ouverts ce,ouvert demain,ouverts demain,ouvert jusqu,ouverts jusqu,ouvert entre,ouverts entre,ouvrez,fermez,ferme a quelle heure,a quelle heure vous,jusqu a quelle heure,a quelle heure fermez,a quelle heure ouvrez,vous fermez,vous ouvrez,fermez vous,ouvrez vous,are you closed,ouvert le dimanche,ouvert les,ouverts les,holiday hours,jours feries,jour ferie,open sunday*,open saturday*,open on weekends,open weekends',
  'directions!|Directions, address and parking|Adresse, accès et stationnement|your address,what s the address,what is the address,the address of,where are you located,where are you based,where is your office,where is your shop,where is your clinic,where is your store,located at,directions,how do i get to,how to get to,how do i find you,where can i park,where do i park,where to park,votre adresse,l adresse,ou etes vous,ou vous etes,ou vous trouvez,vous etes situe*,etes vous situe*,itineraire,comment se rendre,comment vous trouver,comment venir,ou se garer,ou me garer,ou stationner,du stationnement,park my car,se stationner,se garer,where exactly,ou exactement,can t find you,which entrance,quelle entree,how do i get there,how to get there,what street,quelle rue,quel coin,transport en commun,public transit,place de parking,places de parking,place de stationnement,parking space,parking spaces,is there parking,any parking,parking for,du parking,un parking pour,car park,parking permit*,parking pass*,parking spot,vignette de stationnement,permis de stationnement',
  'results|Results|Résultats|results back,my results,the results,test result*,lab result*,exam result*,mes resultats,les resultats,resultats d,resultats de,lab,labs,bloodwork,blood work,blood test*,test came back,tests came back,x ray,xray,ct scan,mri,ultrasound,biopsy,irm,my tests,the tests,analyses,prise de sang,bilan sanguin,radio,labo,laboratoire,echographie,biopsie',
  'records|Documents and records|Documents et dossiers|what do i need to bring,what should i bring,bring with me,apporter,a fournir,pieces justificatives,quoi amener,record,records,my file,copy of,copies,certificate*,document*,paperwork,papers,form,forms,report,letter,proof,history,certificat*,attestation*,dossier*,copie*,papiers,formulaire*,rapport,lettre,preuve,carnet,historique',
  'prescription|Prescription or medication|Ordonnance ou médicaments|prescription*,refill*,ran out,run out,running out,almost out,out of my,renew my prescription,renew my meds,renew my medication,antibiotic*,side effect*,can i take * with,repeat prescription,medication*,medicine*,meds,pills,tablets,dose,dosage,pharmacy,ordonnance*,renouveler mon ordonnance,renouvellement d ordonnance,renouvellement de mon ordonnance,antibiotique*,effets secondaires,effet secondaire,je n ai plus de,plus de pilules,plus de medicaments,a court de,medicament*,medoc*,pilule*,comprime*,posologie',
  'newClient|Becoming a new client|Nouveau client|first appointment,first meeting,first consultation,never used,just moved,new to the area,premier rendez vous,premier rdv,premiere consultation,emmenag*,nouveau dans le,nouvelle dans le,new patient*,new client*,new customer*,register,registering,registration,sign up,signing up,join,first time,first visit,never been,taking new,accepting new,take on new,nouveau patient,nouvelle patiente,nouveaux patients,nouveau client,nouvelle cliente,nouveaux clients,m inscrire,inscri*,premiere fois,premiere visite,jamais venu*,prenez vous de nouveaux,acceptez vous de nouveaux,free trial,trial class,trial session,seance d essai,cours d essai,essai gratuit,try it out,try you out,switching to you,switch to you',
  'order|Ordering and delivery|Commande et livraison|order,ordering,ordered,place an order,delivery,deliver,delivered,deliveries,shipping,shipment,ship,parcel,package,pick up,pickup,collect,collection,in stock,takeaway,take away,takeout,commande*,commander,emporter,livraison*,livrer,livre,colis,expedition,ramasser,recuperer,retirer,en stock,disponible en',
  'insurance|Insurance|Assurance|insurance,insurer,insured,covered,coverage,cover it,policy,claim,claims,assurance*,assureur,assure,mutuelle,couverture,couvert,prise en charge,sinistre,reclamation d assurance,cover,covers,covered by,health plan,benefit plan,benefits plan,my benefits,extended health,couvre,couverts,couvert par,rembourse par',
  'checkup|Check-up or routine service|Contrôle ou entretien courant|inspect*,faire verifier,check up,checkup,check ups,annual,yearly,tune up,maintenance,servicing,service my,inspection,vaccin*,shots,booster,cleaning,controle,bilan,visite annuelle,annuel*,routine,entretien,revision,mise au point,rappel de vaccin,nettoyage',
  'newWork|New work or installation|Nouveaux travaux ou installation|install*,replace,replacing,replacement,new system,upgrade,renovat*,put in a new,fit a new,installer,installation,remplacer,remplacement,changer le,changer la,renov*,travaux,nouveau systeme,nouvelle installation',
  'jobs!|Looking for a job|Candidature|hiring,looking for a job,looking for work,job as a,je cherche un emploi,je cherche du travail,cherche un poste,are you hiring,job opening*,vacancy,vacancies,apply for,application for a job,my cv,my resume,work for you,apprentice*,emploi*,embauch*,recrut*,candidature,mon cv,postuler,travailler pour vous,travailler chez vous,un stage,are you looking for a,are you looking for an,looking for staff,position,positions,internship,placement,summer job,student job,emploi d ete,job d ete,vous engagez,engagez vous,embauchez,vous recrutez,recrutez vous,vous embauchez,embauchez vous,you hiring,you guys hiring,hiring right now,send my cv,send my resume,envoyer mon cv,deposer mon cv,un poste d',
  'sales!|Sales or marketing call|Démarchage commercial|i m calling from,calling on behalf,special offer,offer you,advertis*,marketing,seo,website design,google listing,business listing,je vous appelle de la part,offre speciale,publicite,referencement,we re a company,we help businesses,partnership,partenariat,sponsor*,commandite,donation,fundraiser,levee de fonds,survey,sondage,grow your business,merchant services',
  'lost|Lost item|Objet perdu|turn in,turned in,hand in,handed in,anybody find,anyone find,left in the,oublie dans,laisse dans,never got,never received,didn t receive,didn t get it,pas recu,jamais recu,missing,manquant*,left my,left his,left her,left our,left behind,forgot my,found,lost and found,perdu*,oublie*,laisse mon,laisse ma,laisse mes,laisse son,laisse sa,laisse ses,retrouve*,objets trouves',
  'details!|Updating personal details|Mise à jour des coordonnées|change my address,update my address,new address,change my number,update my number,new phone number,change my details,update my details,update my information,moved house,changer mon adresse,changement d adresse,nouvelle adresse,changer mon numero,nouveau numero,mettre a jour mes,mes coordonnees,changer mes coordonnees',
  'unwell|Feeling unwell or symptoms|Malaise ou symptômes|sick,ill,unwell,poorly,vomit*,throwing up,threw up,diarrh*,fever,temperature,cough*,not eating,isn t eating,hasn t eaten,hasn t been eating,won t eat,stopped eating,lethargic,limping,rash,infection,infected,swollen,swelling,pain,painful,in pain,hurts,hurting,hurt,ache,aches,aching,sore,bleeding,symptom*,malade,vomi*,diarrhee,fievre,tousse,toux,mange plus,mange pas,ne mange,boite,infect*,enfle*,gonfl*,douleur*,mal au,mal a la,mal aux,j ai mal,a mal,saign*,symptome*,fatigue,rage de dent*,fait de la fievre,gastro,grippe,flu,rhume,otite,ear infection,the flu,a cold,not feeling well,feeling sick,doesn t feel well,not himself,not herself,off his food,off her food,won t drink,not drinking,drinking a lot,blood in,sang dans,being sick,keeps scratching,se gratte,itchy,itching,demangeaison*,limp*',
  'damage|Damage|Dommages|ripped,torn,tore,dechire*,damaging,scratch*,dented,cracked,smashed,shattered,ruined,broke my,broken,abime*,raye*,rayure*,bosse,bosses,bossele,endommag*,degat*,fissur*,brise,cabosse*,enfonce*',
  'injury|Injury|Blessure|injur*,hurt himself,hurt herself,hurt myself,hurt themselves,got hurt,get hurt,s est blesse*,s est fait mal,se blesser,blessure*,bump on,bruise*,bruising,ecchymose*,cut himself,cut herself,coupure*,bitten,got bit,bit him,bit her,bite,morsure*,mordu*,mordre,sprain*,twisted my,twisted his,twisted her,entorse*,foulure,pulled a muscle,fracture*,incident*,bobo,pris un coup,hit his head,hit her head,bosse sur,bump on his,bump on her,big bump,fait une chute,a chute,est tombe par terre,est tombee par terre,un bleu,des bleus,plein de bleus,black eye,oeil au beurre noir',
  'absence>book|Reporting an absence or lateness|Signaler une absence ou un retard|absent*,absence*,won t be in,will not be in,not be in today,off sick,calling in sick,call in sick,home sick,stay home,staying home,keep him home,keep her home,keeping * home,miss school,miss class,missing school,will miss,be late,will be late,running late,viendra pas,viendrai pas,viendront pas,va pas venir,vont pas venir,sera pas la,seront pas la,manquera,manqueront,va manquer,vont manquer,pas en classe,pas a l ecole,restera a la maison,reste a la maison,garder a la maison,arrivera plus tard,arrivera vers,arrivera a,rendez vous chez,rdv chez,appointment at the,doctor s appointment,dentist appointment,enterrement,funeral',
  'harass|Harassment or bullying|Harcèlement ou intimidation|harass*,bully,bullied,bullies,bullying,picked on,picking on,pick on,being mean,intimid*,threaten*,threats,harcel*,cyberharcel*,embeter,embete*,se fait embeter,moque*,se moquer,insulte*,pushed him,pushed her,on l a pousse*,l ont pousse*,bagarre*,fight,fights,fighting,discriminat*,racis*,menace*,slur*',
  'accident|Accident|Accident|accident*,rentre dedans,backed into,ran into,crashed into,hit my car,crash,crashed,collision,rear ended,hit by,knocked off,knocked down,run over,fell,slipped,tripped,accroch*,collision*,renverse*,tombe,tombee,glisse,percute*,embouti*,tape un,tape une',
  'access|Access or login problem|Problème d’accès ou de connexion|lockout*,locked out,locked myself out,lock out,can t log in,can t login,can t sign in,can t get in,can t get into,cannot log in,can t access,password*,passcode,login,log in,sign in,account locked,reset my,mot de passe,mdp,identifiant*,me connecter,connecter,acceder,acces a mon compte,compte bloque,enferme dehors,bloque dehors,lost my key*,perdu mes cles,perdu ma cle,code d acces,door code,locked the keys,locked my keys,keys locked,keys inside,keys in the car,enferme les cles,cles a l interieur,cles dans l auto,cles dans la voiture',
  'renewal|Renewing or ending a contract|Renouvellement ou fin de contrat|hang onto,hang on to,keep * till,keep * until,garder * jusqu,renew*,extend*,more days,extra day*,keep it longer,keep * longer,plus longtemps,another year,extend my,extension of,sign again,lease,contract,give notice,notice to,moving out,move out,end of my lease,renouvel*,prolonger,reconduire,reconduction,bail,contrat,preavis,fin de bail,fin de contrat,quitter le logement,quitter l appartement',
  'plan|Changing a plan or package|Changer de forfait|upgrad*,downgrad*,faster,cheaper,better deal,a deal,deals,promotion*,promo,promos,change my plan,change my package,change plan,switch plan*,my package,my plan,forfait*,changer de forfait,moins cher,plus rapide,une promotion,un rabais,des rabais,rabais',
  'offer?|Asking whether something is offered|Demander si un service est offert|do you sell,do you offer,do you do,do you carry,do you make,do you provide,do you treat,do you stock,vous vendez,vendez vous,vous faites,faites vous,vous offrez,offrez vous,vous proposez,proposez vous,est ce que vous faites,est ce que vous vendez,est ce que vous offrez',
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
  /** Whether it only asks if something is offered (`?` in INTENT_TABLE): a weaker sign of another request. */
  readonly inquiry: boolean;
}

interface Cue {
  /** The intent's position in the table. */
  readonly intent: number;
  readonly tokens: readonly string[];
}

interface IntentIndex {
  readonly intents: readonly CallIntent[];
  readonly standalone: ReadonlySet<number>;
  readonly inquiries: ReadonlySet<number>;
  /** The intents each intent makes a mere object of, by id (see INTENT_TABLE). */
  readonly objects: ReadonlyMap<string, readonly string[]>;
  /** Cues by their first word; cues whose first word is a prefix (`word*`) are kept by that prefix. */
  readonly byWord: ReadonlyMap<string, readonly Cue[]>;
  readonly byPrefix: ReadonlyMap<string, readonly Cue[]>;
  readonly shortestPrefix: number;
  /**
   * One-word cues of TYPO_LENGTH letters or more, by first two letters and length: a caller's typo still counts
   * (see routingCorpus for why two letters).
   */
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
  const inquiries = new Set<number>();
  const objects = new Map<string, string[]>();
  const byWord = new Map<string, Cue[]>();
  const byPrefix = new Map<string, Cue[]>();
  let shortestPrefix = Number.POSITIVE_INFINITY;
  const typoTargets = new Map<string, [string, Cue][]>();
  for (const line of INTENT_TABLE) {
    const [mark = '', en = '', fr = '', cues = ''] = line.split('|');
    const [head = '', ...objectIds] = mark.split('>');
    const id = head.replace(/[!?]$/, '');
    const intent = intents.push({ id, label: { en, fr } }) - 1;
    if (head.endsWith('!') || head.endsWith('?')) standalone.add(intent);
    if (head.endsWith('?')) inquiries.add(intent);
    if (objectIds.length > 0) objects.set(id, objectIds);
    for (const text of cues.split(',')) {
      const tokens = text.trim().split(/\s+/).filter(Boolean);
      const first = tokens[0];
      if (!first || first === '*') continue;
      const cue = { intent, tokens };
      if (tokens.length === 1 && !first.endsWith('*') && first.length >= TYPO_LENGTH) {
        const key = `${first.slice(0, 2)}${first.length}`;
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
  return { intents, standalone, inquiries, objects, byWord, byPrefix, shortestPrefix, typoTargets };
}

let intentIndex: IntentIndex | undefined;

function index(): IntentIndex {
  intentIndex ??= buildIndex();
  return intentIndex;
}

/** Words a `_` does not take for a name: "is it there?" asks about a thing, "is Linda there?" for a person. */
const NOT_A_NAME = new Set(
  'it that this there he she they anyone anybody someone somebody everyone everything something anything ce ca il elle'.split(
    ' ',
  ),
);

function tokenMatches(token: string, word: string | undefined): boolean {
  if (word === undefined) return false;
  if (token === '_') return !NOT_A_NAME.has(word);
  return token.endsWith('*') ? word.startsWith(token.slice(0, -1)) : word === token;
}

/**
 * The words a cue matches from `start` and the position after them, or undefined; a lone `*` skips up to MAX_GAP
 * words.
 */
function matchCue(
  tokens: readonly string[],
  words: readonly string[],
  start: number,
): [string[], number] | undefined {
  const matched: string[] = [];
  let position = start;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] ?? '';
    if (token === '*') {
      const next = tokens[t + 1];
      if (next === undefined) return [matched, position];
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
  return [matched, position];
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
    for (const [token, cue] of typoTargets.get(`${word.slice(0, 2)}${length}`) ?? []) {
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
  const { intents, standalone, inquiries, objects } = index();
  const found = new Map<number, { words: Set<string>; strength: number }>();
  const spans: { intent: number; words: string[]; start: number; end: number }[] = [];
  const negated = negatedPositions(words);
  for (let i = 0; i < words.length; i++) {
    if (negated.has(i)) continue;
    for (const cue of candidates(words[i] ?? '', typos)) {
      const match = matchCue(cue.tokens, words, i);
      if (match) spans.push({ intent: cue.intent, words: match[0], start: i, end: match[1] });
    }
  }
  for (const span of spans) {
    // Two phrases that share words but neither holds the other are two readings of them; the longer one wins:
    // "une place de parking" asks where to park, not for a place in a class. A phrase inside a longer one is
    // part of what it says ("rdv" in "premier rdv"), unless it is only the longer one's object ("can I come" in
    // "can I come later" moves a visit, it books none).
    const overruled = spans.some(
      (other) =>
        other.intent !== span.intent &&
        other.words.length > span.words.length &&
        other.start < span.end &&
        span.start < other.end &&
        (span.start < other.start ||
          span.end > other.end ||
          (objects.get(intents[other.intent]?.id ?? '')?.includes(intents[span.intent]?.id ?? '') ?? false)),
    );
    if (overruled) continue;
    const entry = found.get(span.intent);
    if (entry) {
      for (const word of span.words) entry.words.add(word);
      entry.strength = Math.max(entry.strength, span.words.length);
    } else found.set(span.intent, { words: new Set(span.words), strength: span.words.length });
  }
  return [...found]
    .map(([intent, { words: matched, strength }]) => ({
      intent: intents[intent] as CallIntent,
      words: [...matched],
      strength,
      standalone: standalone.has(intent),
      inquiry: inquiries.has(intent),
    }))
    .sort((a, b) => b.strength - a.strength);
}

/** The intents a text expresses (see intentsOfWords). */
export function intentsOf(text: string, typos = false): IntentMatch[] {
  return intentsOfWords(foldedWords(text), typos);
}

/**
 * The intents a job serves, by id, read from its text, and all those it names: those it names only as the object
 * of another intent it serves are not served ("move or cancel a booked appointment" serves no booking).
 */
export function servedIntents(text: string): { served: Set<string>; named: Set<string> } {
  const { objects } = index();
  const named = new Set(intentsOf(text).map((match) => match.intent.id));
  const served = new Set(named);
  for (const id of named) for (const object of objects.get(id) ?? []) served.delete(object);
  return { served, named };
}

/** Every general call intent, in table order. */
export function callIntents(): readonly CallIntent[] {
  return index().intents;
}
