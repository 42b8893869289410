// The jobPicker section of the catalogue: JobPicker, JobsSection, KnowledgeSection and KnowledgePicker.
import type { PluralMessage } from '../types';

export interface JobPickerMessages {
  /** JobPicker: the dialog title, also the button that opens it. */
  title: string;
  draftNote: string;
  count: string;
  countLabel: PluralMessage;
  close: string;
  done: string;
  searchLabel: string;
  searchPlaceholder: string;
  sortLabel: string;
  sortName: string;
  sortUpdated: string;
  sortUsage: string;
  total: PluralMessage;
  matches: PluralMessage;
  searching: string;
  listLabel: string;
  loading: string;
  loadingMore: string;
  loadFailed: string;
  loadMoreFailed: string;
  retry: string;
  full: string;
  fullRefused: string;
  emptyTitle: string;
  emptyBody: string;
  noResultsTitle: string;
  noResultsBody: string;
  clearSearch: string;
  trigger: string;
  noTrigger: string;
  usageElsewhere: string;
  usageSteps: PluralMessage;
  usageFlows: PluralMessage;
  usageNone: string;
  attached: string;
  createJob: string;
  createChoices: string;
  startFromScratch: string;
  startFromScratchHint: string;
  startFromTemplate: string;
  startFromTemplateHint: string;
  createdAttached: string;
  createdNotAttached: string;
  readOnlyNote: string;

  /** JobsSection */
  jobsHeading: string;
  jobsHint: string;
  jobsEmpty: string;
  jobsFull: string;
  addJob: string;
  moveUp: string;
  moveDown: string;
  edit: string;
  editNamed: string;
  detach: string;
  detachNamed: string;
  deletedJob: string;
  deletedJobHint: string;
  loadingItem: string;
  moved: string;
  dragHandle: string;

  /** KnowledgeSection and KnowledgePicker */
  knowledgeHeading: string;
  knowledgeCount: PluralMessage;
  knowledgeAttached: PluralMessage;
  knowledgeHint: string;
  knowledgeEmpty: string;
  addKnowledge: string;
  deletedPage: string;
  deletedPageHint: string;
  knowledgePickerNote: string;
  searchKnowledge: string;
  knowledgeListLabel: string;
  knowledgeTotal: PluralMessage;
  knowledgeMatches: PluralMessage;
  knowledgeLoading: string;
  knowledgeLoadFailed: string;
  knowledgeNoPagesTitle: string;
  knowledgeNoPagesBody: string;
  knowledgeNoResultsTitle: string;
  knowledgeCharacters: string;
  showMore: string;
}

