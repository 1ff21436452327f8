// Turns a person's answer into a short reflection in the second person ("ik ben moe" -> "je bent moe"),
// or says it is safer to acknowledge without quoting. Pure: no I/O, no logging of answer text.
//
// Choices, so they hold everywhere: first person plural is turned too, consistently (NL wij/we/ons/
// onze -> jullie; EN we/us/our -> you/your). An answer that speaks to the listener (je/jij/u, Flemish
// ge/gij, you), asks something back, or gives an order ("laat me maar") is acknowledged, not quoted:
// turning it would put words in the coach's mouth. A wish said as an order ("geef mij maar rust") is
// said back as the wish.
import type { Locale } from "../locales.ts";

/** `sentence`: the reflection reads as a whole sentence of its own (it has its own subject and verb). */
export type Reflection = { kind: "reflected"; text: string; sentence: boolean } | { kind: "acknowledged" };

const MAX_WORDS = 18;
// Later fragments of a list-like answer ("niet zo best... rug doet pijn... snel moe") are kept when short.
const MAX_FRAGMENTS = 3;
const MAX_FRAGMENT_WORDS = 8;
// A reflection of several fragments stays short enough to read as one breath.
const MAX_JOINED_WORDS = 14;
// A bulleted or multi-line answer is a list: more of its items fit.
const MAX_LIST = 5;

