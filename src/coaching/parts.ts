// Splits a trainee's turn into its parts and reads each part, the way MITI coders count: a turn that opens
// with a reflection and ends with a question holds one of each. Pure; builds on the classifier.
/*
 * Parts are sentences, and clauses joined by "en"/"maar" ("and"/"but") when the two sides do different
 * things ("Je bent moe, maar wat zou je willen?"); two reflections joined by "en" stay one reflection.
 * On top of the classifier's reading of each part:
 * - A summary followed by a check ("Samengevat: ... Klopt dat?") is one reflection: the check asks the
 *   patient to confirm the summary, it is not a closed question to rephrase.
 * - A request for permission to inform or advise ("Mag ik u iets vertellen over...?") is its own kind:
 *   neither advice nor a closed question.
 * - Advice put as a question ("Heeft u al eens overwogen te stoppen?", "Zou het niet beter zijn om...")
 *   is advice, and so are the professional's own clinical decisions said to the patient ("Ik schrijf u
 *   pleisters voor", "ik verwijs u") and offers of a course or group nobody asked about (information).
 * - A part in English in a Dutch session (or the other way round) is read with that language's rules.
 * The turn as a whole (what the patient reacts to) follows the same rules: input anywhere makes it input,
 * otherwise the last part decides.
 */
import type { Locale } from "../locales.ts";
import { type Classification, classify, type Stance } from "./classify.ts";
import { foldText } from "./normalize.ts";
import { detectShift } from "./shift.ts";

export type PartKind =
  | "open"
  | "closed"
  | "reflection"
  | "permission"
  | "advice"
  | "information"
  | "options"
  | "other";

export interface TurnPart {
  text: string;
  kind: PartKind;
  stance: Stance;
}

export interface ReadTurn {
  classification: Classification;
  parts: TurnPart[];
  /** The language the turn was read in. */
  lang: Locale;
}

const EN_WORDS = new Set(
  "the you your you're do does did are is was have has what how why when who would could should can it that this i i'm my me and about with of to".split(
    " ",
  ),
);
const NL_WORDS = new Set(
  "de het je jij u ge gij uw jouw een wat hoe waarom wanneer wie zou kunt kun bent ben heeft hebt heb is dat dit ik mijn en over met van niet ook wel nog er".split(
    " ",
  ),
);

/** The language a piece of text is written in, when it clearly is not the session's; else the session's. */
export function languageOf(text: string, session: Locale): Locale {
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  let en = 0;
  let nl = 0;
  for (const w of words) {
    // "is", "what"/"wat" and friends differ by spelling, so only words of one language count.
    if (EN_WORDS.has(w) && !NL_WORDS.has(w)) en++;
    if (NL_WORDS.has(w) && !EN_WORDS.has(w)) nl++;
  }
  if (session === "nl" && en >= 2 && en > 2 * nl) return "en";
  if (session === "en" && nl >= 2 && nl > 2 * en) return "nl";
  return session;
}

const CHECK: Record<Locale, RegExp> = {
  nl: /^(?:en |dus )?(?:klopt (?:dat|het)|is dat (?:zo|juist)|zie ik dat (?:goed|juist)|heb ik (?:dat|het) (?:goed|juist)(?: begrepen)?|begrijp ik (?:dat|het|je|u) (?:goed|juist)|toch|ja)\s*\?*$/,
  en: /^(?:and |so )?(?:is (?:that|it) right|is that correct|did i get that right|have i got that right|am i right|right)\s*\?*$/,
};

const SUMMARY: Record<Locale, RegExp> = {
  nl: /^(?:samengevat|kortom|als ik (?:het|dit|je|u) (?:even )?(?:goed begrijp|samenvat)|even samenvatten|dus als ik het goed hoor)\b/,
  en: /^(?:so,? )?(?:to sum up|in summary|summing up|let me summari[sz]e|if i understand you (?:right|correctly))\b/,
};

