import type { JobTemplateDefinition, TemplateText } from './types';

/** Instructions are numbered steps, one per line. */
const steps = (...lines: string[]): string => lines.join('\n');

/**
 * French text is written here with ordinary spaces; this puts a no-break space before « : ; ! ? » » and
 * after « « », so a line never wraps between a word and its punctuation.
 */
function french(text: TemplateText): TemplateText {
  const space = (value: string) => value.replace(/ ([:;!?»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
  return {
    name: space(text.name),
    description: space(text.description),
    trigger: space(text.trigger),
    instructions: space(text.instructions),
  };
}

const TRANSFER_WARNING_EN =
  'Tell the caller before transferring. Sona cannot come back to the call afterwards.';
const TRANSFER_WARNING_FR =
  'Prévenez l’appelant avant le transfert. Sona ne peut pas revenir dans l’appel ensuite.';

/** Built-in templates, most common first. Ids are stable: jobs keep them in `templateId`. */
export const JOB_TEMPLATES: readonly JobTemplateDefinition[] = [
  {
    id: 'take-a-message',
    category: 'messages',
    text: {
      en: {
        name: 'Take a message',
        description:
          'Take a clear message for a person or team who cannot answer, with the caller’s contact details.',
        trigger:
          'The caller wants to reach someone who is not available, or to leave a message. For example: “Can I leave a message?”, “Is Julie in today?”, “Tell Marc I called.”',
        instructions: steps(
          '1. Ask who the message is for. If the caller does not know, note “the team”.',
          '2. Ask for the caller’s full name.',
          '3. Ask whether the number they are calling from is the best one to call them back. If not, ask for another one.',
          '4. Read the phone number back digit by digit.',
          '5. Ask for the message, in the caller’s own words.',
          '6. If the caller says it is urgent, ask why and start the message with “Urgent”.',
          '7. Read the message back and correct anything the caller changes.',
          '8. Tell the caller the message will be passed on, and thank them for calling.',
        ),
      },
      fr: french({
        name: 'Prendre un message',
        description:
          'Prendre un message clair pour une personne ou une équipe qui ne peut pas répondre, avec les coordonnées de l’appelant.',
        trigger:
          'L’appelant veut joindre une personne qui n’est pas disponible, ou laisser un message. Par exemple : « Puis-je laisser un message ? », « Est-ce que Julie est là aujourd’hui ? », « Dites à Marc que j’ai appelé. »',
        instructions: steps(
          '1. Demandez à qui s’adresse le message. Si l’appelant ne le sait pas, indiquez « l’équipe ».',
          '2. Demandez le nom complet de l’appelant.',
          '3. Demandez si le numéro d’où il appelle est le meilleur pour le rappeler. Sinon, demandez-en un autre.',
          '4. Répétez le numéro de téléphone chiffre par chiffre.',
          '5. Demandez le message, dans les mots de l’appelant.',
          '6. Si l’appelant dit que c’est urgent, demandez pourquoi et commencez le message par « Urgent ».',
          '7. Relisez le message et corrigez ce que l’appelant modifie.',
          '8. Dites à l’appelant que son message sera transmis, et remerciez-le de son appel.',
        ),
      }),
    },
  },
  {
    id: 'qualify-a-lead',
    category: 'sales',
    text: {
      en: {
        name: 'Qualify a lead',
        description:
          'Find out what a potential customer needs, when and for what budget, and pass the lead to the sales team.',
        trigger:
          'The caller is interested in buying from or hiring the business and wants information or a quote. For example: “How much would it cost to…”, “I’d like a quote”, “Do you install…?”',
        instructions: steps(
          '1. Ask what the caller is looking for. Answer general questions from Knowledge; if a price is not there, say the sales team will give a quote.',
          '2. Ask whether it is for a business or for personal use. If it is a business, ask for the company name.',
          '3. Ask when they would like to start.',
          '4. Ask whether they have a budget in mind. If they prefer not to say, move on.',
          '5. Ask for their full name.',
          '6. Ask for the best phone number or email to reach them, and read it back.',
          '7. Sum up the need, the timing and the budget, and ask the caller to confirm.',
          '8. Tell the caller a member of the sales team will contact them, and thank them.',
        ),
      },
      fr: french({
        name: 'Qualifier un prospect',
        description:
          'Cerner le besoin d’un client potentiel, ses délais et son budget, puis transmettre la demande à l’équipe des ventes.',
        trigger:
          'L’appelant souhaite acheter un produit ou faire appel à l’entreprise, et veut de l’information ou un prix. Par exemple : « Combien coûterait… », « Pouvez-vous me faire un devis ? », « Est-ce que vous installez… ? »',
        instructions: steps(
          '1. Demandez ce que l’appelant recherche. Répondez aux questions générales à l’aide des Connaissances ; si un prix n’y figure pas, dites que l’équipe des ventes proposera un prix.',
          '2. Demandez si c’est pour une entreprise ou pour un usage personnel. Si c’est pour une entreprise, demandez son nom.',
          '3. Demandez quand il souhaite commencer.',
          '4. Demandez s’il a un budget en tête. S’il préfère ne pas répondre, passez à la suite.',
          '5. Demandez son nom complet.',
          '6. Demandez le meilleur numéro de téléphone ou courriel pour le joindre, et répétez-le.',
          '7. Résumez le besoin, les délais et le budget, et demandez à l’appelant de confirmer.',
          '8. Dites à l’appelant qu’un membre de l’équipe des ventes le contactera, et remerciez-le.',
        ),
      }),
    },
  },
  {
    id: 'book-an-appointment',
    category: 'scheduling',
    text: {
      en: {
        name: 'Book an appointment',
        description:
          'Collect the service, preferred times and contact details for a new appointment, and confirm the request by SMS.',
        trigger:
          'The caller wants to make an appointment or a reservation. For example: “Can I book an appointment?”, “Do you have anything on Friday?”, “I’d like to come in next week.”',
        instructions: steps(
          '1. Ask which service the caller wants. Use Knowledge for the services offered and how long they take.',
          '2. Ask which day and time they prefer. Stay within the opening hours in Knowledge.',
          '3. Ask for a second choice, in case the first one is taken.',
          '4. Ask for the caller’s full name.',
          '5. Ask for a mobile number, and read it back digit by digit.',
          '6. Read back the service, both times, the name and the number, and ask the caller to confirm.',
          '7. Send the caller an SMS confirming that the request was received. [sms: We received your appointment request. Our team will contact you to confirm the exact time.]',
          '8. Tell the caller the team will confirm the exact time by phone or SMS.',
        ),
      },
      fr: french({
        name: 'Prendre un rendez-vous',
        description:
          'Recueillir le service voulu, les disponibilités et les coordonnées pour un nouveau rendez-vous, et confirmer la demande par SMS.',
        trigger:
          'L’appelant veut prendre un rendez-vous ou faire une réservation. Par exemple : « Puis-je prendre rendez-vous ? », « Avez-vous de la place vendredi ? », « J’aimerais passer la semaine prochaine. »',
        instructions: steps(
          '1. Demandez quel service l’appelant souhaite. Consultez les Connaissances pour les services offerts et leur durée.',
          '2. Demandez le jour et l’heure qu’il préfère. Restez dans les heures d’ouverture indiquées dans les Connaissances.',
          '3. Demandez un second choix, au cas où le premier serait déjà pris.',
          '4. Demandez le nom complet de l’appelant.',
          '5. Demandez un numéro de téléphone mobile et répétez-le chiffre par chiffre.',
          '6. Relisez le service, les deux choix, le nom et le numéro, et demandez à l’appelant de confirmer.',
          '7. Envoyez à l’appelant un SMS qui confirme la réception de la demande. [sms: Nous avons bien reçu votre demande de rendez-vous. Notre équipe vous contactera pour confirmer l’heure exacte.]',
          '8. Dites à l’appelant que l’équipe confirmera l’heure exacte par téléphone ou par SMS.',
        ),
      }),
    },
  },
  {
    id: 'reschedule-or-cancel',
    category: 'scheduling',
    text: {
      en: {
        name: 'Reschedule or cancel an appointment',
        description: 'Move or cancel an existing appointment and confirm the change to the caller by SMS.',
        trigger:
          'The caller has an appointment and wants to change its time or cancel it. For example: “I need to change my appointment”, “Can we move Tuesday’s visit?”, “I want to cancel.”',
        instructions: steps(
          '1. Ask for the caller’s full name.',
          '2. Ask for the date and time of their current appointment.',
          '3. Ask whether they want to move it or cancel it.',
          '4. If they want to move it, ask which day and time they prefer, and a second choice.',
          '5. If they want to cancel, explain the cancellation policy in Knowledge, if there is one.',
          '6. Read the change back and ask the caller to confirm.',
          '7. Send the caller an SMS confirming that the request was received. [sms: We received your request to move or cancel your appointment. Our team will confirm the change with you.]',
          '8. Tell the caller the team will confirm the new time, or that the cancellation is noted.',
        ),
      },
      fr: french({
        name: 'Déplacer ou annuler un rendez-vous',
        description:
          'Déplacer ou annuler un rendez-vous existant et confirmer le changement à l’appelant par SMS.',
        trigger:
          'L’appelant a un rendez-vous et veut en changer l’heure ou l’annuler. Par exemple : « Je dois changer mon rendez-vous », « Peut-on déplacer la visite de mardi ? », « Je veux annuler. »',
        instructions: steps(
          '1. Demandez le nom complet de l’appelant.',
          '2. Demandez la date et l’heure de son rendez-vous actuel.',
          '3. Demandez s’il veut le déplacer ou l’annuler.',
          '4. S’il veut le déplacer, demandez le jour et l’heure qu’il préfère, ainsi qu’un second choix.',
          '5. S’il veut l’annuler, expliquez la politique d’annulation indiquée dans les Connaissances, s’il y en a une.',
          '6. Relisez le changement et demandez à l’appelant de confirmer.',
          '7. Envoyez à l’appelant un SMS qui confirme la réception de la demande. [sms: Nous avons bien reçu votre demande de déplacement ou d’annulation de rendez-vous. Notre équipe vous confirmera le changement.]',
          '8. Dites à l’appelant que l’équipe confirmera la nouvelle heure, ou que l’annulation est notée.',
        ),
      }),
    },
  },
  {
    id: 'escalate-to-a-manager',
    category: 'escalation',
    text: {
      en: {
        name: 'Escalate to a manager',
        description:
          'Calm an unhappy caller, note the problem and put them through to a manager or take a message.',
        trigger:
          'The caller is unhappy, wants to complain, or asks for a manager. For example: “I want to speak to a manager”, “This is unacceptable”, “Who is in charge?”',
        instructions: steps(
          '1. Let the caller explain the problem without interrupting, then acknowledge their frustration in one short sentence.',
          '2. Ask for the caller’s full name.',
          '3. Ask for an order, invoice or file number, if they have one.',
          '4. Sum up the problem in one sentence and ask the caller to confirm.',
          '5. If Knowledge answers the problem, offer that answer first.',
          '6. Ask whether they would rather be transferred to a manager now or leave a message.',
          '7. If they prefer a message, ask for the best number to call them back, read it back, and end the call.',
          `8. Otherwise, transfer the call to a manager. ${TRANSFER_WARNING_EN} [transfer member: a manager]`,
        ),
      },
      fr: french({
        name: 'Transférer à un responsable',
        description:
          'Calmer un appelant mécontent, noter le problème, puis le transférer à un responsable ou prendre un message.',
        trigger:
          'L’appelant est mécontent, veut se plaindre ou demande à parler à un responsable. Par exemple : « Je veux parler à un responsable », « C’est inacceptable », « Qui est le patron ? »',
        instructions: steps(
          '1. Laissez l’appelant expliquer le problème sans l’interrompre, puis reconnaissez sa frustration en une courte phrase.',
          '2. Demandez le nom complet de l’appelant.',
          '3. Demandez un numéro de commande, de facture ou de dossier, s’il en a un.',
          '4. Résumez le problème en une phrase et demandez à l’appelant de confirmer.',
          '5. Si les Connaissances répondent au problème, proposez d’abord cette réponse.',
          '6. Demandez s’il préfère être transféré à un responsable maintenant ou laisser un message.',
          '7. S’il préfère un message, demandez le meilleur numéro pour le rappeler, répétez-le et terminez l’appel.',
          `8. Sinon, transférez l’appel à un responsable. ${TRANSFER_WARNING_FR} [transfer member: un responsable]`,
        ),
      }),
    },
  },
  {
    id: 'troubleshoot-a-problem',
    category: 'support',
    text: {
      en: {
        name: 'Troubleshoot a problem',
        description:
          'Guide the caller through the fixes in Knowledge one step at a time, and transfer to support if none works.',
        trigger:
          'The caller has a product or service that does not work as expected. For example: “It stopped working”, “I get an error message”, “It won’t turn on.”',
        instructions: steps(
          '1. If the caller mentions smoke, sparks or a smell of gas, tell them to get to safety and call emergency services, then end the call.',
          '2. Ask what is not working and what the caller sees or hears.',
          '3. Ask which product or model it is.',
          '4. Ask what the caller has already tried.',
          '5. Walk the caller through the fix in Knowledge, one step at a time. After each step, ask whether it worked.',
          '6. If the problem is solved, thank the caller and end the call.',
          '7. If nothing in Knowledge solves it, ask for the caller’s full name.',
          '8. Ask for the best number to reach them, and read it back digit by digit.',
          `9. Transfer the call to the support team. ${TRANSFER_WARNING_EN} [transfer inbox: Support]`,
        ),
      },
      fr: french({
        name: 'Résoudre un problème',
        description:
          'Guider l’appelant étape par étape dans les solutions des Connaissances, et le transférer au soutien technique si aucune ne fonctionne.',
        trigger:
          'L’appelant a un produit ou un service qui ne fonctionne pas comme prévu. Par exemple : « Ça ne marche plus », « J’ai un message d’erreur », « Ça ne s’allume pas. »',
        instructions: steps(
          '1. Si l’appelant parle de fumée, d’étincelles ou d’une odeur de gaz, dites-lui de se mettre en sécurité et d’appeler les services d’urgence, puis terminez l’appel.',
          '2. Demandez ce qui ne fonctionne pas et ce que l’appelant voit ou entend.',
          '3. Demandez de quel produit ou modèle il s’agit.',
          '4. Demandez ce que l’appelant a déjà essayé.',
          '5. Guidez l’appelant dans la solution des Connaissances, une étape à la fois. Après chaque étape, demandez si cela a fonctionné.',
          '6. Si le problème est réglé, remerciez l’appelant et terminez l’appel.',
          '7. Si rien dans les Connaissances ne règle le problème, demandez le nom complet de l’appelant.',
          '8. Demandez le meilleur numéro pour le joindre, et répétez-le chiffre par chiffre.',
          `9. Transférez l’appel à l’équipe de soutien technique. ${TRANSFER_WARNING_FR} [transfer inbox: Soutien technique]`,
        ),
      }),
    },
  },
  {
    id: 'new-client-intake',
    category: 'intake',
    text: {
      en: {
        name: 'New client intake',
        description:
          'Open a file for a new client: contact details, what they need and how they heard about the business.',
        trigger:
          'The caller is new and wants to become a client. For example: “I’m a new customer”, “Are you taking new clients?”, “I’d like to open a file.”',
        instructions: steps(
          '1. Welcome the caller and ask what they need help with. If Knowledge says the business is not taking new clients, say so politely and offer to take a message.',
          '2. Ask for their full name, and ask them to spell their last name.',
          '3. Ask for their phone number, and read it back digit by digit.',
          '4. Ask for their email address, and read it back.',
          '5. Ask for their city or postal code, and check in Knowledge that the business serves that area.',
          '6. Ask how they heard about the business.',
          '7. Read back all the details and ask the caller to confirm.',
          '8. Tell the caller a team member will contact them to complete their file, and thank them.',
        ),
      },
      fr: french({
        name: 'Accueil d’un nouveau client',
        description:
          'Ouvrir le dossier d’un nouveau client : coordonnées, besoin et façon dont il a connu l’entreprise.',
        trigger:
          'L’appelant est nouveau et veut devenir client. Par exemple : « Je suis un nouveau client », « Prenez-vous de nouveaux clients ? », « J’aimerais ouvrir un dossier. »',
        instructions: steps(
          '1. Accueillez l’appelant et demandez ce dont il a besoin. Si les Connaissances indiquent que l’entreprise ne prend plus de nouveaux clients, dites-le poliment et proposez de prendre un message.',
          '2. Demandez son nom complet, et demandez-lui d’épeler son nom de famille.',
          '3. Demandez son numéro de téléphone et répétez-le chiffre par chiffre.',
          '4. Demandez son adresse courriel et répétez-la.',
          '5. Demandez sa ville ou son code postal, et vérifiez dans les Connaissances que l’entreprise dessert ce secteur.',
          '6. Demandez comment il a connu l’entreprise.',
          '7. Relisez toutes les informations et demandez à l’appelant de confirmer.',
          '8. Dites à l’appelant qu’un membre de l’équipe le contactera pour compléter son dossier, et remerciez-le.',
        ),
      }),
    },
  },
  {
    id: 'after-hours-emergency',
    category: 'escalation',
    text: {
      en: {
        name: 'After-hours emergency',
        description:
          'Outside business hours, tell real emergencies from requests that can wait, and transfer emergencies to the on-call technician.',
        trigger:
          'The caller calls outside business hours about something that cannot wait. For example: “It’s an emergency”, “Water is leaking everywhere”, “We have no heat.”',
        instructions: steps(
          '1. If anyone is in danger (fire, smell of gas, injury), tell the caller to hang up and call emergency services now, then end the call.',
          '2. Ask what is happening.',
          '3. Ask for the caller’s full name.',
          '4. Ask for the address of the problem, and read it back.',
          '5. Ask for the best number to call them back, and read it back digit by digit.',
          '6. Ask whether it can wait until the office opens. Use the opening hours in Knowledge to say when.',
          '7. If it can wait, tell the caller the team will call them back when the office opens, and end the call.',
          `8. Otherwise, transfer the call to an on-call technician. ${TRANSFER_WARNING_EN} [transfer member: an on-call technician]`,
        ),
      },
      fr: french({
        name: 'Urgence hors des heures d’ouverture',
        description:
          'En dehors des heures d’ouverture, distinguer les vraies urgences des demandes qui peuvent attendre, et transférer les urgences au technicien de garde.',
        trigger:
          'L’appelant téléphone en dehors des heures d’ouverture pour un problème qui ne peut pas attendre. Par exemple : « C’est une urgence », « Il y a de l’eau partout », « Nous n’avons plus de chauffage. »',
        instructions: steps(
          '1. Si quelqu’un est en danger (incendie, odeur de gaz, blessure), dites à l’appelant de raccrocher et d’appeler immédiatement les services d’urgence, puis terminez l’appel.',
          '2. Demandez ce qui se passe.',
          '3. Demandez le nom complet de l’appelant.',
          '4. Demandez l’adresse où se trouve le problème, et répétez-la.',
          '5. Demandez le meilleur numéro pour le rappeler, et répétez-le chiffre par chiffre.',
          '6. Demandez si cela peut attendre l’ouverture du bureau. Indiquez quand, d’après les heures d’ouverture des Connaissances.',
          '7. Si cela peut attendre, dites à l’appelant que l’équipe le rappellera à l’ouverture, et terminez l’appel.',
          `8. Sinon, transférez l’appel à un technicien de garde. ${TRANSFER_WARNING_FR} [transfer member: un technicien de garde]`,
        ),
      }),
    },
  },
  {
    id: 'billing-question',
    category: 'billing',
    text: {
      en: {
        name: 'Billing question',
        description:
          'Answer common billing questions from Knowledge and pass account-specific ones to the billing team.',
        trigger:
          'The caller has a question about an invoice, a charge, a payment or a refund. For example: “Why was I charged twice?”, “I didn’t get my invoice”, “How can I pay?”',
        instructions: steps(
          '1. Ask what the question is about: an invoice, a charge, a payment or a refund.',
          '2. If Knowledge answers it (payment methods, due dates…), answer and ask whether that helps.',
          '3. Never ask for a card number or security code. If the caller starts to give one, stop them politely.',
          '4. If the question is about their account, ask for the name on the account.',
          '5. Ask for the invoice number, or the date and amount of the charge.',
          '6. Sum up the question and ask the caller to confirm.',
          '7. Ask for the best phone number or email to reach them, and read it back.',
          '8. Tell the caller the billing team will look into it and contact them.',
        ),
      },
      fr: french({
        name: 'Question de facturation',
        description:
          'Répondre aux questions courantes de facturation à l’aide des Connaissances et transmettre les cas propres à un compte à l’équipe de facturation.',
        trigger:
          'L’appelant a une question sur une facture, des frais, un paiement ou un remboursement. Par exemple : « Pourquoi ai-je été facturé deux fois ? », « Je n’ai pas reçu ma facture », « Comment puis-je payer ? »',
        instructions: steps(
          '1. Demandez sur quoi porte la question : une facture, des frais, un paiement ou un remboursement.',
          '2. Si les Connaissances y répondent (modes de paiement, échéances…), répondez et demandez si cela l’aide.',
          '3. Ne demandez jamais de numéro de carte ni de code de sécurité. Si l’appelant commence à en donner un, arrêtez-le poliment.',
          '4. Si la question concerne son compte, demandez le nom du titulaire du compte.',
          '5. Demandez le numéro de facture, ou la date et le montant des frais.',
          '6. Résumez la question et demandez à l’appelant de confirmer.',
          '7. Demandez le meilleur numéro de téléphone ou courriel pour le joindre, et répétez-le.',
          '8. Dites à l’appelant que l’équipe de facturation examinera la question et le contactera.',
        ),
      }),
    },
  },
  {
    id: 'send-an-intake-form',
    category: 'intake',
    text: {
      en: {
        name: 'Send an intake form by SMS',
        description:
          'Text the caller the link to the intake form so they can fill it in before their first visit.',
        trigger:
          'The caller needs to fill in a form, or has a first appointment coming. For example: “Is there anything to fill in before I come?”, “Can you send me the form?”, “It’s my first visit.”',
        instructions: steps(
          '1. Ask for the caller’s full name.',
          '2. Ask whether the number they are calling from can receive text messages. If not, ask for a mobile number.',
          '3. Read the mobile number back digit by digit and ask the caller to confirm.',
          '4. Send the caller an SMS with the link to the intake form. [sms: Please fill in our intake form before your first appointment: https://example.com/intake-form]',
          '5. Ask the caller to tell you when the SMS arrives. If it does not, check the number and send it once more.',
          '6. Tell the caller to fill in the form before their appointment.',
          '7. Ask whether they have any question about the form, answer from Knowledge, and thank them.',
        ),
      },
      fr: french({
        name: 'Envoyer un formulaire d’accueil par SMS',
        description:
          'Envoyer à l’appelant le lien du formulaire d’accueil par SMS pour qu’il le remplisse avant sa première visite.',
        trigger:
          'L’appelant doit remplir un formulaire, ou a bientôt un premier rendez-vous. Par exemple : « Y a-t-il quelque chose à remplir avant de venir ? », « Pouvez-vous m’envoyer le formulaire ? », « C’est ma première visite. »',
        instructions: steps(
          '1. Demandez le nom complet de l’appelant.',
          '2. Demandez si le numéro d’où il appelle peut recevoir des SMS. Sinon, demandez un numéro de téléphone mobile.',
          '3. Répétez le numéro chiffre par chiffre et demandez à l’appelant de confirmer.',
          '4. Envoyez à l’appelant un SMS avec le lien du formulaire d’accueil. [sms: Merci de remplir notre formulaire d’accueil avant votre premier rendez-vous : https://example.com/intake-form]',
          '5. Demandez à l’appelant de vous dire quand le SMS arrive. S’il n’arrive pas, vérifiez le numéro et renvoyez-le une fois.',
          '6. Dites à l’appelant de remplir le formulaire avant son rendez-vous.',
          '7. Demandez s’il a des questions sur le formulaire, répondez à l’aide des Connaissances, et remerciez-le.',
        ),
      }),
    },
  },
  {
    id: 'order-status',
    category: 'support',
    text: {
      en: {
        name: 'Order or delivery status',
        description:
          'Answer questions about an order or a delivery from Knowledge and report late, missing or damaged orders to the team.',
        trigger:
          'The caller wants to know where their order is or when it will arrive. For example: “Where is my order?”, “When will it be delivered?”, “My package hasn’t arrived.”',
        instructions: steps(
          '1. Ask for the order number. If the caller does not have it, ask for the name and date of the order.',
          '2. Give the usual delivery times from Knowledge. Never promise a date that Knowledge does not give.',
          '3. Ask whether the order is late, missing or damaged. If not, thank the caller and end the call.',
          '4. Ask what happened, in the caller’s own words.',
          '5. Ask for the best phone number to reach them, and read it back digit by digit.',
          '6. Read back the order details and the problem, and ask the caller to confirm.',
          '7. Send the caller an SMS saying that the team is looking into their order. [sms: We are looking into your order. Our team will get back to you as soon as possible.]',
          '8. Tell the caller the team will check the order and get back to them.',
        ),
      },
      fr: french({
        name: 'Suivi de commande ou de livraison',
        description:
          'Répondre aux questions sur une commande ou une livraison à l’aide des Connaissances, et signaler à l’équipe les commandes en retard, perdues ou endommagées.',
        trigger:
          'L’appelant veut savoir où en est sa commande ou quand elle arrivera. Par exemple : « Où est ma commande ? », « Quand sera-t-elle livrée ? », « Mon colis n’est pas arrivé. »',
        instructions: steps(
          '1. Demandez le numéro de commande. Si l’appelant ne l’a pas, demandez le nom et la date de la commande.',
          '2. Donnez les délais de livraison habituels indiqués dans les Connaissances. Ne promettez jamais une date qui n’y figure pas.',
          '3. Demandez si la commande est en retard, perdue ou endommagée. Sinon, remerciez l’appelant et terminez l’appel.',
          '4. Demandez ce qui s’est passé, dans les mots de l’appelant.',
          '5. Demandez le meilleur numéro pour le joindre, et répétez-le chiffre par chiffre.',
          '6. Relisez les détails de la commande et le problème, et demandez à l’appelant de confirmer.',
          '7. Envoyez à l’appelant un SMS qui indique que l’équipe s’occupe de sa commande. [sms: Nous vérifions votre commande. Notre équipe vous recontactera dès que possible.]',
          '8. Dites à l’appelant que l’équipe vérifiera la commande et le recontactera.',
        ),
      }),
    },
  },
  {
    id: 'request-a-callback',
    category: 'messages',
    text: {
      en: {
        name: 'Request a callback',
        description:
          'Arrange for someone to call the caller back at a time that suits them, and confirm it by SMS.',
        trigger:
          'The caller asks to be called back, or cannot stay on the line now. For example: “Can someone call me back?”, “I don’t have time right now”, “Call me this afternoon.”',
        instructions: steps(
          '1. Ask who, or which team, the caller wants to speak with.',
          '2. Ask for the caller’s full name.',
          '3. Ask whether the number they are calling from is the best one to call back. If not, ask for another one.',
          '4. Read the number back digit by digit.',
          '5. Ask which day and time suit them best. Stay within the opening hours in Knowledge.',
          '6. Ask in a few words what the call is about, so the right person calls back.',
          '7. Read back the name, number, time and topic, and ask the caller to confirm.',
          '8. Send the caller an SMS confirming the callback request. [sms: We received your callback request. Our team will call you back at the time you chose.]',
        ),
      },
      fr: french({
        name: 'Demande de rappel',
        description:
          'Faire rappeler l’appelant au moment qui lui convient, et lui confirmer la demande par SMS.',
        trigger:
          'L’appelant demande qu’on le rappelle, ou ne peut pas rester en ligne maintenant. Par exemple : « Quelqu’un peut-il me rappeler ? », « Je n’ai pas le temps maintenant », « Rappelez-moi cet après-midi. »',
        instructions: steps(
          '1. Demandez à quelle personne ou à quelle équipe l’appelant veut parler.',
          '2. Demandez le nom complet de l’appelant.',
          '3. Demandez si le numéro d’où il appelle est le meilleur pour le rappeler. Sinon, demandez-en un autre.',
          '4. Répétez le numéro chiffre par chiffre.',
          '5. Demandez le jour et l’heure qui lui conviennent le mieux. Restez dans les heures d’ouverture indiquées dans les Connaissances.',
          '6. Demandez en quelques mots l’objet de l’appel, pour que la bonne personne rappelle.',
          '7. Relisez le nom, le numéro, le moment choisi et l’objet, et demandez à l’appelant de confirmer.',
          '8. Envoyez à l’appelant un SMS qui confirme la demande de rappel. [sms: Nous avons bien reçu votre demande de rappel. Notre équipe vous rappellera au moment que vous avez choisi.]',
        ),
      }),
    },
  },
];