// Links, addresses, phone numbers, markup and quotes: repeating them back reads oddly or leaks detail.
const UNSAFE = /(https?:\/\/|www\.|@|<|>|["“”„]|\d{4,})/i;
// "jij/you" (and Flemish "ge/gij") in the answer would flip to the coach; we do not guess who is meant.
const SECOND_PERSON: Record<Locale, RegExp> = {
  nl: /(^|[^\p{L}'])(jij|jou|jouw|jullie|u|uw|uwe|je|ge|gij|ulder|zie je)(?![\p{L}'])/iu,
  en: /\b(you|your|yours|yourself|yourselves|ya|u)\b/i,
};
// "I don't know" and friends: nothing to say back.
const NOTHING: Record<Locale, RegExp> = {
  nl: /^(weet (ik )?(het )?(nog )?(het )?niet|geen idee|niks|niets|nvt|n\.v\.t|geen|nee|ja|-+|\?+|hoezo|tja|pff+)( (eigenlijk|hoor|echt|zo|nog))*$/i,
  en: /^(dunno|no idea|nothing|not sure|idk|i don'?t know|don'?t know|n\/a|none|no|yes|-+|\?+)( (really|yet|honestly|tbh))*$/i,
};
// Openers and tags that carry no meaning of their own ("Goh, moeilijke vraag.", "..., denk ik").
const FILLER_START: Record<Locale, RegExp> = {
  nl: /^(goh|nou|tja|ja|nee|hmm+|ehm+|uhm+|pff+|allee|oké|ok|moeilijke vraag|lastige vraag|goede vraag|geen idee|weet ik niet|eerlijk gezegd|(geachte|beste) (dokter|huisarts|meneer|mevrouw)|hallo|hoi|dag)\b[,.!…]*\s*/i,
  en: /^(well|hmm+|um+|uh+|erm+|yeah|yes|no|ok|okay|honestly|good question|tough one|hard to say|no idea|dunno|dear (doctor|sir|madam)|hello|hi)\b[,.!…]*\s*/i,
};
const FILLER_END: Record<Locale, RegExp> = {
  nl: /,?\s+(denk ik|geloof ik|zeg maar|ofzo|of zo|allee|haha+|hihi+|hoor|hé)$/i,
  en: /,?\s+(i guess|i think|i suppose|i reckon|or something|haha+|lol)$/i,
};
// A question the person repeats before answering it ("Waar ik blij van word? Mijn kleinkinderen").
const ECHOED_QUESTION: Record<Locale, RegExp> = {
  nl: /^(waar|wat|hoe|wanneer|waarom|wie|welke)\b.*\b(ik|mij|me|mijn)\b/i,
  en: /^(what|where|how|when|why|who|which)\b.*\b(i|me|my)\b/i,
};
// Orders to the listener: said back they would put words in the coach's mouth.
const ORDER: Record<Locale, RegExp> = {
  nl: /^(geef|laat|help|zeg|vraag|vertel|wijs|leer|bel|stuur|doe|kijk|luister|wacht|hou|houd)\b(.*\b(mij|me|maar)\b)/i,
  en: /^(give|leave|let|help|tell|ask|show|send|call|get) me\b/i,
};
// A wish said as an order: "Geef mij maar rust" -> "Je wilt vooral rust".
const WISH: Record<Locale, [RegExp, string]> = {
  nl: [/^(?:geef|doe) (?:mij|me) maar (.+)$/i, "Je wilt vooral"],
  en: [/^give me (.+)$/i, "You mostly want"],
};
// "Mij gaat het goed", "Met mij gaat het om mijn gezin": said back the natural way round.
const NL_HOW_IT_GOES = /^(?:met )?(?:mij|me) gaat het (om|over)? ?(.+)$/i;

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
  hou: ["houdt", "hou"],
};
// In a subordinate clause the finite verb may stand before an infinitive ("zodat ik niet hoef te bukken").
const NL_SUB_VERBS = new Set([
  ...Object.keys(NL_VERBS),
  "hoef",
  "moet",
  "zou",
  "wou",
  "word",
  "blijf",
  "kom",
]);
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
  "dat omdat als wanneer of terwijl hoewel sinds zodat toen nadat voordat zodra hoe wat waar die waardoor waarmee waarvan wie welke".split(
    " ",
  ),
);
const NL_COORDINATORS = new Set("en maar want dus of".split(" "));
const NL_PREPOSITIONS = new Set(
  "met voor bij van aan naar om over op in zonder tegen door achter naast na tot uit onder boven tussen rond zoals dan".split(
    " ",
  ),
);
// First-person forms that open a texting answer without "ik" ("ben vaak moe", "wil graag meer wandelen").
const NL_DROPPED_SUBJECT = new Set(
  (
    "ben heb voel slaap word wil loop fiets zwem zit lig werk sta mis hoop denk vind ga kook lees wandel geniet " +
    "rook drink hoest pieker zorg probeer"
  ).split(" "),
);
// The same for "het": "Gaat wel" -> "het gaat wel".
const NL_DROPPED_HET = new Set("gaat ging valt viel".split(" "));
const NL_POSSESSIVE = new Set(["mijn", "m'n", "mn", "mijne", "mijnen"]);
// Words that begin a later fragment about the body, said without "mijn" ("rug doet pijn").
const NL_BODY = new Set(
  "rug knie knieën heup heupen nek schouder schouders hoofd buik hart benen been voeten voet handen hand longen suiker suikers conditie adem".split(
    " ",
  ),
);
const EN_BODY = new Set(
  "back knee knees hip hips neck shoulder shoulders head stomach heart legs leg feet foot hands hand lungs sugar sugars breathing".split(
    " ",
  ),
);
// Words that make a fragment a bare state ("snel moe"), said back with "je bent".
const NL_STATE = new Set(
  "moe op kapot gespannen somber duizelig kortademig misselijk stijf eenzaam bang onzeker verdrietig down benauwd prikkelbaar futloos uitgeput".split(
    " ",
  ),
);
const NL_DEGREE = new Set("snel vaak heel erg zo altijd soms best wat nogal rap echt".split(" "));
const EN_STATE = new Set(
  "tired exhausted dizzy breathless sick stiff lonely scared anxious sad down low".split(" "),
);
const EN_DEGREE = new Set("so very always often quite really easily a bit".split(" "));
const EN_COORDINATORS = new Set("and but or so".split(" "));
const EN_SUBORDINATORS = new Set("that when if because whenever while since".split(" "));

