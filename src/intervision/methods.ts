// The intervision methods a round can follow (coaching-models.md section 4), as ordered phases with
// who contributes, the rules of each phase and the record section its contributions go to. Pure data.
import type { Locale } from "../locales.ts";

export const METHOD_IDS = ["incident", "roddel", "vijfstappen", "balint"] as const;
export type MethodId = (typeof METHOD_IDS)[number];

/** Where a phase's contributions land in the written record. */
export type RecordSection =
  /** The optional case collection before the round: not part of the record (only its outcome). */
  "cases" | "question" | "exploration" | "recognition" | "core" | "advice" | "takeaway" | "evaluation";

/** Who is expected to contribute (and so who gets the reminder): the case bringer, the others, or all. */
export type Contributors = "caseBringer" | "group" | "everyone";

export interface PhaseRules {
  /** Questions only: an advice gets a kind private note. */
  questionsOnly: boolean;
  /** The case bringer reads along without reacting; a post of theirs gets a reminder. */
  caseBringerListens: boolean;
  /** The case bringer rates the questions asked here (warm / lauwarm / koud). */
  ratesQuestions: boolean;
  /** At most this many questions per person (roddelmethode: three). */
  maxQuestionsEach?: number;
  /** Participants propose a case privately; the group votes, the facilitator picks. */
  proposals?: boolean;
}

export interface PhaseText {
  name: string;
  instructions: string;
}

export interface Phase {
  id: string;
  section: RecordSection;
  contributors: Contributors;
  rules: PhaseRules;
  /** A duration that does not follow the round's phase length (the incident method's "later"). */
  fixedHours?: number;
  text: Record<Locale, PhaseText>;
}

export interface Method {
  id: MethodId;
  name: Record<Locale, string>;
  /** One line for the modal and the parent message. */
  summary: Record<Locale, string>;
  /** Whether a round starts by choosing a case together unless the facilitator says otherwise. */
  collectsCases: boolean;
  phases: Phase[];
}

const open: PhaseRules = { questionsOnly: false, caseBringerListens: false, ratesQuestions: false };
const questions: PhaseRules = { questionsOnly: true, caseBringerListens: false, ratesQuestions: true };
const listening: PhaseRules = { questionsOnly: false, caseBringerListens: true, ratesQuestions: false };

/** Written (not spoken) and spread over days: each text says what to write in the thread. */
const PSEUDONYMS = {
  nl: "Gebruik pseudoniemen: geen namen, geboortedata, BSN, adressen of telefoonnummers.",
  en: "Use pseudonyms: no names, dates of birth, citizen service numbers, addresses or phone numbers.",
};

