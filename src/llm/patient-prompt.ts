// The chat messages for one reply of the simulated patient: a system message with the role, the sheet and
// this turn's directive, then the conversation so far as user (trainee) and assistant (patient) turns.
// Pure. Nothing identifying goes in: no ids, tokens or practice names, only this conversation's words.
import type { Locale } from "../locales.ts";
import type { ChatMessage } from "./client.ts";
import type { Exchange, PatientDirective } from "./patient-directive.ts";

/** How many earlier exchanges the model sees: enough for the thread, little enough to stay fast. */
export const HISTORY_EXCHANGES = 8;

const actWords: Record<Locale, Record<string, string>> = {
  nl: {
    open: "je vertelt een stukje van je verhaal",
    deepen: "je gaat wat dieper in op hoe het voor je is",
    value: "je zegt voor het eerst wat echt belangrijk voor je is",
    valueMore: "je vertelt meer over wat belangrijk voor je is",
    closed: "je geeft een kort antwoord",
    about: "je beantwoordt de vraag met het feit hieronder",
    unknown: "je snapt niet goed wat er bedoeld wordt",
    guarded: "je houdt je nog wat op de vlakte",
    hurt: "je bent gekwetst of geïrriteerd door wat er gezegd werd",
    intrusive: "je vindt de persoonlijke vraag vreemd en een beetje opdringerig",
    scale: "je noemt het getal hieronder als antwoord op de schaalvraag",
    other: "je zegt nog iets kleins",
    yesBut: "je zegt ‘ja, maar’ tegen het advies dat je niet vroeg",
    unready: "je bent er nog niet aan toe om over verandering na te denken",
    notYet: "je weet nog niet goed wat je zou willen veranderen",
    changeTalk: "je begint zelf te denken over verandering",
    goal: "je noemt je eigen doel",
    afterGoal: "je denkt na over een eerste stap en wie kan helpen",
    acceptInfo: "je neemt de informatie aan",
    adviceRequest: "je vraagt de zorgverlener wat je moet doen",
    goodbye: "je neemt afscheid",
    shiftYes: "je stemt ermee in",
    shiftOk: "je gaat mee",
    shiftHesitant: "je gaat aarzelend mee",
  },
  en: {
    open: "you tell a bit more of your story",
    deepen: "you go a little deeper into how it is for you",
    value: "you say for the first time what really matters to you",
    valueMore: "you say more about what matters to you",
    closed: "you give a short answer",
    about: "you answer the question with the fact below",
    unknown: "you do not quite see what is meant",
    guarded: "you keep it vague for now",
    hurt: "you are hurt or annoyed by what was said",
    intrusive: "you find the personal question odd and a little intrusive",
    scale: "you give the number below as your answer to the scaling question",
    other: "you add something small",
    yesBut: "you say ‘yes, but’ to advice you did not ask for",
    unready: "you are not ready to think about change yet",
    notYet: "you do not know yet what you would want to change",
    changeTalk: "you start to think about change yourself",
    goal: "you name a goal of your own",
    afterGoal: "you think about a first step and who could help",
    acceptInfo: "you take the information on board",
    adviceRequest: "you ask the clinician what you should do",
    goodbye: "you say goodbye",
    shiftYes: "you agree",
    shiftOk: "you go along",
    shiftHesitant: "you go along, hesitantly",
  },
};

const frame = {
  nl: {
    role: (name: string) =>
      `Je speelt ${name}, een patiënt op het spreekuur in de huisartsenpraktijk. Een zorgverlener in opleiding praat met je. Je blijft altijd ${name}: je praat als een gewoon mens, in spreektaal, kort (één tot drie zinnen).`,
    region: { NL: "", BE: "Je woont in Vlaanderen en praat zoals men daar praat." },
    sheet: "Wie je bent:",
    now: "Wat je nu doet:",
    say: "Wat je nu zegt, in je eigen woorden (niet letterlijk overnemen, niets toevoegen):",
    rules:
      "Regels: zeg niets wat hierboven niet staat of wat je nog niet eerder zei; geef nooit medisch advies; zeg nooit dat je een AI, assistent of coach bent; geef geen uitleg of feedback over het gesprek; antwoord alleen met wat je zegt, in het Nederlands.",
  },
  en: {
    role: (name: string) =>
      `You play ${name}, a patient at a GP practice appointment. A clinician in training is talking to you. You always stay ${name}: you talk like an ordinary person, in plain spoken words, briefly (one to three sentences).`,
    region: { NL: "", BE: "" },
    sheet: "Who you are:",
    now: "What you do now:",
    say: "What you say now, in your own words (do not copy it, add nothing):",
    rules:
      "Rules: say nothing that is not written above or that you have not said before; never give medical advice; never say you are an AI, an assistant or a coach; give no explanation or feedback on the conversation; answer only with what you say, in English.",
  },
} as const;

export function patientPrompt(directive: PatientDirective, history: readonly Exchange[]): ChatMessage[] {
  const words = frame[directive.locale];
  const acts = directive.acts.map((act) => actWords[directive.locale][act] ?? act);
  const system = [
    words.role(directive.name),
    words.region[directive.region],
    `${words.sheet}\n${[...directive.sheet, ...directive.known].join("\n")}`,
    `${words.now} ${acts.join("; ")}.`,
    `${words.say}\n${directive.template}`,
    words.rules,
  ].filter((part) => part !== "");
  const earlier = history.slice(-HISTORY_EXCHANGES).flatMap((exchange): ChatMessage[] => [
    { role: "user", content: exchange.trainee },
    { role: "assistant", content: exchange.patient },
  ]);
  return [
    { role: "system", content: system.join("\n\n") },
    ...earlier,
    { role: "user", content: directive.heard },
  ];
}