/** Where an answer is split into clauses: hard stops, and the joints after which a new clause starts. */
const NL_HARD_CUT = /\s*(?:[;:]|,\s*(?:want|omdat|dus|al|alleen|hoewel|behalve)\b|\swant\s)/i;
const NL_SOFT_CUT = /,?\s+(?=(?:maar)\s)|,\s+(?=en\s)/i;
const EN_HARD_CUT = /\s*(?:[;:]|,\s*(?:because|so)\b)/i;
const EN_SOFT_CUT = /,?\s+(?=but\s)|,\s+(?=and\s)/i;

const WE: Record<Locale, RegExp> = { nl: /\b(we|wij|ons|onze)\b/i, en: /\b(we|we're|we've|us|our)\b/i };
const FIRST_PERSON: Record<Locale, RegExp> = {
  nl: /(^|[^\p{L}'])(ik|'k|k|mij|me|mijn|m'n|mn|mijne|mezelf|mijzelf)(?![\p{L}'])/iu,
  en: /\b(i|i'm|im|i've|ive|i'll|i'd|me|my|myself|mine)\b/i,
};

/** The core of a token without surrounding punctuation, lowercased. */
function bare(token: string): string {
  return token
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/^[^\p{L}']+|[^\p{L}']+$/gu, "");
}

/** The token with its core replaced, keeping punctuation around it and a capital first letter. */
function swap(token: string, replacement: string): string {
  const m = /^([^\p{L}']*)(.*?)([^\p{L}']*)$/u.exec(token);
  const [, before = "", core = "", after = ""] = m ?? [];
  const cased = /^\p{Lu}/u.test(core)
    ? (replacement[0]?.toUpperCase() ?? "") + replacement.slice(1)
    : replacement;
  return before + cased + after;
}

function words(text: string): string[] {
  return text.split(" ").filter((t) => t !== "");
}

function wordCount(text: string): number {
  return words(text).length;
}

function clean(answer: string): string {
  return answer
    .replace(/\s+/g, " ")
    .replace(/^[\s\-–—*•]+/, "")
    .trim();
}

function trimEnd(text: string): string {
  return text.replace(/[\s,.;!:…?]+$/, "").trim();
}

/** Without stray punctuation at either end (a line that starts with ": !" after its bullet). */
function tidy(text: string): string {
  return trimEnd(text.replace(/^[\s,.;!:…?\-–—*•]+/, ""));
}

/** A bulleted or multi-line answer becomes fragments of one list. */
function fragmentsOf(answer: string): { fragments: string[]; list: boolean } {
  const lines = answer
    .split(/\n+/)
    .map((line) => clean(line))
    .filter((line) => line !== "");
  if (lines.length > 1) return { fragments: lines.map(tidy), list: true };
  const text = clean(answer);
  // "...", "…", full stops and "!" separate fragments; ";" and ":" end what is said back.
  const parts = text
    .split(/\s*(?:\.{2,}|…|[.!]+(?=\s|$))\s*/)
    .map(tidy)
    .filter((p) => p !== "");
  return { fragments: parts, list: false };
}

function stripFiller(fragment: string, lang: Locale): string {
  let text = trimEnd(fragment.replace(FILLER_END[lang], ""));
  for (let i = 0; i < 3; i++) {
    const next = text.replace(FILLER_START[lang], "");
    if (next === text) break;
    text = next;
  }
  return trimEnd(text);
}

