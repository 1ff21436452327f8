// The feedback on a practice conversation in words, Dutch and English: kind, specific remarks that quote
// the trainee's own utterance, and the phase timeline as text lines. Pure.

import type { Locale } from "../locales.ts";
import type { ExampleTurn, Phase, PracticeFeedback } from "./feedback.ts";
import type { Remark } from "./feedback-schema.ts";

type Lang = Locale;

export interface About {
  /** The simulated patient's name. */
  patient: string;
  /** The patient's own goal in their words, when they formulated one. */
  goal: string | null;
}

/** Where a clause ends: after a sentence mark or a comma, semicolon or colon, or before "en"/"maar". */
const CLAUSE_END = /[.!?;:,](?=\s)|\s(?=(?:en|maar|and|but|omdat|want|because)\s)/g;

/**
 * The trainee's words, on one line and not too long to quote. A long utterance is cut at the last clause
 * boundary that fits, so the quote never stops mid-clause; only a single clause longer than that is cut
 * at a word.
 */
export function quoteOf(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  let end = 0;
  for (const m of flat.matchAll(CLAUSE_END)) {
    const at = (m.index ?? 0) + (m[0].trim() === "" ? 0 : 1);
    if (at > max) break;
    end = at;
  }
  if (end < max / 3) {
    const cut = flat.slice(0, max);
    end = Math.max(cut.lastIndexOf(" "), max - 20);
  }
  return `${flat.slice(0, end).replace(/[,;:]$/, "")}…`;
}

const decimal = (value: number, lang: Lang): string => {
  const text = String(Math.round(value * 10) / 10);
  return lang === "nl" ? text.replace(".", ",") : text;
};

const times = (n: number, lang: Lang): string =>
  lang === "nl" ? `${n} keer` : n === 1 ? "once" : n === 2 ? "twice" : `${n} times`;

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

interface Copy {
  phase: Record<Phase, string>;
  empty: string;
  overview: (f: PracticeFeedback, patient: string) => string;
  noQuestions: string;
  openMet: (percent: number, threshold: number, patient: string) => string;
  openMissed: (percent: number, threshold: number) => string;
  reflectionsMet: (f: PracticeFeedback["reflectionToQuestion"], patient: string) => string;
  reflectionsMissed: (f: PracticeFeedback["reflectionToQuestion"]) => string;
  phase1Moves: (n: number, patient: string) => string;
  phase1Clean: (patient: string) => string;
  /** Advice without permission after phase 1: how often, the phase of the quoted one. */
  unaskedLater: (n: number, phase: string, patient: string) => string;
  named: (n: number, permission: boolean, patient: string) => string;
  premature: (turn: number, patient: string) => string;
  zz: (questions: number, patient: string) => string;
  noNamed: string;
  unnamed: (n: number, from: string, to: string, patient: string) => string;
  noUnnamed: string;
  goal: (patient: string, goal: string | null) => string;
  /** No goal yet, by the furthest phase reached: still following, or already activating or advising. */
  noGoal: (patient: string) => string;
  noGoalLater: (patient: string) => string;
  timelineHead: string;
  timelineSegment: (phase: string, from: number, to: number, marks: string) => string;
  stanceLetter: Record<Phase, string>;
}

