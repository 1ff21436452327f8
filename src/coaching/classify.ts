// Rule-based classifier for one utterance of a professional (Dutch/Flemish or English) into conversation
// behaviour, question type, input type and GG stance. Pure and synchronous: lexical cues plus light syntax.
/*
 * Why rules and not a model: the coach must explain its feedback ("cues"), run in a Worker without
 * downloads, and cost microseconds. The categories follow MI coding practice (question / reflection /
 * therapist input / other, as in MITI and AnnoMI) mapped onto the three GG phases.
 *
 * Labelling conventions (the hand-labelled sets in ./data follow these):
 *
 * Behaviour
 * - question: interrogative form. Open = wh-word first with inverted order ("wat vind je", "what do you"),
 *   "in hoeverre"/"to what extent", tell-me requests ("vertel eens", "kun je daar meer over vertellen",
 *   "could you describe"), and indirect wh-questions ("ik ben benieuwd hoe", "I wonder what").
 *   Closed = finite verb first ("heb je", "rookt u", "zijt gij", "do you", "are you"), yes/no and choice
 *   questions, tag questions, a question mark on a plain statement, and quantity/frequency/duration
 *   questions even though they start with a wh-word ("hoeveel", "hoe vaak", "hoe lang", "sinds wanneer",
 *   "how many/much/often/long"): they ask for one fact, as MI coding treats them. Degree questions
 *   ("hoe belangrijk", "hoeveel vertrouwen") stay open.
 * - reflection: a statement that mirrors the person: explicit openers ("je zegt", "het klinkt alsof",
 *   "dus...", "als ik je goed begrijp", "samengevat", "it sounds like", "so you", "on the one hand"),
 *   second-person statements ("je bent het beu", "you feel..."), empathic evaluations ("dat is zwaar",
 *   "that must be hard"). A question mark keeps it a reflection only with an explicit opener ("dus je
 *   wilt stoppen?"); a bare statement with a question mark or a check tag ("..., klopt dat?") is a closed
 *   question, because nothing but the intonation marks it as mirroring.
 * - input: advice (modals "je moet / u zou moeten / you should", "ik raad aan", "het is beter om",
 *   imperatives "probeer eens", proposals "ik stel voor", and advice dressed as a question: "waarom probeer
 *   je niet...", "wat als je eens...", "why don't you", "how about"), information (facts, risks, results,
 *   normalising "veel mensen merken...", leaflets), options (choices laid out: "je kunt kiezen uit",
 *   "er zijn een paar mogelijkheden", "sommige mensen..., anderen...", "either...or").
 *   Permission to give input ("mag ik je iets vertellen over...?") is a closed question, not input.
 * - other: greetings, thanks, backchannels ("mm-hm", "oké"), affirmations ("goed zo", "well done",
 *   "je hebt het goed gedaan"), agenda and procedure ("ik pak even uw dossier erbij", "laten we eerst kijken
 *   naar..."), and statements about the professional's own actions.
 * - Information versus reflection: a health fact about the world is information even when it uses a
 *   generic "you" ("spieren worden sterker als je ze belast"); the same topic framed as what it does for
 *   this person is a reflection ("het roken geeft je even rust"). Results and measurements ("je HbA1c is
 *   58", "I can see your weight has gone up two kilos") are information.
 * - Proposals and arrangements the professional decides ("ik stel voor...", "laten we afspreken...",
 *   "we gaan het zo doen: ...") are advice; offers phrased as questions ("zal ik een afspraak inplannen?")
 *   are closed questions in the expert stance.
 *
 * Multi-sentence utterances: each clause gets an act; pure fillers are ignored. Input anywhere makes the
 * whole utterance input (options > advice > information), because a trailing "wat vind je daarvan?" does
 * not undo unsolicited advice and the GG-1 guard must see it. Otherwise the last question or reflection
 * decides; a question is open if any question in it is open. A trailing check ("klopt dat?", "is that
 * right?") does not override the clause before it, except that it turns a bare statement into a closed
 * question (same as the tag rule).
 *
 * Stance (GG phase the utterance belongs to)
 * - input is always expert.
 * - activerend: change, wishes for the future, goals, plans, first steps, scaling (0-10, importance,
 *   confidence), readiness, who/what can help, pros of changing, past successes, hypotheticals ("stel dat").
 *   This wins for questions, reflections (mirroring change talk) and other (affirming a step).
 * - expert (questions, other): asking permission to advise or inform, naming the shift to the expert role,
 *   the complaint-first ZZ opener ("wat kan ik voor u doen?"), clinical checklist topics (symptoms,
 *   medication, measurements). Closed questions without an experience cue are checklist-style: expert.
 * - volgend: open questions about experience, values, what matters and how things are; closed questions
 *   about experience ("vind je dat lastig?", "is that important to you?"); reflections and summaries of
 *   experience; encouragers, greetings and other talk. An open question about a clinical topic stays
 *   volgend when it asks how it is experienced ("wat vindt u het vervelendste aan de pijn?").
 *
 * Known limits: no context from earlier turns (a bare "en verder?" is read on its own), no irony, and
 * elliptic questions without verb or question mark ("you okay") are read as statements.
 * Accuracy per field on the labelled sets: npm run accuracy (bench/accuracy.ts)
 *
 * Where things live: ./classify/engine.ts (the pipeline), ./classify/rules-nl.ts and ./classify/rules-en.ts
 * (each language's word lists and cue patterns), ./classify/types.ts (the shared shapes).
 */

export { classify } from "./classify/engine.ts";
export type { Behaviour, Classification, InputType, QuestionType, Stance } from "./classify/types.ts";
