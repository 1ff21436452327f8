// What looks like a patient identifier in intervision text: a BSN (9 digits passing the 11-test), a
// date of birth, a phone number, an address or a name. Pure; used to warn authors and mask the record.
/*
 * Deliberately cautious the other way round from the safety screening: a false alarm costs one
 * private suggestion, a miss puts an identifier in a channel. Still, ordinary case talk ("een man van
 * 70", "mevrouw X", "de POH", "in maart") must pass, so names need a title or a tussenvoegsel and
 * numbers their full shape. Known limits: a bare "Jan Jansen" without title or tussenvoegsel, and
 * foreign formats other than Dutch, Belgian and simple English addresses.
 */

export type IdentifierKind = "bsn" | "birthdate" | "phone" | "address" | "name";

export interface FoundIdentifier {
  kind: IdentifierKind;
  start: number;
  end: number;
}

/** The 11-test of the BSN: 9·d1 + 8·d2 + ... + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros). */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

const MONTHS =
  "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|" +
  "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|" +
  "january|february|march|may|june|july|august|october";

const TITLES =
  "[Mm]eneer|[Mm]evrouw|[Mm]evr\\.?|[Mm]w\\.|[Dd]hr\\.?|[Dd]e heer|[Mm]r\\.?|[Mm]rs\\.?|[Mm]s\\.|[Mm]iss|[Pp]atiënte?|[Pp]atient";
const PARTICLES = "van der|van den|van de|van 't|van|de|den|der|ter|ten|te|in 't|op de";
/** A surname: a capital and at least one more letter, so a pseudonym such as "mevrouw X" passes. */
const SURNAME = "[A-ZÀ-Ý][a-zà-ÿ'’-]+";
/** Words that start a sentence or a phrase, not a first name ("Tijdens de Kerst" is not a person). */
const NOT_FIRST_NAMES = new Set(
  (
    "Toen Tijdens In Op Met Bij Na Voor Door Naar Uit Over Onder Tot Sinds Vanaf Volgens Dan En Maar Dus Ook " +
    "Als Want Of Omdat Hoewel Bovendien Daarna Eerst Later Verder Toch Wel Niet Ze Zij Hij Het Een Die Dat Wat " +
    "Hoe Waar Wie Waarom Wanneer Welke Deze Dit Mijn Haar Zijn Onze Hun Je Jij Ik We Wij U Gisteren Vandaag Morgen"
  ).split(" "),
);

interface Pattern {
  kind: IdentifierKind;
  regex: RegExp;
  /** Checks a match further (the BSN's 11-test, the first name of a full name). */
  accept?: (match: RegExpExecArray) => boolean;
}

const DAY = "(?:0?[1-9]|[12]\\d|3[01])";
const MONTH = "(?:0?[1-9]|1[0-2])";
const YEAR4 = "(?:19|20)\\d{2}";
const BIRTH_CUE = "(?:geboren|geb\\.|geboortedatum|born|date of birth|DOB|d\\.o\\.b\\.)";

const PATTERNS: Pattern[] = [
  {
    kind: "bsn",
    regex: /(?<![\d.,/-])\d(?:[ .-]?\d){8}(?![\d]|[.,/-]\d)/g,
    accept: (m) => passesElevenTest(m[0].replace(/\D/g, "")),
  },
  {
    kind: "phone",
    // Dutch (0 + 9 digits) and Belgian (0 + 8 or 9) numbers, national or with +31/+32/0031/0032.
    regex: /(?<![\d+])(?:(?:\+|00)3[12][ .-]?(?:\(0\)[ .-]?)?|0)[1-9](?:[ ./-]?\d){7,8}(?!\d)/g,
  },
  {
    kind: "birthdate",
    regex: new RegExp(
      [
        `\\b${DAY}[-/.]${MONTH}[-/.]${YEAR4}\\b`,
        `\\b${YEAR4}-${MONTH}-${DAY}\\b`,
        `\\b${DAY}\\.?\\s+(?:${MONTHS})\\.?\\s+${YEAR4}\\b`,
        `\\b(?:${MONTHS})\\.?\\s+${DAY},?\\s+${YEAR4}\\b`,
        // A two-digit year only right after a birth cue ("geb. 3-4-52").
        `${BIRTH_CUE}:?\\s*(?:op\\s+|on\\s+)?${DAY}[-/.]${MONTH}[-/.]\\d{2}\\b`,
      ].join("|"),
      "gi",
    ),
  },
  {
    kind: "address",
    regex: new RegExp(
      [
        // Dutch postcode: 4 digits (no leading 0) and two capitals. SA, SD and SS are not issued; a
        // year before a country or language code ("2023 NL") is not a postcode either.
        "\\b[1-9]\\d{3} ?(?!SA|SD|SS|NL|BE|EN|EU|UK|US)[A-Z]{2}\\b",
        // A street and house number: "Kerkstraat 12", "Van Goghlaan 3a".
        "\\b(?:(?:[Vv]an|[Dd]e|[Dd]en|[Tt]er)\\s+)?[A-Za-zÀ-ÿ][a-zà-ÿ'-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|dreef|markt|hof|pad|park|ring|lei|baan|dam|wal|steenweg)\\s+\\d{1,4}(?:\\s?[a-zA-Z](?![a-zA-Z]))?\\b",
        "\\b\\d{1,4}\\s+[A-Z][a-z]+\\s+(?:Street|Road|Lane|Avenue|Drive|Close|Way)\\b",
      ].join("|"),
      "g",
    ),
  },
  {
    kind: "name",
    regex: new RegExp(
      [
        // A title and a surname: "mevrouw Jansen", "dhr. De Vries", "meneer J. van Dijk".
        `(?<![\\p{L}])(?:${TITLES})\\s+(?:[A-Z]\\.\\s?)*(?:(?:${PARTICLES}|[Vv]an|[Dd]e)\\s+)*${SURNAME}`,
        // A first name, a tussenvoegsel and a surname: "Jan de Vries", "Piet van den Berg".
        `(?<![\\p{L}])(${SURNAME})\\s+(?:${PARTICLES})\\s+${SURNAME}`,
      ].join("|"),
      "gu",
    ),
    accept: (m) => m[1] === undefined || !NOT_FIRST_NAMES.has(m[1]),
  },
];

/** Every identifier-like span, in text order; where two overlap, the earlier pattern's kind wins. */
export function findIdentifiers(text: string): FoundIdentifier[] {
  const found: FoundIdentifier[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern.regex)) {
      if (pattern.accept && !pattern.accept(match)) continue;
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      found.push({ kind: pattern.kind, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The kinds found, each once, in a stable order. */
export function identifierKinds(text: string): IdentifierKind[] {
  const kinds = new Set(findIdentifiers(text).map((f) => f.kind));
  return (["name", "birthdate", "bsn", "phone", "address"] as const).filter((k) => kinds.has(k));
}

/** The text with every identifier-like span replaced by a label such as "[naam]". */
export function maskIdentifiers(
  text: string,
  label: (kind: IdentifierKind) => string,
): { text: string; masked: number } {
  const found = findIdentifiers(text);
  let out = "";
  let at = 0;
  for (const f of found) {
    out += `${text.slice(at, f.start)}[${label(f.kind)}]`;
    at = f.end;
  }
  return { text: out + text.slice(at), masked: found.length };
}
