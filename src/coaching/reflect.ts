// Turns a person's answer into a short reflection in the second person ("ik ben moe" -> "je bent moe"),
// or says it is safer to acknowledge without quoting. Pure: no I/O, no logging of answer text.

export type ReflectLang = "nl" | "en";
/** `sentence`: the answer had its own first-person subject, so the reflection reads as a whole sentence. */
export type Reflection = { kind: "reflected"; text: string; sentence: boolean } | { kind: "acknowledged" };

const MAX_WORDS = 18;

// Links, addresses, phone numbers, markup and quotes: repeating them back reads oddly or leaks detail.
const UNSAFE = /(https?:\/\/|www\.|@|<|>|["“”„]|\d{4,}|\?)/i;
// "jij/you" in the answer would flip to the coach; we do not guess who is meant.
const SECOND_PERSON: Record<ReflectLang, RegExp> = {
  nl: /\b(jij|jou|jouw|jullie|u|uw|je)\b/i,
  en: /\b(you|your|yours|yourself|yourselves)\b/i,
};

// Irregular Dutch first-person forms: [subject first, inverted].
const NL_VERBS: Record<string, [string, string]> = {
  ben: ["bent", "ben"],
  heb: ["hebt", "heb"],
  kan: ["kunt", "kun"],
  zal: ["zult", "zul"],
  wil: ["wilt", "wil"],
  mag: ["mag", "mag"],
  ga: ["gaat", "ga"],
  sta: ["staat", "sta"],
  doe: ["doet", "doe"],
  zie: ["ziet", "zie"],
  sla: ["slaat", "sla"],
};
const NL_PAST = new Set(
  (
    "was had kon wilde ging zat sliep kreeg werd moest mocht zou dacht wist deed zag kwam liep bleef vond at dronk lag " +
    "zwom reed schreef las sprak vloog zong hielp nam gaf kocht bracht zocht vroeg zei wou hield viel hing sprong begon " +
    "won keek stond droeg trok koos verloor vergat verliet schoot sloeg woog zweeg wees beet greep leek bleek kroop " +
    "sloot vroor genoot brak stak trof stierf hief schiep wreef dook floot glimlachte vocht liet schrok"
  ).split(" "),
);
const NL_NOT_VERB = new Set("niet ook al nog heel erg echt zelf alleen wel soms vaak".split(" "));
const NL_SUBORDINATORS = new Set(
  "dat omdat als wanneer of terwijl hoewel sinds zodat toen nadat voordat".split(" "),
);
const NL_COORDINATORS = new Set("en maar want dus of".split(" "));
// A clause after ", al" / ", alleen" / ", hoewel" qualifies the main one; the reflection keeps the main one.
const NL_CUT = /\s*(?:[.;!:]|,\s*(?:maar|want|en|omdat|dus|al|alleen|hoewel|behalve)\b|\s(?:maar|want)\s)/i;
const EN_CUT = /\s*(?:[.;!:]|,\s*(?:but|and|because|so)\b|\s(?:but)\s)/i;

function clean(answer: string): string {
  return answer
    .replace(/\s+/g, " ")
    .replace(/^[\s\-–—*•]+/, "")
    .trim();
}

function mainClause(text: string, lang: ReflectLang): string {
  const cut = text.split(lang === "nl" ? NL_CUT : EN_CUT)[0] ?? text;
  return cut.replace(/[\s,.;!:…]+$/, "").trim();
}

function keepCase(original: string, replacement: string): string {
  return /^[A-Z]/.test(original) ? replacement[0]?.toUpperCase() + replacement.slice(1) : replacement;
}

function nlSubjectFirst(verb: string): string {
  const lower = verb.toLowerCase();
  const irregular = NL_VERBS[lower];
  if (irregular) return irregular[0];
  if (NL_PAST.has(lower) || /(te|de|ten|den)$/.test(lower) || lower.endsWith("t")) return lower;
  return `${lower}t`;
}

function nlInverted(verb: string): string {
  return NL_VERBS[verb.toLowerCase()]?.[1] ?? verb.toLowerCase();
}

function isWord(token: string): boolean {
  return /^[\p{L}']+$/u.test(token);
}

function reflectNl(tokens: string[]): string[] {
  const out = [...tokens];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] ?? "";
    const lower = tok.toLowerCase();
    if (lower === "ik") {
      out[i] = keepCase(tok, "je");
      const prev = (tokens[i - 1] ?? "").toLowerCase();
      // In Dutch the word right before a subject "ik" is the finite verb, unless it joins clauses.
      if (i > 0 && isWord(prev) && !NL_SUBORDINATORS.has(prev) && !NL_COORDINATORS.has(prev)) {
        out[i - 1] = keepCase(tokens[i - 1] ?? "", nlInverted(prev));
        continue;
      }
      if (i > 0 && NL_SUBORDINATORS.has(prev)) {
        // Verb sits later in a subordinate clause; change only a form we are sure of.
        // Verb sits later in a subordinate clause: a known irregular form, else the last word
        // unless it is an infinitive ("dat ik wil gaan").
        let j = tokens.findIndex((t, k) => k > i && NL_VERBS[t.toLowerCase()] !== undefined);
        if (j < 0 && tokens.length - 1 > i && !/en$/.test((tokens.at(-1) ?? "").toLowerCase()))
          j = tokens.length - 1;
        if (j > i) out[j] = nlSubjectFirst(tokens[j] ?? "");
        continue;
      }
      const next = tokens[i + 1];
      if (next && isWord(next) && !NL_NOT_VERB.has(next.toLowerCase())) out[i + 1] = nlSubjectFirst(next);
    } else if (lower === "mij" || lower === "me") out[i] = keepCase(tok, "je");
    else if (lower === "mijn" || lower === "m'n") out[i] = keepCase(tok, "je");
    else if (lower === "mezelf" || lower === "mijzelf") out[i] = keepCase(tok, "jezelf");
    else if (lower === "wij" || lower === "we" || lower === "ons" || lower === "onze")
      out[i] = keepCase(tok, "jullie");
  }
  return out;
}

const EN_SIMPLE: Record<string, string> = {
  me: "you",
  my: "your",
  mine: "yours",
  myself: "yourself",
  we: "you",
  us: "you",
  our: "your",
  ours: "yours",
  ourselves: "yourselves",
  "i'm": "you're",
  "i've": "you've",
  "i'll": "you'll",
  "i'd": "you'd",
  "we're": "you're",
  "we've": "you've",
};

function reflectEn(tokens: string[]): string[] {
  const out = [...tokens];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] ?? "";
    const lower = tok.toLowerCase().replace("’", "'");
    if (lower === "i") {
      out[i] = i === 0 ? "You" : "you";
      const next = (tokens[i + 1] ?? "").toLowerCase();
      if (next === "am") out[i + 1] = "are";
      else if (next === "was") out[i + 1] = "were";
      const prev = (tokens[i - 1] ?? "").toLowerCase();
      if (prev === "am") out[i - 1] = keepCase(tokens[i - 1] ?? "", "are");
      else if (prev === "was") out[i - 1] = keepCase(tokens[i - 1] ?? "", "were");
    } else if (EN_SIMPLE[lower]) out[i] = keepCase(tok, EN_SIMPLE[lower] ?? tok);
  }
  return out;
}

export function reflect(answer: string, lang: ReflectLang): Reflection {
  const text = clean(answer);
  if (text === "" || UNSAFE.test(text) || SECOND_PERSON[lang].test(text)) return { kind: "acknowledged" };
  const clause = mainClause(text, lang);
  const tokens = clause.split(" ").filter((t) => t !== "");
  if (tokens.length === 0 || tokens.length > MAX_WORDS) return { kind: "acknowledged" };
  const swapped = (lang === "nl" ? reflectNl(tokens) : reflectEn(tokens)).join(" ");
  const first = swapped[0]?.toUpperCase() ?? "";
  const subject = lang === "nl" ? /^(ik|we|wij)\b/i : /^(i|i'm|i've|i'll|i'd|we|we're|we've)\b/i;
  const sentence =
    tokens.some((t) => subject.test(t)) && !/^(mijn|m'n|my|our|onze|ons)$/i.test(tokens[0] ?? "");
  // A phrase keeps the person's own first letter so the coach can put it after its own lead.
  return { kind: "reflected", text: sentence ? first + swapped.slice(1) : swapped, sentence };
}