const incident: Method = {
  id: "incident",
  name: { nl: "Incidentmethode", en: "Incident method" },
  summary: {
    nl: "Eén incident uit de praktijk: eerst alleen vragen, dan analyse en adviezen terwijl de inbrenger luistert.",
    en: "One incident from practice: questions only first, then analysis and advice while the presenter listens.",
  },
  // "Everyone briefly brings a case; the group picks one" is the incident method's first step.
  collectsCases: true,
  phases: [
    {
      id: "casus",
      section: "question",
      contributors: "caseBringer",
      rules: open,
      text: {
        nl: {
          name: "Casus",
          instructions: `De casusinbrenger beschrijft kort het incident: wat er gebeurde, wat je deed en welke vraag je aan de groep hebt. ${PSEUDONYMS.nl}`,
        },
        en: {
          name: "The case",
          instructions: `The presenter briefly describes the incident: what happened, what you did and what you ask the group. ${PSEUDONYMS.en}`,
        },
      },
    },
    {
      id: "vragen",
      section: "exploration",
      contributors: "group",
      rules: questions,
      text: {
        nl: {
          name: "Feitelijke vragen",
          instructions:
            "Stel feitelijke en verdiepende vragen, nog geen adviezen: die komen later. De casusinbrenger beantwoordt ze in de draad en beoordeelt ze als warm, lauwarm of koud.",
        },
        en: {
          name: "Factual questions",
          instructions:
            "Ask factual and deepening questions, no advice yet: that comes later. The presenter answers them in the thread and rates them warm, lukewarm or cold.",
        },
      },
    },
    {
      id: "analyse",
      section: "core",
      contributors: "group",
      rules: listening,
      text: {
        nl: {
          name: "Analyse",
          instructions:
            "De casusinbrenger stapt uit en leest alleen mee. Analyseer samen wat er speelt en wat de kern is, en werk toe naar adviezen.",
        },
        en: {
          name: "Analysis",
          instructions:
            "The presenter steps out and only reads along. Analyse together what is going on and what the core is, working towards advice.",
        },
      },
    },
    {
      id: "advies",
      section: "advice",
      contributors: "group",
      rules: listening,
      text: {
        nl: {
          name: "Adviesronde",
          instructions:
            "Ieder geeft een concreet advies. De casusinbrenger leest en reageert nog niet: dat komt in de volgende fase.",
        },
        en: {
          name: "Advice round",
          instructions:
            "Everyone gives one concrete piece of advice. The presenter reads without reacting: that comes in the next phase.",
        },
      },
    },
    {
      id: "opbrengst",
      section: "takeaway",
      contributors: "caseBringer",
      rules: open,
      text: {
        nl: {
          name: "Wat neem je mee?",
          instructions:
            "De casusinbrenger vertelt welke adviezen bruikbaar zijn, wat je meeneemt en wat je eerste stap wordt.",
        },
        en: {
          name: "What do you take away?",
          instructions:
            "The presenter says which advice is usable, what you take away and what your first step will be.",
        },
      },
    },
    {
      id: "terugblik",
      section: "evaluation",
      contributors: "caseBringer",
      rules: open,
      // "Next session: report back" becomes two weeks later in an asynchronous round.
      fixedHours: 14 * 24,
      text: {
        nl: {
          name: "Terugblik",
          instructions:
            "Later: de casusinbrenger vertelt hoe het ging met de gekozen stap. Anderen mogen reageren.",
        },
        en: {
          name: "Looking back",
          instructions: "Later: the presenter reports how the chosen step went. Others may respond.",
        },
      },
    },
  ],
};

const roddel: Method = {
  id: "roddel",
  name: { nl: "Roddelmethode", en: "Gossip method" },
  summary: {
    nl: "De groep bespreekt de vraag in de derde persoon terwijl de inbrenger meeleest. Voor een veilige, vertrouwde groep.",
    en: "The group discusses the question in the third person while the presenter reads along. For a safe, established group.",
  },
  collectsCases: false,
  phases: [
    {
      id: "inbreng",
      section: "question",
      contributors: "caseBringer",
      rules: open,
      text: {
        nl: {
          name: "Inbreng",
          instructions: `De casusinbrenger legt de vraag voor, met de situatie erbij. ${PSEUDONYMS.nl}`,
        },
        en: {
          name: "The question",
          instructions: `The presenter puts the question to the group, with the situation behind it. ${PSEUDONYMS.en}`,
        },
      },
    },
    {
      id: "vragen",
      section: "exploration",
      contributors: "group",
      rules: { ...questions, maxQuestionsEach: 3 },
      text: {
        nl: {
          name: "Open vragen",
          instructions:
            "Stel open vragen, hooguit drie per persoon. De casusinbrenger kiest welke vragen hij of zij beantwoordt en beoordeelt ze.",
        },
        en: {
          name: "Open questions",
          instructions:
            "Ask open questions, at most three each. The presenter chooses which to answer and rates them.",
        },
      },
    },
    {
      id: "roddel",
      section: "core",
      contributors: "group",
      rules: listening,
      text: {
        nl: {
          name: "Roddelen",
          instructions:
            "Bespreek de casusinbrenger in de derde persoon ('zij lijkt...', 'hij zou...'). De casusinbrenger leest mee met de rug naar de groep, maakt aantekeningen en reageert niet.",
        },
        en: {
          name: "Gossip",
          instructions:
            "Discuss the presenter in the third person ('she seems...', 'he might...'). The presenter reads along with their back turned, takes notes and does not react.",
        },
      },
    },
    {
      id: "reactie",
      section: "takeaway",
      contributors: "caseBringer",
      rules: open,
      text: {
        nl: {
          name: "Wat viel op",
          instructions: "De casusinbrenger komt terug en vertelt wat opviel en wat je meeneemt.",
        },
        en: {
          name: "What struck you",
          instructions: "The presenter returns and says what struck them and what they take away.",
        },
      },
    },
    {
      id: "evaluatie",
      section: "evaluation",
      contributors: "everyone",
      rules: open,
      text: {
        nl: { name: "Evaluatie", instructions: "Iedereen: wat heb je geleerd, en hoe ging deze werkvorm?" },
        en: {
          name: "Evaluation",
          instructions: "Everyone: what did you learn, and how did this method work?",
        },
      },
    },
  ],
};