const nl: Copy = {
  phase: { volgend: "fase 1 (volgend)", activerend: "fase 2 (activerend)", expert: "fase 3 (expert)" },
  empty:
    "Je hebt in dit gesprek nog niets gezegd, dus er is nog geen feedback. Begin gerust een nieuw oefengesprek.",
  overview: (f, patient) =>
    `Je sprak ${times(f.turns, "nl")} met ${patient}. Je stelde ${f.counts.openQuestions} open en ${f.counts.closedQuestions} gesloten ${f.counts.openQuestions + f.counts.closedQuestions === 1 ? "vraag" : "vragen"}, gaf ${plural(f.counts.reflections, "reflectie", "reflecties")}, ${times(f.counts.advice, "nl")} advies${f.counts.adviceWithoutPermission > 0 ? ` (waarvan ${times(f.counts.adviceWithoutPermission, "nl")} zonder eerst toestemming te vragen)` : ""} en ${times(f.counts.information, "nl")} informatie${f.counts.options > 0 ? `, en je zette ${times(f.counts.options, "nl")} keuzes op een rij` : ""}.`,
  noQuestions:
    "Je stelde geen vragen. Een open vraag is vaak de eenvoudigste manier om iemand aan het woord te laten.",
  openMet: (percent, threshold, patient) =>
    `${percent}% van je vragen was open; de drempel is ${threshold}%. Zo kreeg ${patient} de ruimte om het eigen verhaal te vertellen. Een voorbeeld van jou:`,
  openMissed: (percent, threshold) =>
    `${percent}% van je vragen was open; de drempel is ${threshold}%. Op een gesloten vraag volgt vaak alleen ja of nee. Hoe zou je deze vraag open kunnen stellen, met wat, hoe of ‘vertel eens’?`,
  reflectionsMet: (r, patient) =>
    r.questions === 0
      ? `Je gaf ${plural(r.reflections, "reflectie", "reflecties")} en stelde geen vragen. Door terug te geven wat je hoorde, vertelde ${patient} verder. Bijvoorbeeld:`
      : `Je gaf ${plural(r.reflections, "reflectie", "reflecties")} op ${plural(r.questions, "vraag", "vragen")} (${decimal(r.ratio ?? 0, "nl")} op 1; de drempel is ${r.threshold} op 1). Door terug te geven wat je hoorde, ging ${patient} verder en dieper. Bijvoorbeeld:`,
  reflectionsMissed: (r) =>
    `Je gaf ${plural(r.reflections, "reflectie", "reflecties")} op ${plural(r.questions, "vraag", "vragen")}; de drempel is minstens evenveel reflecties als vragen. Geef na een antwoord eerst terug wat je hoort, bijvoorbeeld ‘Je merkt dat...’ of ‘Het klinkt alsof...’. Dan hoef je minder te vragen.`,
  phase1Moves: (n, patient) =>
    `Je gaf ${times(n, "nl")} advies of informatie terwijl het gesprek nog in fase 1 (volgend) was, zoals hier. ${patient} zei daarop ‘ja, maar’. Verken eerst wat ${patient} zelf weet en wil, en vraag toestemming voordat je iets toevoegt: ‘Mag ik je iets vertellen over...?’`,
  phase1Clean: (patient) =>
    `In fase 1 (volgend) gaf je geen advies en geen informatie: je liet ${patient} aan het woord. Dat is precies de bedoeling.`,
  unaskedLater: (n, phase, patient) =>
    `Na fase 1 (volgend) gaf je ${times(n, "nl")} advies zonder eerst toestemming te vragen, zoals hier in ${phase}. Een advies landt beter als ${patient} er eerst ja op heeft gezegd. Vraag het vooraf, ‘Mag ik je een tip geven over...?’, en wacht het antwoord af.`,
  named: (n, permission, patient) =>
    `Je benoemde ${times(n, "nl")} de overstap naar een andere fase${permission ? " en vroeg toestemming" : ""}, zoals hier. Zo wist ${patient} waar het gesprek naartoe ging.${permission ? "" : " Vraag er een andere keer ook toestemming bij: ‘Is dat goed?’"}`,
  premature: (turn, patient) =>
    `In beurt ${turn} benoemde je de overstap naar fase 2 (activerend), maar ${patient} had nog niet verteld wat er echt toe doet. ${patient} ging aarzelend mee en bleef onzeker over veranderen. Blijf langer in fase 1 (volgend), tot je hoort wat ertoe doet; benoem de overstap daarna.`,
  zz: (questions, patient) =>
    `Dit was een ZZ-gesprek (ziekte en zorg): je ${questions === 1 ? "vraag ging" : `${questions} vragen gingen`} over de klacht en de leefstijl, zoals roken, slapen en medicijnen. Dat hoort soms bij een consult. Een GG-gesprek had er iets aan toegevoegd: open vragen naar het dagelijks leven van ${patient} en naar wat belangrijk is, teruggeven wat je hoort, en pas daarna de overstap benoemen naar wat ${patient} zelf wil veranderen.`,
  noNamed:
    "Je benoemde geen overstap naar fase 2 (activerend) of fase 3 (expert). Zeg hardop dat je van rol wisselt en vraag toestemming, bijvoorbeeld: ‘Zullen we nu kijken wat je zou willen veranderen?’",
  unnamed: (n, from, to, patient) =>
    `${n === 1 ? "Eén keer ging" : `${n} keer ging`} je naar een andere fase zonder dat te benoemen, zoals hier (van ${from} naar ${to}). Benoem de overstap eerst; dan kan ${patient} met je meegaan.`,
  noUnnamed: "Je maakte geen overstap zonder die te benoemen.",
  goal: (patient, goal) =>
    goal
      ? `${patient} formuleerde zelf een doel: ‘${goal}’ Een doel in eigen woorden past bij wat voor ${patient} belangrijk is.`
      : `${patient} formuleerde zelf een doel. Een doel in eigen woorden past bij wat voor ${patient} belangrijk is.`,
  noGoal: (patient) =>
    `${patient} kwam nog niet tot een eigen doel. Dat lukt vaker als je eerst verkent wat belangrijk is, dan de overstap benoemt en daarna met open vragen naar wensen en een eerste stap vraagt.`,
  noGoalLater: (patient) =>
    `${patient} kwam nog niet tot een eigen doel. Je was de overstap al voorbij; vraag nu met open vragen wat ${patient} zelf zou willen, hoe belangrijk dat is en wat een eerste stap kan zijn, en geef het woord terug.`,
  timelineHead:
    "Verloop van het gesprek, met je houding per beurt (V = volgend, A = activerend, E = expert; * = overstap benoemd, ! = overstap zonder benoemen):",
  timelineSegment: (phase, from, to, marks) =>
    `${phase.charAt(0).toUpperCase()}${phase.slice(1)}, ${from === to ? `beurt ${from}` : `beurt ${from}–${to}`}: ${marks}`,
  stanceLetter: { volgend: "V", activerend: "A", expert: "E" },
};