const PERMISSION: Record<Locale, RegExp> = {
  nl: /^(?:\w+,? )?(?:mag|kan|zou|zal) ik (?:u|je|jou|ge) (?:\w+ ){0,3}(?:vertellen|geven|uitleggen|voorstellen|meegeven|laten zien|aanraden|tip|advies|informatie)\b|^(?:\w+,? )?(?:is het|vindt u het|vind je het|zou u het) (?:\w+ )?(?:goed|oke|prima) als ik (?:\w+ ){0,4}(?:vertel|geef|uitleg|leg|voorstel)\b|^(?:\w+,? )?(?:wilt|wil) (?:u|je|ge) (?:\w+ ){0,3}(?:weten|horen) (?:wat|hoe) (?:ik|andere|anderen|sommige)\b/,
  en: /^(?:\w+,? )?(?:may|can|could|shall) i (?:\w+ ){0,3}(?:tell|give|share|explain|suggest|offer|show)\b|^(?:\w+,? )?(?:would|is) it (?:be )?(?:ok|okay|alright|all right) if i (?:\w+ ){0,3}(?:told|tell|gave|give|shared|share|explained|explain)\b|^(?:\w+,? )?would you like (?:me to|to hear|to know)\b/,
};

const DISGUISED: Record<Locale, RegExp> = {
  nl: /\b(?:overwogen|overweegt|overwegen)\b|\bzou (?:het|dat) niet (?:beter|goed|verstandig|slim|fijn) zijn\b|\bis het (?:geen|niet een) (?:idee|optie) om\b|\b(?:moet|moeten) (?:u|je|ge|gij) niet (?:eens |gewoon |toch )?(?:\w+ ){0,4}(?:stoppen|minderen|beginnen|proberen|gaan|nemen)\b|\b(?:kunt|kun|kan) (?:u|je|ge|gij) niet (?:beter|gewoon|beter gewoon)\b|\bwat (?:vindt|vind) (?:u|je|ge) ervan om\b|\bwaarom (?:probeert|probeer|gaat|ga|neemt|neem|doet|doe) (?:u|je|ge) (?:het )?niet\b/,
  en: /\bhave you (?:ever )?(?:considered|thought about)\b|\bwould(?:n't| not) it be (?:better|good|wise|a good idea)\b|\bwhy don't you\b|\bhow about\b|\bwhat about (?:trying|cutting|stopping|taking|going)\b|\bshouldn't you\b|\bcould(?:n't)? you (?:just )?(?:try|stop|cut)\b/,
};

const OWN_DECISION: Record<Locale, RegExp> = {
  nl: /^(?:\w+,? )?ik (?:schrijf|geef|verwijs|stuur|zet|meld) (?:u|je|jou|ge|gij) (?:\w+ ){0,4}(?:voor|door|aan|op)\b|^(?:\w+,? )?ik (?:schrijf|verwijs|regel)\b/,
  en: /^(?:\w+,? )?i(?:'ll| will| am going to|'m going to)? (?:prescribe|refer|put you on|sign you up|book you)\b/,
};

const OFFER: Record<Locale, RegExp> = {
  nl: /^(?:\w+,? )?er (?:is|zijn) (?:ook |trouwens )?(?:een |de )?(?:cursus\w*|groep\w*|app\w*|training\w*|programma\w*|folder\w*|website\w*|mogelijkheid|mogelijkheden|stoppoli\w*|beweegprogramma\w*)\b/,
  en: /^(?:\w+,? )?there (?:is|are) (?:also )?(?:a |an |some )?(?:course|group|app|programme|program|leaflet|website|service|class)\w*\b/,
};

/** Joins within a sentence that may separate two acts. */
const JOIN: Record<Locale, RegExp> = { nl: /,?\s+(?:en|maar)\s+/, en: /,?\s+(?:and|but)\s+/ };

function kindOf(c: Classification): PartKind {
  if (c.behaviour === "input") return c.input ?? "information";
  if (c.behaviour === "question") return c.question === "open" ? "open" : "closed";
  return c.behaviour;
}

/** Sentences with their terminal punctuation; a colon after a summary opener stays inside. */
function sentences(text: string): string[] {
  return (text.match(/[^.!?]+[.!?]*/g) ?? []).map((s) => s.trim()).filter((s) => /[\p{L}\d]/u.test(s));
}