const vijfstappen: Method = {
  id: "vijfstappen",
  name: { nl: "Vijfstappenmethode", en: "Five-step method" },
  summary: {
    nl: "Vraag, verkennen, de kern, adviezen en evaluatie: een eenvoudige basisvorm.",
    en: "Question, exploring, the core, advice and evaluation: a simple basic form.",
  },
  collectsCases: false,
  phases: [
    {
      id: "vraag",
      section: "question",
      contributors: "caseBringer",
      rules: open,
      text: {
        nl: { name: "Vraag", instructions: `De casusinbrenger introduceert de vraag. ${PSEUDONYMS.nl}` },
        en: { name: "Question", instructions: `The presenter introduces the question. ${PSEUDONYMS.en}` },
      },
    },
    {
      id: "verkennen",
      section: "exploration",
      contributors: "group",
      rules: questions,
      text: {
        nl: {
          name: "Verkennen",
          instructions:
            "Verken de vraag met vragen en korte samenvattingen, nog zonder adviezen. De casusinbrenger antwoordt en beoordeelt de vragen.",
        },
        en: {
          name: "Exploring",
          instructions:
            "Explore the question with questions and short summaries, no advice yet. The presenter answers and rates the questions.",
        },
      },
    },
    {
      id: "kern",
      section: "core",
      contributors: "group",
      rules: open,
      text: {
        nl: {
          name: "De kern",
          instructions: "De groep formuleert de kern van het probleem in één of twee zinnen.",
        },
        en: {
          name: "The core",
          instructions: "The group puts the core of the problem into one or two sentences.",
        },
      },
    },
    {
      id: "advies",
      section: "advice",
      contributors: "group",
      rules: open,
      text: {
        nl: {
          name: "Adviezen",
          instructions: "Ieder geeft minstens één advies. De casusinbrenger reageert erop.",
        },
        en: {
          name: "Advice",
          instructions: "Everyone gives at least one piece of advice. The presenter responds.",
        },
      },
    },
    {
      id: "evaluatie",
      section: "evaluation",
      contributors: "everyone",
      rules: open,
      text: {
        nl: {
          name: "Evaluatie",
          instructions:
            "Iedereen: wat neem je mee, en hoe ging het? De casusinbrenger noemt de volgende stap.",
        },
        en: {
          name: "Evaluation",
          instructions:
            "Everyone: what do you take away, and how did it go? The presenter names the next step.",
        },
      },
    },
  ],
};