const en: Copy = {
  phase: { volgend: "phase 1 (following)", activerend: "phase 2 (activating)", expert: "phase 3 (expert)" },
  empty:
    "You have not said anything in this conversation yet, so there is no feedback. Feel free to start a new practice conversation.",
  overview: (f, patient) =>
    `You spoke ${times(f.turns, "en")} with ${patient}. You asked ${f.counts.openQuestions} open and ${f.counts.closedQuestions} closed ${f.counts.openQuestions + f.counts.closedQuestions === 1 ? "question" : "questions"}, gave ${plural(f.counts.reflections, "reflection", "reflections")}, gave advice ${times(f.counts.advice, "en")}${f.counts.adviceWithoutPermission > 0 ? ` (${times(f.counts.adviceWithoutPermission, "en")} without asking permission first)` : ""} and information ${times(f.counts.information, "en")}${f.counts.options > 0 ? `, and laid out options ${times(f.counts.options, "en")}` : ""}.`,
  noQuestions: "You asked no questions. An open question is often the easiest way to let someone talk.",
  openMet: (percent, threshold, patient) =>
    `${percent}% of your questions were open; the threshold is ${threshold}%. That gave ${patient} room to tell their own story. An example of yours:`,
  openMissed: (percent, threshold) =>
    `${percent}% of your questions were open; the threshold is ${threshold}%. A closed question often gets just a yes or a no. How could you ask this one openly, with what, how or ‘tell me about’?`,
  reflectionsMet: (r, patient) =>
    r.questions === 0
      ? `You gave ${plural(r.reflections, "reflection", "reflections")} and asked no questions. By giving back what you heard, you helped ${patient} go on. For example:`
      : `You gave ${plural(r.reflections, "reflection", "reflections")} to ${plural(r.questions, "question", "questions")} (${decimal(r.ratio ?? 0, "en")} to 1; the threshold is ${r.threshold} to 1). By giving back what you heard, you helped ${patient} go on and go deeper. For example:`,
  reflectionsMissed: (r) =>
    `You gave ${plural(r.reflections, "reflection", "reflections")} to ${plural(r.questions, "question", "questions")}; the threshold is at least as many reflections as questions. After an answer, first give back what you heard, for example ‘You notice that...’ or ‘It sounds like...’. Then you need fewer questions.`,
  phase1Moves: (n, patient) =>
    `You gave advice or information ${times(n, "en")} while the conversation was still in phase 1 (following), as here. ${patient} answered with ‘yes, but’. First explore what ${patient} knows and wants, and ask permission before you add anything: ‘May I tell you something about...?’`,
  phase1Clean: (patient) =>
    `In phase 1 (following) you gave no advice and no information: you let ${patient} do the talking. That is exactly the idea.`,
  unaskedLater: (n, phase, patient) =>
    `After phase 1 (following) you gave advice ${times(n, "en")} without asking permission first, as here in ${phase}. Advice lands better when ${patient} has said yes to it first. Ask beforehand, ‘May I give you a tip about...?’, and wait for the answer.`,
  named: (n, permission, patient) =>
    `You named the move to another phase ${times(n, "en")}${permission ? " and asked permission" : ""}, as here. That way ${patient} knew where the conversation was going.${permission ? "" : " Next time, ask permission too: ‘Is that okay with you?’"}`,
  premature: (turn, patient) =>
    `In turn ${turn} you named the move to phase 2 (activating), but ${patient} had not yet said what matters to them. ${patient} went along hesitantly and stayed unsure about changing. Stay longer in phase 1 (following), until you hear what matters; then name the move.`,
  zz: (questions, patient) =>
    `This was a ZZ conversation (illness and care): your ${questions === 1 ? "question was" : `${questions} questions were`} about the complaint and lifestyle, such as smoking, sleep and medication. That is sometimes part of a consultation. A GG conversation would have added open questions about ${patient}'s daily life and what matters, giving back what you hear, and only then naming the move to what ${patient} wants to change.`,
  noNamed:
    "You did not name a move to phase 2 (activating) or phase 3 (expert). Say out loud that you are changing role and ask permission, for example: ‘Shall we look at what you would like to change?’",
  unnamed: (n, from, to, patient) =>
    `${n === 1 ? "Once" : `${n} times`} you moved to another phase without naming it, as here (from ${from} to ${to}). Name the move first; then ${patient} can come along.`,
  noUnnamed: "You made no move to another phase without naming it.",
  goal: (patient, goal) =>
    goal
      ? `${patient} set a goal of their own: ‘${goal}’ A goal in one's own words fits what matters to ${patient}.`
      : `${patient} set a goal of their own. A goal in one's own words fits what matters to ${patient}.`,
  noGoal: (patient) =>
    `${patient} did not get to a goal of their own yet. That happens more often when you first explore what matters, then name the move and ask open questions about wishes and a first step.`,
  noGoalLater: (patient) =>
    `${patient} did not get to a goal of their own yet. You had already made the move; now ask open questions about what ${patient} would want, how important it is and what a first step could be, and hand the word back.`,
  timelineHead:
    "How the conversation went, with your stance per turn (F = following, A = activating, E = expert; * = move named, ! = move not named):",
  timelineSegment: (phase, from, to, marks) =>
    `${phase.charAt(0).toUpperCase()}${phase.slice(1)}, ${from === to ? `turn ${from}` : `turns ${from}–${to}`}: ${marks}`,
  stanceLetter: { volgend: "F", activerend: "A", expert: "E" },
};