/** The main clause of a fragment: hard joints always cut; "maar"/"en" clauses stay when they are about the person. */
function mainClause(fragment: string, lang: Locale): string {
  const hard = fragment.split(lang === "nl" ? NL_HARD_CUT : EN_HARD_CUT)[0] ?? fragment;
  const soft = lang === "nl" ? NL_SOFT_CUT : EN_SOFT_CUT;
  const parts = hard.split(new RegExp(`(${soft.source})`, "i"));
  let kept = parts[0] ?? hard;
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const joint = parts[i] ?? " ";
    const part = parts[i + 1] ?? "";
    if (!FIRST_PERSON[lang].test(part) || wordCount(`${kept} ${part}`) > MAX_WORDS) break;
    // A short last item of a list takes no comma before "en"/"and" ("fietsen, zwemmen en ...").
    kept = `${kept}${/^(en|and)\s/i.test(part) && wordCount(part) <= 4 ? " " : joint}${part}`;
  }
  return trimEnd(kept);
}

function nlSubjectFirst(verb: string): string {
  const lower = bare(verb);
  const irregular = NL_VERBS[lower];
  if (irregular) return swap(verb, irregular[0]);
  if (NL_PAST.has(lower) || /(te|de|ten|den)$/.test(lower) || lower.endsWith("t")) return verb;
  return swap(verb, `${lower}t`);
}

function nlInverted(verb: string): string {
  const irregular = NL_VERBS[bare(verb)];
  return irregular ? swap(verb, irregular[1]) : verb;
}

function isWord(token: string): boolean {
  return /^[\p{L}']+$/u.test(token);
}

const isIk = (token: string) => ["ik", "'k", "k"].includes(bare(token));

function reflectNl(tokens: string[]): string[] {
  const out = [...tokens];
  const hasIk = tokens.some(isIk);
  // Texting drops the subject: "ben vaak moe" -> "je bent vaak moe"; "gaat wel" -> "het gaat wel".
  const first = bare(tokens[0] ?? "");
  if (
    !hasIk &&
    tokens.length > 1 &&
    NL_DROPPED_SUBJECT.has(first) &&
    !/^(mij|me|maar)$/.test(bare(tokens[1] ?? ""))
  ) {
    return ["Je", nlSubjectFirst((tokens[0] ?? "").toLowerCase()), ...reflectNl(tokens.slice(1))];
  }
  if (tokens.length > 1 && NL_DROPPED_HET.has(first)) return reflectNl(["Het", first, ...tokens.slice(1)]);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] ?? "";
    const lower = bare(tok);
    const prev = bare(tokens[i - 1] ?? "");
    const clauseStart = i === 0 || /[,;:]$/.test(tokens[i - 1] ?? "");
    if (isIk(tok)) {
      out[i] = swap(tok, "je");
      // In Dutch the word right before a subject "ik" is the finite verb, unless it joins clauses.
      const prevIsVerb = out[i - 1] === tokens[i - 1] && !isIk(tokens[i - 1] ?? "");
      if (
        i > 0 &&
        prevIsVerb &&
        isWord(tokens[i - 1] ?? "") &&
        !NL_SUBORDINATORS.has(prev) &&
        !NL_COORDINATORS.has(prev)
      ) {
        out[i - 1] = nlInverted(tokens[i - 1] ?? "");
        continue;
      }
      if (i > 0 && NL_SUBORDINATORS.has(prev)) {
        // The verb sits later in a subordinate clause: a known irregular form, else the clause's last
        // word unless it is an infinitive ("dat ik wil gaan").
        const end = tokens.findIndex((t, k) => k > i && /[,;:]$/.test(t));
        const last = end < 0 ? tokens.length - 1 : end;
        let j = tokens.findIndex((t, k) => k > i && k <= last && NL_SUB_VERBS.has(bare(t)));
        if (j < 0 && last > i && !/en$/.test(bare(tokens[last] ?? "")) && !isIk(tokens[last] ?? "")) j = last;
        if (j > i) out[j] = nlSubjectFirst(tokens[j] ?? "");
        continue;
      }
      const next = tokens[i + 1];
      // "Mijn vrouw en ik zijn": a plural subject keeps its verb, and "ik" is "jij" beside the other.
      if (prev === "en" && i > 1 && next && /(..en|zijn)$/.test(bare(next))) {
        out[i] = swap(tok, "jij");
        continue;
      }
      if (next && isWord(next) && !NL_NOT_VERB.has(bare(next))) out[i + 1] = nlSubjectFirst(next);
    } else if (lower === "mij" || lower === "me") {
      // Stressed "mij" after a preposition or at the start of a clause is "jou"; else "je".
      const stressed = lower === "mij" && (NL_PREPOSITIONS.has(prev) || clauseStart);
      out[i] = swap(tok, stressed ? "jou" : "je");
    } else if (NL_POSSESSIVE.has(lower)) out[i] = swap(tok, "je");
    else if (lower === "mezelf" || lower === "mijzelf") out[i] = swap(tok, "jezelf");
    else if (lower === "ons" && !NL_PREPOSITIONS.has(prev) && tokens.some((t) => /^(we|wij)$/i.test(bare(t))))
      // "We lachen ons krom": reflexive, so "jullie lachen je krom".
      out[i] = swap(tok, "je");
    else if (lower === "wij" || lower === "we" || lower === "ons" || lower === "onze")
      out[i] = swap(tok, "jullie");
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
  im: "you're",
  "i've": "you've",
  ive: "you've",
  "i'll": "you'll",
  "i'd": "you'd",
  "we're": "you're",
  "we've": "you've",
};