/** Splits a sentence at "en"/"maar" when both sides are substantial and do different things. */
function clauses(sentence: string, lang: Locale): string[] {
  const m = JOIN[lang].exec(sentence);
  if (!m || m.index === 0) return [sentence];
  const left = sentence.slice(0, m.index).trim();
  const right = sentence.slice(m.index + m[0].length).trim();
  if (left.split(/\s+/).length < 3 || right.split(/\s+/).length < 3) return [sentence];
  const terminal = /[.!?]+$/.exec(sentence)?.[0] ?? "";
  const a = kindOf(classify(`${left}${terminal === "?" ? "." : terminal}`, lang));
  const b = kindOf(classify(right, lang));
  if (a === b || a === "other" || b === "other") return [sentence];
  return [`${left}${terminal === "?" ? "." : terminal}`, ...clauses(right, lang)];
}

function readPart(text: string, lang: Locale): TurnPart {
  const c = classify(text, lang);
  const s = foldText(text);
  const isQ = text.trim().endsWith("?");
  if (OWN_DECISION[lang].test(s)) return { text, kind: "advice", stance: "expert" };
  if (OFFER[lang].test(s) && c.behaviour !== "question")
    return { text, kind: "information", stance: "expert" };
  if (isQ && PERMISSION[lang].test(s)) return { text, kind: "permission", stance: "expert" };
  if (isQ && c.behaviour !== "input" && DISGUISED[lang].test(s))
    return { text, kind: "advice", stance: "expert" };
  if (isQ && detectShift(text, lang)?.target === "expert" && c.behaviour === "question")
    return { text, kind: "permission", stance: "expert" };
  return { text, kind: kindOf(c), stance: c.stance };
}

export function splitParts(utterance: string, session: Locale): { text: string; lang: Locale }[] {
  const out: { text: string; lang: Locale }[] = [];
  for (const sentence of sentences(utterance)) {
    const lang = languageOf(sentence, session);
    for (const clause of clauses(sentence, lang)) out.push({ text: clause, lang });
  }
  return out;
}

const INPUT_ORDER = ["options", "advice", "information"] as const;

/** Reads a whole turn: its parts, and the turn's classification the patient reacts to. */
export function readTurn(utterance: string, session: Locale): ReadTurn {
  const lang = languageOf(utterance, session);
  const base = classify(utterance, lang);
  const parts: TurnPart[] = [];
  for (const { text, lang: partLang } of splitParts(utterance, session)) {
    const part = readPart(text, partLang);
    const prev = parts.at(-1);
    // A check after a summary or reflection confirms it: one reflection, no closed question.
    if (prev && CHECK[partLang].test(foldText(text)) && prev.kind === "reflection") continue;
    if (prev && CHECK[partLang].test(foldText(text)) && SUMMARY[partLang].test(foldText(prev.text))) {
      prev.kind = "reflection";
      if (prev.stance === "expert") prev.stance = "volgend";
      continue;
    }
    if (SUMMARY[partLang].test(foldText(text)) && (part.kind === "closed" || part.kind === "other")) {
      part.kind = "reflection";
      if (part.stance === "expert") part.stance = "volgend";
    }
    parts.push(part);
  }
  if (parts.length === 0) parts.push({ text: utterance, kind: kindOf(base), stance: base.stance });

  const input = INPUT_ORDER.find((k) => parts.some((p) => p.kind === k));
  const substantive = parts.filter((p) => p.kind !== "other");
  const last = substantive.at(-1);
  let classification: Classification = base;
  if (input && base.behaviour !== "input") {
    classification = { ...base, behaviour: "input", question: null, input, stance: "expert" };
  } else if (!input && last?.kind === "reflection" && base.behaviour !== "reflection") {
    const stance = base.stance === "expert" ? "volgend" : base.stance;
    classification = { ...base, behaviour: "reflection", question: null, input: null, stance };
  }
  return { classification, parts, lang };
}