const COPY: Record<Lang, Copy> = { nl, en };

/** The remarks on a practice conversation, in the order they are shown. */
export function feedbackRemarks(f: PracticeFeedback, lang: Lang, about: About): Remark[] {
  const c = COPY[lang];
  const p = about.patient;
  if (f.turns === 0) return [{ topic: "overview", kind: "info", text: c.empty, example: null }];
  const remarks: Remark[] = [{ topic: "overview", kind: "info", text: c.overview(f, p), example: null }];
  // A consult on the complaint and the checklist throughout is named as the ZZ conversation it was.
  const zz = f.zz.track;
  if (zz) remarks.push({ topic: "zz", kind: "tip", text: c.zz(f.zz.questions, p), example: null });
  const example = (e: ExampleTurn | null) => (e ? quoteOf(e.text) : null);

  const { percent } = f.openQuestions;
  if (percent === null)
    remarks.push({ topic: "questions", kind: "info", text: c.noQuestions, example: null });
  else if (f.openQuestions.met)
    remarks.push({
      topic: "questions",
      kind: "strength",
      text: c.openMet(percent, f.openQuestions.threshold, p),
      example: example(f.examples.openQuestion),
    });
  else
    remarks.push({
      topic: "questions",
      kind: "tip",
      text: c.openMissed(percent, f.openQuestions.threshold),
      example: example(f.examples.closedQuestion),
    });

  const r = f.reflectionToQuestion;
  if (r.met)
    remarks.push({
      topic: "reflections",
      kind: "strength",
      text: c.reflectionsMet(r, p),
      example: example(f.examples.reflection),
    });
  else if (r.questions > 0 || f.counts.reflections > 0)
    remarks.push({ topic: "reflections", kind: "tip", text: c.reflectionsMissed(r), example: null });

  const moves = f.expertMovesInPhase1;
  const first = moves[0];
  if (first)
    remarks.push({
      topic: "phase1",
      kind: "tip",
      text: c.phase1Moves(moves.length, p),
      example: quoteOf(first.text),
    });
  else if (!zz && f.timeline.some((t) => t.phase === "volgend"))
    remarks.push({ topic: "phase1", kind: "strength", text: c.phase1Clean(p), example: null });

  // Advice without permission in phase 2 or 3: phase 1's are the expert moves above, not said twice.
  const unasked = f.adviceWithoutPermissionLater;
  const firstUnasked = unasked[0];
  if (firstUnasked)
    remarks.push({
      topic: "permission",
      kind: "tip",
      text: c.unaskedLater(unasked.length, c.phase[firstUnasked.phase], p),
      example: quoteOf(firstUnasked.text),
    });

  // A premature move is a tip with its turn, not praise; the other named moves are praised.
  const premature = f.namedShifts.find((s) => s.premature);
  const named = f.namedShifts.filter((s) => !s.premature);
  const firstNamed = named.find((s) => s.permission) ?? named[0];
  if (premature)
    remarks.push({
      topic: "premature",
      kind: "tip",
      text: c.premature(premature.turn, p),
      example: quoteOf(premature.text),
    });
  if (firstNamed)
    remarks.push({
      topic: "named",
      kind: "strength",
      text: c.named(
        named.length,
        named.some((s) => s.permission),
        p,
      ),
      example: quoteOf(firstNamed.text),
    });
  else if (!premature && !zz) remarks.push({ topic: "named", kind: "tip", text: c.noNamed, example: null });

  const unnamed = f.unnamedShifts;
  const firstUnnamed = unnamed[0];
  if (zz) {
    // The ZZ remark says it all: its checklist questions are not also "a move without naming it".
  } else if (firstUnnamed)
    remarks.push({
      topic: "unnamed",
      kind: "tip",
      text: c.unnamed(unnamed.length, c.phase[firstUnnamed.from], c.phase[firstUnnamed.to], p),
      example: quoteOf(firstUnnamed.text),
    });
  else remarks.push({ topic: "unnamed", kind: "strength", text: c.noUnnamed, example: null });

  // The tip on a goal fits the phase reached: past the move, exploring what matters again is no help.
  const later = !premature && f.timeline.some((t) => t.phase !== "volgend");
  remarks.push(
    f.ownGoal.formulated
      ? { topic: "goal", kind: "strength", text: c.goal(p, about.goal), example: null }
      : { topic: "goal", kind: "tip", text: later ? c.noGoalLater(p) : c.noGoal(p), example: null },
  );
  return remarks;
}

/** The timeline as lines: one per stretch of the conversation in the same phase. */
export function timelineLines(f: PracticeFeedback, lang: Lang): string[] {
  const c = COPY[lang];
  if (f.timeline.length === 0) return [];
  const lines = [c.timelineHead];
  let start = 0;
  for (let i = 1; i <= f.timeline.length; i++) {
    const segment = f.timeline[start];
    const current = f.timeline[i];
    if (!segment || (current && current.phase === segment.phase)) continue;
    const part = f.timeline.slice(start, i);
    const marks = part
      .map(
        (t) => `${c.stanceLetter[t.stance]}${t.shift === "named" ? "*" : t.shift === "unnamed" ? "!" : ""}`,
      )
      .join(" ");
    lines.push(
      c.timelineSegment(c.phase[segment.phase], segment.turn, part.at(-1)?.turn ?? segment.turn, marks),
    );
    start = i;
  }
  return lines;
}