function reflectEn(tokens: string[]): string[] {
  const out = [...tokens];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] ?? "";
    const lower = bare(tok);
    if (lower === "i") {
      out[i] = swap(tok.toLowerCase(), "you");
      const next = bare(tokens[i + 1] ?? "");
      if (next === "am") out[i + 1] = swap(tokens[i + 1] ?? "", "are");
      else if (next === "was") out[i + 1] = swap(tokens[i + 1] ?? "", "were");
      const prev = bare(tokens[i - 1] ?? "");
      if (prev === "am") out[i - 1] = swap(tokens[i - 1] ?? "", "are");
      else if (prev === "was") out[i - 1] = swap(tokens[i - 1] ?? "", "were");
    } else if (EN_SIMPLE[lower]) {
      // "I'm" keeps no capital of its own: the sentence's first letter is set at the end.
      out[i] = swap(lower.startsWith("i") ? tok.toLowerCase() : tok, EN_SIMPLE[lower] ?? tok);
    }
  }
  return out;
}

/** A later fragment of a list, made to read on its own: "rug doet pijn" -> "je rug doet pijn". */
function completed(fragment: string, lang: Locale): string {
  const tokens = words(fragment);
  const first = bare(tokens[0] ?? "");
  const all = tokens.map(bare);
  if (lang === "nl") {
    if (NL_BODY.has(first) && tokens.length > 1) return `mijn ${fragment}`;
    if (all.every((w) => NL_STATE.has(w) || NL_DEGREE.has(w)) && NL_STATE.has(all.at(-1) ?? ""))
      return `ik ben ${fragment}`;
  } else {
    if (EN_BODY.has(first) && tokens.length > 1) return `my ${fragment}`;
    if (all.every((w) => EN_STATE.has(w) || EN_DEGREE.has(w)) && EN_STATE.has(all.at(-1) ?? ""))
      return `I'm ${fragment}`;
  }
  return fragment;
}

/** A list read out: "a, b en c" / "a, b and c"; two items keep their own comma. */
function joined(items: string[], lang: Locale): string {
  if (items.length < 3) return items.join(", ");
  return `${items.slice(0, -1).join(", ")} ${lang === "nl" ? "en" : "and"} ${items.at(-1)}`;
}