const balint: Method = {
  id: "balint",
  name: { nl: "Balint-light", en: "Balint light" },
  summary: {
    nl: "De relatie tussen dokter en patiënt en de gevoelens erbij staan centraal. 'Light': schriftelijk en over dagen verspreid.",
    en: "The doctor-patient relationship and the feelings in it take centre stage. 'Light': written and spread over days.",
  },
  collectsCases: false,
  phases: [
    {
      id: "inbreng",
      section: "question",
      contributors: "caseBringer",
      rules: open,
      text: {
        nl: {
          name: "Inbreng",
          instructions: `De casusinbrenger vertelt over een patiënt die bezighoudt, en over de eigen rol en gevoelens daarin. ${PSEUDONYMS.nl}`,
        },
        en: {
          name: "Presentation",
          instructions: `The presenter tells about a patient on their mind, and about their own role and feelings in it. ${PSEUDONYMS.en}`,
        },
      },
    },
    {
      id: "verheldering",
      section: "exploration",
      contributors: "group",
      rules: questions,
      text: {
        nl: {
          name: "Verheldering",
          instructions:
            "Stel verhelderende vragen, geen adviezen. De casusinbrenger antwoordt en beoordeelt ze.",
        },
        en: {
          name: "Clarification",
          instructions: "Ask clarifying questions, no advice. The presenter answers and rates them.",
        },
      },
    },
    {
      id: "herkenning",
      section: "recognition",
      contributors: "group",
      rules: open,
      text: {
        nl: {
          name: "Herkenning",
          instructions:
            "Wat herken je, wat roept het bij je op? Deel eigen ervaringen en gevoelens over zulke patiënten.",
        },
        en: {
          name: "Recognition",
          instructions:
            "What do you recognise, what does it stir in you? Share your own experiences and feelings.",
        },
      },
    },
    {
      id: "kern",
      section: "core",
      contributors: "group",
      rules: open,
      text: {
        nl: {
          name: "Kern en suggesties",
          instructions: "Wat is de kern in de relatie tussen dokter en patiënt? Geef suggesties.",
        },
        en: {
          name: "Core and suggestions",
          instructions: "What is the core of the doctor-patient relationship here? Offer suggestions.",
        },
      },
    },
    {
      id: "terugkoppeling",
      section: "takeaway",
      contributors: "caseBringer",
      rules: open,
      text: {
        nl: {
          name: "Terugkoppeling",
          instructions: "Terug naar de casusinbrenger: was het nuttig, en wat neem je mee naar de patiënt?",
        },
        en: {
          name: "Feedback",
          instructions: "Back to the presenter: was it useful, and what do you take back to the patient?",
        },
      },
    },
  ],
};

export const METHODS: Record<MethodId, Method> = { incident, roddel, vijfstappen, balint };

/** The optional first phase of any round: each participant proposes a case privately, one is chosen. */
export const CASE_COLLECTION: Phase = {
  id: "kiezen",
  section: "cases",
  contributors: "everyone",
  rules: { ...open, proposals: true },
  text: {
    nl: {
      name: "Casus kiezen",
      instructions: `Stel met de knop een casus voor: kort, in een paar zinnen. De voorstellen verschijnen zonder naam. Stem op de casus die je wilt bespreken; de gespreksleider kiest. ${PSEUDONYMS.nl}`,
    },
    en: {
      name: "Choosing a case",
      instructions: `Propose a case with the button: briefly, in a few sentences. Proposals appear without a name. Vote for the case you want to discuss; the facilitator picks. ${PSEUDONYMS.en}`,
    },
  },
};

/** What decides a round's phases: its method, and whether it starts by choosing a case. */
export interface PhasePlan {
  method: MethodId;
  caseCollection: boolean;
}

/** A round's phases in order: the case collection first when it has one, then the method's. */
export function phasesOf(plan: PhasePlan): Phase[] {
  const phases = METHODS[plan.method].phases;
  return plan.caseCollection ? [CASE_COLLECTION, ...phases] : phases;
}

/** The phase at `index` of a round; throws for an index it does not have (a programming error). */
export function phaseAt(plan: PhasePlan, index: number): Phase {
  const phase = phasesOf(plan)[index];
  if (!phase) throw new RangeError(`round of ${plan.method} has no phase ${index}`);
  return phase;
}

export function isLastPhaseOf(plan: PhasePlan, index: number): boolean {
  return index === phasesOf(plan).length - 1;
}

/** The phase at `index`; throws for an index the method does not have (a programming error). */
export function phaseOf(method: MethodId, index: number): Phase {
  const phase = METHODS[method].phases[index];
  if (!phase) throw new RangeError(`method ${method} has no phase ${index}`);
  return phase;
}

export function isLastPhase(method: MethodId, index: number): boolean {
  return index === METHODS[method].phases.length - 1;
}