export const jobPicker: { en: JobPickerMessages; fr: JobPickerMessages } = {
  en: {
    title: 'Add job',
    draftNote:
      'Checking or unchecking a job changes this step’s draft only: callers get it when the call flow is published.',
    count: '{count} of {max}',
    countLabel: { one: '{count} of {max} jobs attached', other: '{count} of {max} jobs attached' },
    close: 'Close',
    done: 'Done',
    searchLabel: 'Search jobs',
    searchPlaceholder: 'Search by name, description or trigger',
    sortLabel: 'Sort by',
    sortName: 'Name',
    sortUpdated: 'Recently edited',
    sortUsage: 'Most used',
    total: { one: '{count} job', other: '{count} jobs' },
    matches: { one: '{count} job matches', other: '{count} jobs match' },
    searching: 'Searching…',
    listLabel: 'Jobs of the workspace',
    loading: 'Loading jobs…',
    loadingMore: 'Loading more jobs…',
    loadFailed: 'Couldn’t load the jobs.',
    loadMoreFailed: 'Couldn’t load more jobs.',
    retry: 'Retry',
    full: 'This Sona step holds {max} jobs, the most it can. To attach another, free a place: uncheck a job here, or detach one in the step’s Jobs section.',
    fullRefused:
      'Not attached: this Sona step already holds {max} jobs. Uncheck one first, or detach one in the step’s Jobs section.',
    emptyTitle: 'No jobs yet',
    emptyBody:
      'Jobs tell Sona how to handle one kind of call, such as taking a message or booking a visit. Create the first one from scratch or from a template.',
    noResultsTitle: 'No jobs match “{query}”',
    noResultsBody: 'Check the spelling, or try a word from the job’s name, description or trigger.',
    clearSearch: 'Clear search',
    trigger: 'Trigger:',
    noTrigger: 'No trigger: Sona decides from the instructions',
    usageElsewhere: 'Also in {steps} in {flows}',
    usageSteps: { one: '{count} step', other: '{count} steps' },
    usageFlows: { one: '{count} call flow', other: '{count} call flows' },
    usageNone: 'Not used in any other step',
    attached: 'Attached',
    createJob: 'Create job',
    createChoices: 'How to start the new job',
    startFromScratch: 'Start from scratch',
    startFromScratchHint: 'An empty job: you write its name, trigger and instructions.',
    startFromTemplate: 'Start from a template',
    startFromTemplateHint: 'A ready-made job, such as Take a message, to use as is or adapt.',
    createdAttached: '“{name}” was created and attached to this step.',
    createdNotAttached:
      '“{name}” was created but not attached: this step already holds {max} jobs. Free a place, then check it in the list.',
    readOnlyNote: 'Read only: you can see the jobs but not change which ones are attached.',

    jobsHeading: 'Jobs',
    jobsHint: 'Sona considers these jobs in this order. Attachments reach callers when you publish.',
    jobsEmpty: 'No jobs yet: Sona only answers from knowledge.',
    jobsFull: 'This step holds the most jobs it can: detach one to make room.',
    addJob: 'Add job',
    moveUp: 'Move {name} up',
    moveDown: 'Move {name} down',
    edit: 'Edit',
    editNamed: 'Edit {name}',
    detach: 'Detach',
    detachNamed: 'Detach {name}',
    deletedJob: 'Deleted job',
    deletedJobHint: 'This job was deleted from the workspace: detach it.',
    loadingItem: 'Loading…',
    moved: '“{name}” is now number {position} of {count}.',
    dragHandle: 'Drag to reorder',

    knowledgeHeading: 'Knowledge',
    knowledgeCount: { one: '{count} page', other: '{count} pages' },
    knowledgeAttached: { one: '{count} attached', other: '{count} attached' },
    knowledgeHint: 'Page edits apply at once; attaching or detaching reaches callers when you publish.',
    knowledgeEmpty: 'No knowledge pages yet: Sona answers questions from the pages attached here.',
    addKnowledge: 'Add knowledge',
    deletedPage: 'Deleted page',
    deletedPageHint: 'This page was deleted from the workspace: detach it.',
    knowledgePickerNote:
      'Sona answers questions from the pages checked here. Edits to a page’s content apply at once; checking or unchecking changes the draft only and reaches callers when the call flow is published.',
    searchKnowledge: 'Search knowledge',
    knowledgeListLabel: 'Knowledge pages of the workspace',
    knowledgeTotal: { one: '{count} page', other: '{count} pages' },
    knowledgeMatches: { one: '{count} page matches', other: '{count} pages match' },
    knowledgeLoading: 'Loading pages…',
    knowledgeLoadFailed: 'Couldn’t load the knowledge pages.',
    knowledgeNoPagesTitle: 'No knowledge pages yet',
    knowledgeNoPagesBody:
      'Write pages in the knowledge library (opening hours, prices, policies), then attach them here.',
    knowledgeNoResultsTitle: 'No pages match “{query}”',
    knowledgeCharacters: '{count} characters',
    showMore: 'Show more',
  },
  fr: {
    title: 'Ajouter une tâche',
    draftNote:
      'Cocher ou décocher une tâche ne change que le brouillon de cette étape : les appelants le verront quand le flux d’appels sera publié.',
    count: '{count} sur {max}',
    countLabel: { one: '{count} tâche associée sur {max}', other: '{count} tâches associées sur {max}' },
    close: 'Fermer',
    done: 'Terminé',
    searchLabel: 'Rechercher des tâches',
    searchPlaceholder: 'Rechercher par nom, description ou déclencheur',
    sortLabel: 'Trier par',
    sortName: 'Nom',
    sortUpdated: 'Modifiées récemment',
    sortUsage: 'Plus utilisées',
    total: { one: '{count} tâche', other: '{count} tâches' },
    matches: { one: '{count} tâche correspond', other: '{count} tâches correspondent' },
    searching: 'Recherche…',
    listLabel: 'Tâches de l’espace de travail',
    loading: 'Chargement des tâches…',
    loadingMore: 'Chargement d’autres tâches…',
    loadFailed: 'Impossible de charger les tâches.',
    loadMoreFailed: 'Impossible de charger la suite des tâches.',
    retry: 'Réessayer',
    full: 'Cette étape Sona contient {max} tâches, le maximum. Pour en associer une autre, libérez une place : décochez une tâche ici, ou retirez-en une dans la section Tâches de l’étape.',
    fullRefused:
      'Non associée : cette étape Sona contient déjà {max} tâches. Décochez-en une d’abord, ou retirez-en une dans la section Tâches de l’étape.',
    emptyTitle: 'Aucune tâche pour l’instant',
    emptyBody:
      'Les tâches indiquent à Sona comment traiter un type d’appel, comme prendre un message ou réserver une visite. Créez la première à partir de zéro ou d’un modèle.',
    noResultsTitle: 'Aucune tâche ne correspond à «\u00a0{query}\u00a0»',
    noResultsBody: 'Vérifiez l’orthographe, ou essayez un mot du nom, de la description ou du déclencheur.',
    clearSearch: 'Effacer la recherche',
    trigger: 'Déclencheur :',
    noTrigger: 'Aucun déclencheur : Sona décide d’après les instructions',
    usageElsewhere: 'Aussi dans {steps} de {flows}',
    usageSteps: { one: '{count} étape', other: '{count} étapes' },
    usageFlows: { one: '{count} flux d’appels', other: '{count} flux d’appels' },
    usageNone: 'Utilisée dans aucune autre étape',
    attached: 'Associée',
    createJob: 'Créer une tâche',
    createChoices: 'Comment commencer la nouvelle tâche',
    startFromScratch: 'Partir de zéro',
    startFromScratchHint: 'Une tâche vide : vous écrivez son nom, son déclencheur et ses instructions.',
    startFromTemplate: 'Partir d’un modèle',
    startFromTemplateHint:
      'Une tâche toute prête, comme Prendre un message, à utiliser telle quelle ou à adapter.',
    createdAttached: '«\u00a0{name}\u00a0» a été créée et associée à cette étape.',
    createdNotAttached:
      '«\u00a0{name}\u00a0» a été créée mais pas associée : cette étape contient déjà {max} tâches. Libérez une place, puis cochez-la dans la liste.',
    readOnlyNote: 'Lecture seule : vous pouvez voir les tâches, mais pas changer celles qui sont associées.',

    jobsHeading: 'Tâches',
    jobsHint:
      'Sona considère ces tâches dans cet ordre. Les associations atteignent les appelants à la publication.',
    jobsEmpty: 'Aucune tâche pour l’instant : Sona répond seulement à partir des connaissances.',
    jobsFull: 'Cette étape contient le maximum de tâches : retirez-en une pour faire de la place.',
    addJob: 'Ajouter une tâche',
    moveUp: 'Monter {name}',
    moveDown: 'Descendre {name}',
    edit: 'Modifier',
    editNamed: 'Modifier {name}',
    detach: 'Retirer',
    detachNamed: 'Retirer {name}',
    deletedJob: 'Tâche supprimée',
    deletedJobHint: 'Cette tâche a été supprimée de l’espace de travail : retirez-la.',
    loadingItem: 'Chargement…',
    moved: '«\u00a0{name}\u00a0» est maintenant en position {position} sur {count}.',
    dragHandle: 'Glisser pour réordonner',

    knowledgeHeading: 'Connaissances',
    knowledgeCount: { one: '{count} page', other: '{count} pages' },
    knowledgeAttached: { one: '{count} associée', other: '{count} associées' },
    knowledgeHint:
      'Les modifications d’une page s’appliquent tout de suite ; associer ou retirer atteint les appelants à la publication.',
    knowledgeEmpty:
      'Aucune page de connaissances : Sona répond aux questions à partir des pages associées ici.',
    addKnowledge: 'Ajouter des connaissances',
    deletedPage: 'Page supprimée',
    deletedPageHint: 'Cette page a été supprimée de l’espace de travail : retirez-la.',
    knowledgePickerNote:
      'Sona répond aux questions à partir des pages cochées ici. Les modifications du contenu d’une page s’appliquent tout de suite ; cocher ou décocher ne change que le brouillon et atteint les appelants quand le flux d’appels est publié.',
    searchKnowledge: 'Rechercher des connaissances',
    knowledgeListLabel: 'Pages de connaissances de l’espace de travail',
    knowledgeTotal: { one: '{count} page', other: '{count} pages' },
    knowledgeMatches: { one: '{count} page correspond', other: '{count} pages correspondent' },
    knowledgeLoading: 'Chargement des pages…',
    knowledgeLoadFailed: 'Impossible de charger les pages de connaissances.',
    knowledgeNoPagesTitle: 'Aucune page de connaissances',
    knowledgeNoPagesBody:
      'Écrivez des pages dans la bibliothèque de connaissances (heures d’ouverture, tarifs, politiques), puis associez-les ici.',
    knowledgeNoResultsTitle: 'Aucune page ne correspond à «\u00a0{query}\u00a0»',
    knowledgeCharacters: '{count} caractères',
    showMore: 'Afficher plus',
  },
};