// Finite verbs that make "Mijn vader knutselt graag", "Het gaat goed", "My back hurts" a sentence.
const NL_FINITE = new Set(
  "is was zijn waren heeft hebben had wordt werd gaat gaan ging komt komen kwam doet doen deed staat zit zitten ligt helpt maakt geeft blijft kan kunnen moet moeten wil willen zal mag lukt valt zegt".split(
    " ",
  ),
);
const NL_OPENS_SUBJECT = new Set([
  ...NL_POSSESSIVE,
  ..."de het 't een ons onze deze dat dit er hij zij ze".split(" "),
]);
const NL_NOT_T = new Set("met niet wat dat het echt best toch net tot uit heel eigenlijk".split(" "));
const EN_FINITE = new Set(
  "is was are were has have had does do gets makes helps says hurts keeps feels gives goes can could will would isn't doesn't can't won't".split(
    " ",
  ),
);
const EN_OPENS_SUBJECT = new Set(
  "my our the a his her it it's that that's there there's this he she they".split(" "),
);
const isFirstSubject: Record<Locale, (token: string) => boolean> = {
  nl: (t) => isIk(t) || /^(we|wij)$/.test(bare(t)),
  en: (t) => /^(i|i'm|im|i've|ive|i'll|i'd|we|we're|we've)$/.test(bare(t)),
};

/**
 * Whether the text stands as a sentence of its own rather than a phrase after the coach's lead: a
 * first-person subject of a main clause ("Graag zit ik", not "als ik"), a subject with its verb ("Mijn
 * vader knutselt", "It makes me"), a fronted "mij" or a dropped "ik". A subordinate clause first
 * ("Als ik buiten ben") counts only when a main clause follows ("..., voel ik me vrolijker").
 */
function isSentence(head: string[], lang: Locale): boolean {
  const subordinators = lang === "nl" ? NL_SUBORDINATORS : EN_SUBORDINATORS;
  const first = bare(head[0] ?? "");
  const coordinators = lang === "nl" ? NL_COORDINATORS : EN_COORDINATORS;
  const mainSubject = (t: string, k: number) =>
    isFirstSubject[lang](t) &&
    !subordinators.has(bare(head[k - 1] ?? "")) &&
    // "Because my wife worries, and I want ...": still inside the clause that began with "because".
    !(subordinators.has(first) && coordinators.has(bare(head[k - 1] ?? "")));
  if (subordinators.has(first)) return head.some((t, k) => k > 1 && mainSubject(t, k));
  const end = head.findIndex((t) => /[,;:]$/.test(t));
  const clause = end < 0 ? head : head.slice(0, end + 1);
  if (clause.some(mainSubject)) return true;
  const lower = clause.map(bare);
  if (lang === "nl") {
    if ((first === "mij" || first === "me") && clause.length > 2) return true;
    if (NL_DROPPED_SUBJECT.has(first) && clause.length > 1) return true;
    if (!NL_OPENS_SUBJECT.has(first)) return false;
    const third = lower[2] ?? "";
    return (
      lower.slice(1, 6).some((w) => NL_FINITE.has(w)) ||
      (third.length >= 4 && third.endsWith("t") && !NL_NOT_T.has(third) && !NL_PREPOSITIONS.has(third))
    );
  }
  if (!EN_OPENS_SUBJECT.has(first)) return false;
  return first.includes("'") || lower.slice(1, 6).some((w) => EN_FINITE.has(w));
}

function swapped(text: string, lang: Locale): string {
  const tokens = words(text);
  return (lang === "nl" ? reflectNl(tokens) : reflectEn(tokens)).join(" ");
}

function capitalised(text: string): string {
  return (text[0]?.toUpperCase() ?? "") + text.slice(1);
}

