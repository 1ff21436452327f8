// The one place src/coaching turns trainee or patient text into the form its cue patterns are written
// for: lower case, no diacritics, one kind of apostrophe, single spaces. (src/safety keeps its own on
// purpose: it must also see through deliberate obfuscation, which coaching does not try to do.)

const MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc`´]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e"«»]/g;
/** Transcript annotations: "[onverstaanbaar]", "(lacht)", "(pause)". */
const ANNOTATIONS = /\[[^\]]*\]|\((?:lacht|laughs|pauze|pause|stilte|silence|zucht|sighs)[^)]*\)/g;

/** Lowercase, no diacritics, one apostrophe; spaces as they were. */
const fold = (text: string): string =>
  text.normalize("NFD").replace(MARKS, "").toLowerCase().replace(APOSTROPHES, "'");
const squeeze = (text: string): string => text.replace(/\s+/g, " ").trim();

/**
 * Lowercase, fold diacritics ("oké" meets ASCII word boundaries) and curly apostrophes, one space.
 * Double quotes are kept, dropped ("zei "nee"" reads as "zei nee") or made a space.
 */
export function foldText(text: string, quotes: "keep" | "drop" | "space" = "keep"): string {
  const folded = fold(text);
  if (quotes === "keep") return squeeze(folded);
  return squeeze(folded.replace(DOUBLE_QUOTES, quotes === "drop" ? "" : " "));
}

/**
 * The classifier's form: as foldText, with quotes and transcript annotations gone, an ellipsis a sentence
 * end and a dash a comma, so pasted transcripts split into the sentences a person hears.
 */
export function foldUtterance(text: string): string {
  return squeeze(
    fold(text)
      .replace(DOUBLE_QUOTES, " ")
      .replace(ANNOTATIONS, " ")
      .replace(/\u2026|\.{2,}/g, ". ")
      .replace(/[–—]/g, ", "),
  );
}