/** The answer's words, before they are turned: one clause, or a short list of fragments. */
function whatToSayBack(answer: string, lang: Locale): { text: string; head: string } | undefined {
  const { fragments: raw, list } = fragmentsOf(answer);
  let fragments = raw.map((f) => stripFiller(f, lang)).filter((f) => f !== "" && !NOTHING[lang].test(f));
  // "Ok I guess": only a filler word was said, and it is the answer.
  const only = raw.length === 1 ? trimEnd((raw[0] ?? "").replace(FILLER_END[lang], "")) : "";
  if (fragments.length === 0 && wordCount(only) === 1 && !NOTHING[lang].test(only)) fragments = [only];
  const head = fragments[0];
  if (head === undefined) return undefined;
  const main = list ? head : mainClause(head, lang);
  if (wordCount(main) > MAX_FRAGMENT_WORDS && !list) return { text: main, head: main };
  // Later fragments join while they say something about the person, complete a short list, or are
  // a bare body part or state made whole; the first that does not ends what is said back.
  const all = [main];
  const limit = list ? MAX_WORDS : MAX_JOINED_WORDS;
  for (const fragment of fragments.slice(1, list ? MAX_LIST : MAX_FRAGMENTS)) {
    const clause = mainClause(fragment, lang);
    if (clause === "" || ORDER[lang].test(clause)) break;
    const made = completed(lowerFirst(clause), lang);
    const aboutThem = FIRST_PERSON[lang].test(made) || WE[lang].test(made) || wordCount(made) <= 4;
    if (!(list || aboutThem) || wordCount(made) > MAX_FRAGMENT_WORDS) break;
    if (wordCount([...all, made].join(" ")) > limit) break;
    all.push(made);
  }
  if (all.length > 1) return { text: joined(all, lang), head: main };
  return { text: main, head: main };
}

/** Lowercase the first letter, unless the word is an acronym (COPD) or "I". */
function lowerFirst(text: string): string {
  if (/^(\p{Lu}\p{Lu}|I\b|I')/u.test(text)) return text;
  return (text[0]?.toLowerCase() ?? "") + text.slice(1);
}

export function reflect(answer: string, lang: Locale): Reflection {
  let given = answer;
  let text = clean(given);
  if (text === "" || UNSAFE.test(text)) return { kind: "acknowledged" };
  // A question back to the coach is not said back; a question the person echoes before answering is dropped.
  if (text.includes("?")) {
    const at = text.lastIndexOf("?");
    const asked = text.slice(0, at);
    const after = given.slice(given.lastIndexOf("?") + 1).trim();
    if (after === "" || asked.includes("?") || !ECHOED_QUESTION[lang].test(asked))
      return { kind: "acknowledged" };
    text = clean(after);
    given = after;
  }
  if (
    SECOND_PERSON[lang].test(text) ||
    NOTHING[lang].test(trimEnd(text)) ||
    NOTHING[lang].test(stripFiller(text, lang))
  )
    return { kind: "acknowledged" };
  const [wish, wishLead] = WISH[lang];
  const wished = wish.exec(trimEnd(text));
  if (wished) {
    const said = mainClause(wished[1] ?? "", lang);
    if (said === "" || wordCount(said) > MAX_WORDS - 3) return { kind: "acknowledged" };
    return { kind: "reflected", text: `${wishLead} ${swapped(said, lang)}`, sentence: true };
  }
  if (ORDER[lang].test(text)) return { kind: "acknowledged" };
  if (lang === "nl") {
    const goes = NL_HOW_IT_GOES.exec(mainClause(trimEnd(text), lang));
    if (goes) {
      const rest = swapped(goes[2] ?? "", lang);
      const said = goes[1] ? `Het gaat je ${goes[1].toLowerCase()} ${rest}` : `Het gaat ${rest} met je`;
      return { kind: "reflected", text: said, sentence: true };
    }
  }
  const back = whatToSayBack(given, lang);
  if (!back || back.text === "") return { kind: "acknowledged" };
  const tokens = words(back.text);
  if (tokens.length === 0 || tokens.length > MAX_WORDS) return { kind: "acknowledged" };
  const out = swapped(back.text, lang);
  // Whether it stands alone is decided by its first clause ("Van de zee, daar word ik rustig van" is a phrase).
  const sentence = isSentence(words(back.head), lang);
  // A phrase keeps the person's own first letter so the coach can put it after its own lead.
  return { kind: "reflected", text: sentence ? capitalised(out) : out, sentence };
}
