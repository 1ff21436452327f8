// Screens one free-text answer for red flags (suicide, self-harm, violence at home, acute medical, despair).
// Pure and synchronous. Tuned for recall: a false alarm costs one question, a miss can cost a life.

import type { Locale } from "../locales.ts";
import {
  frameOfSentence,
  frameOfSign,
  INTENSE,
  isBare,
  KNOWN_PATTERN,
  type SignFrame,
} from "./acute-frame.ts";
import { opinion } from "./model/model.ts";
import { normalize, sentenceBounds, withoutFillers } from "./normalize.ts";
import { LONG_AGO_WORDS } from "./past-words.ts";
import { PLAN_HINT, RULES, type Rule } from "./rules/index.ts";
import { spanIn } from "./span.ts";
import { joinsOther, storyFrame } from "./story-frame.ts";
import { buildTriggerIndex, triggeredRules } from "./triggers.ts";
import type { ScreenLevel, ScreenResult } from "./types.ts";

export type { ScreenCategory, ScreenLevel, ScreenResult, Span } from "./types.ts";

/**
 * Crisis outranks acute: the crisis text also sends people to 112 when they are hurt or have taken
 * something, so it covers both, while the acute text says nothing about suicide or violence. The acute
 * question outranks the kind one: whether it is happening now is the first thing to know.
 */
const RANK: Record<ScreenLevel, number> = { none: 0, check: 1, acute_check: 2, acute: 3, crisis: 4 };

/** Distant past: a crisis told as history is asked about (check); an old acute event is not acute now. */
const PAST = new RegExp(
  `\\b(?:${LONG_AGO_WORDS}|ooit|maanden geleden|in mijn jeugd|toen (?:ik|we|wij) (?:jong|klein|kind|kinderen|tiener|tieners|student|jonger|[0-9]+)|in the past|months ago|a long time ago|as a (?:baby|child|kid|teen|teenager)|when i was (?:young|little|younger|a kid|a child|a teen|a teenager|at school|in school|[0-9]+)|growing up|used to|in the old days|once upon)\\b`,
);
/** For acute signals "last week" is already the past: the emergency, if any, is over. */
const PAST_ACUTE =
  /\b(?:vorige (?:week|maand)|vorig weekend|weken geleden|toen|een keer gehad|last (?:week|month|weekend)|weeks ago)\b|\bonce$/;
/** It came back: the past frame no longer lowers anything. */
const RECUR =
  /\b(?:weer|opnieuw|nog steeds|nog altijd|nog vaak|steeds vaker|terug|sinds kort|de laatste tijd|laatst|nu ook|soms nog|again|still|lately|recently|these days|nowadays|coming back|came back|back again)\b/;
/** Sudden, in the sign's own clause: "in 2015 een beroerte en nu hangt haar mond ineens scheef" is now. */
const SUDDEN =
  /\b(?:ineens|opeens|plotseling|plots|nu net|zojuist|suddenly|all of a sudden|right now|just now)\b/;
/** Habitual or effort-bound: a familiar complaint, for the GP in the normal way. */
const CHRONIC =
  /\b(?:vaak|soms|regelmatig|altijd|meestal|geregeld|elke (?:dag|keer|ochtend|avond|week|maand|nacht)|iedere (?:dag|keer|maand|nacht)|al (?:jaren|maanden|weken|lang|een tijd|tijden)|jarenlang|chronisch|sinds (?:mijn|de|het|jaren|[0-9]+)(?! (?:uur|minuten|kwartier)\b)|na (?:mijn|de|het) (?:beroerte|herseninfarct|infarct|hartinfarct|ongeluk|operatie|ziekte)|door (?:mijn|de) (?:astma|copd|longziekte|longen|ms|parkinson|ziekte|hartfalen|beroerte|dwarslaesie|conditie|overgewicht|gewicht|angst|paniek)|(?:bij|na|tijdens) (?:het )?(?:traplopen|trap oplopen|fietsen|wandelen|lopen|sporten|inspanning|hardlopen|zwemmen|werken|tillen)|als ik ${"(?:[a-z]+ ){0,3}"}(?:traplopen|de trap op|fiets|loop|wandel|sport|ren|hardloop|zwem|bloed zie)|de trap op|snel buiten adem|conditie|rolstoel|dwarslaesie|astma|copd|menstruatie|ongesteld|maandstonden?|often|sometimes|always|usually|regularly|every (?:day|time|morning|night|week|month)|for years|for months|chronic|since (?:my|the) |after (?:my|the) (?:stroke|heart attack|accident|surgery|operation)|because of my (?:asthma|copd|lungs|condition|weight|anxiety)|when i (?:[a-z]+ ){0,2}(?:climb|walk|run|exercise|cycle|swim|go up|see blood)|(?:climbing|walking up|going up) (?:the )?stairs|(?:on|up|going up|walking up|climbing) (?:a |the )?(?:hill|hills)|uphill|bergop|(?:de |een )?(?:heuvel|heuvels|berg) op|after (?:running|exercise|a run|walking|climbing)|easily|asthma|wheelchair|my period|periods|still|nog steeds|nog altijd)\b/;
/** Over and done with: the acute moment has passed ("ze had hoge koorts maar het gaat nu weer goed"). */
const RECOVERED =
  /\b(?:(?:mostly |almost |nearly |pretty much )?back to normal|(?:bijna |grotendeels )(?:weer )?(?:normaal|hersteld)|gaat (?:het )?(?:nu )?(?:weer )?(?:goed|beter|prima)|is (?:weer )?(?:beter|opgeknapt|hersteld|over)|hersteld|opgeknapt|doing (?:fine|better|well)|is (?:fine|better) now|recovered|all better)\b/;
/** Said as a joke: still asked about, since a joke can carry a real wish, but not treated as a crisis. */
const JOKE = /\b(?:haha+|hahaha|lol|grapje|geintje|kidding|joking|just kidding|jk)\b/;

/** "So embarrassed I wanted to die": shame talking; still asked about, since shame can run deep. */
const SHAME_FIGURE =
  /\b(?:embarrass[a-z]*|ashamed|mortified|cringe|awkward|schaamde|schaam|beschaamd|gegeneerd|genant)\b/;

const NEGATOR = /\b(?:geen|gene|genen|niet|nie|ni|nooit|niks|niets|no|not|never|nor|without|zonder|nee)\b/g;
/** Negators that do not deny the thing that follows ("I do not know if...", "ik kan niet stoppen met..."). */
const NOT_DENIAL_AFTER =
  /^ (?:weet|zin|know|sure|zeker|stop|stoppen|ophouden|help|helpen|alleen|only|just|even|anders|long|lang|meer dan|more than|stop thinking|uit mijn hoofd|out of my head)\b/;
const PERSON_AFTER =
  /^ (?:her|him|them|you|my|his|their|haar|hem|hen|jou|je|mijn|zijn|hun|mama|papa|mum|mom|dad)\b/;
const NOT_DENIAL_BEFORE = /\b(?:weet|snap|begrijp|know|say|said|says|tell|zeg|zei|zegt)$/;

interface Hit {
  rule: Rule;
  level: ScreenLevel;
  mod: string | null;
  /** The match in the view it was found in. */
  view: string;
  start: number;
  end: number;
}

/**
 * Words that open a new clause: a denial before them belongs to another statement ("ik zie het niet meer
 * zitten en ik denk eraan om me van kant te maken"; "ik wil dood maar niet vandaag" is still a wish).
 */
const CLAUSE_BREAK = new Set([
  "en",
  "maar",
  "want",
  "omdat",
  "hoewel",
  "and",
  "but",
  "because",
  "although",
  "though",
]);
const AFTER_BREAK = new Set(["maar", "want", "omdat", "hoewel", "but", "because", "although", "though"]);

// "... jaren geleden opgehangen en nu wil ik ...": what follows "en nu" / "en ik" is a clause of its own, in the present.
const CLAUSE_MARKS = [" , ", " maar ", " but ", " en nu ", " and now ", " en ik ", " and i "];

/** The clause around a match: its sentence, cut at commas and at "maar" / "but". */
function clauseAround(s: string, from: number, to: number): string {
  const sentenceStart = s.lastIndexOf(" . ", from);
  const sentenceEnd = s.indexOf(" . ", to);
  let start = sentenceStart < 0 ? 0 : sentenceStart + 3;
  let end = sentenceEnd < 0 ? s.length : sentenceEnd;
  for (const mark of CLAUSE_MARKS) {
    const before = s.lastIndexOf(mark, from - mark.length);
    if (before >= start) start = before + mark.length;
    const after = s.indexOf(mark, to);
    if (after >= 0 && after < end) end = after;
  }
  return s.slice(start, end);
}

/** The words of the same clause right before `at` (at most `count`). */
function wordsBefore(s: string, at: number, count: number): string {
  const head = s.slice(Math.max(0, at - 80), at);
  const cut = Math.max(head.lastIndexOf(" . "), head.lastIndexOf(" , "));
  const clause = cut < 0 ? head : head.slice(cut + 3);
  const words = clause.trim().split(" ").slice(-count);
  let from = 0;
  for (let i = 0; i < words.length; i++) if (CLAUSE_BREAK.has(words[i] as string)) from = i + 1;
  return words.slice(from).join(" ");
}

/** The words of the same clause right after `at` (at most `count`). */
function wordsAfter(s: string, at: number, count: number): string {
  const tail = s.slice(at, at + 60);
  const cuts = [tail.indexOf(" . "), tail.indexOf(" , ")].filter((i) => i >= 0);
  const clause = cuts.length > 0 ? tail.slice(0, Math.min(...cuts)) : tail;
  const words = clause.trim().split(" ").slice(0, count);
  const stop = words.findIndex((w) => AFTER_BREAK.has(w));
  return (stop < 0 ? words : words.slice(0, stop)).join(" ");
}

function denies(window: string): boolean {
  if (window === "") return false;
  NEGATOR.lastIndex = 0;
  for (let m = NEGATOR.exec(window); m !== null; m = NEGATOR.exec(window)) {
    const after = window.slice(m.index + m[0].length);
    const before = window.slice(0, m.index).trimEnd();
    // "without her", "zonder hem": a person, not a denial
    if ((m[0] === "without" || m[0] === "zonder") && PERSON_AFTER.test(after)) continue;
    // "als ik nee zeg", "when I say no": reported speech
    if (
      (m[0] === "nee" || m[0] === "no") &&
      (/^ (?:zeg|zei|zeggen|zegt|to|te zeggen)\b/.test(after) || /\b(?:ik|je|we|i)$/.test(before))
    )
      continue;
    if (!NOT_DENIAL_AFTER.test(after) && !NOT_DENIAL_BEFORE.test(before)) return true;
  }
  return false;
}

function isNegated(rule: Rule, s: string, start: number, match: string): boolean {
  if (rule.negation === undefined) return false;
  const parts = [wordsBefore(s, start, 4)];
  if (rule.negation === "inner") {
    const lastSpace = match.lastIndexOf(" ");
    if (lastSpace > 0) parts.push(match.slice(0, lastSpace));
  }
  // A negator as the last word is judged with the word after it ("als ik geen zin heb" denies nothing).
  const after = wordsAfter(s, start + match.length, 3);
  parts.push(
    /\b(?:geen|niet|nie|ni|no|not|never)$/.test(after) ? wordsAfter(s, start + match.length, 4) : after,
  );
  if (denies(parts.join(" "))) return true;
  const head = s.slice(Math.max(0, start - 50), start);
  return THOUGHT_WORD.test(head) && DENIED_THOUGHTS.test(head);
}

const THOUGHT_WORD = /(?:thought|gedacht|idea|urge|neiging|drang)/;
/** "Never had any thoughts of harming myself", "nooit gedachten gehad aan": the thoughts themselves denied. */
const DENIED_THOUGHTS =
  /\b(?:never|not|no|geen|nooit|niet|nie) (?:ever )?(?:had |have |gehad )?(?:any )?(?:thoughts?|gedachten|gedachtes|ideas?|urges?|neigingen?|drang) (?:gehad )?(?:of|about|aan|over|om|to) $/;

function judge(rule: Rule, s: string, start: number, match: string): Hit | null {
  const end = start + match.length;
  const bounds = sentenceBounds(s, start, end);
  const sentence = s.slice(...bounds);
  const unless = rule.unless;
  if (unless !== undefined && (typeof unless === "function" ? unless(sentence) : unless.test(sentence))) {
    return null;
  }
  if (rule.onlyIf !== undefined && !rule.onlyIf.test(sentence)) return null;
  if (rule.unlessAfter?.test(s.slice(start + match.length, start + match.length + 40)) === true) return null;
  // A habitual sign worth asking about is asked about; other habitual weak signs are for the GP as usual.
  const asksAgain = rule.askWhenHabit === true && !KNOWN_PATTERN.test(sentence);
  const habitual = rule.chronic === true && CHRONIC.test(sentence) && !INTENSE.test(sentence);
  if (habitual && !asksAgain) return null;
  if (rule.level === "acute" && RECOVERED.test(sentence)) return null;

  const hit: Hit = { rule, level: rule.level, mod: null, view: s, start, end };
  if (rule.level === "acute") {
    // A sign denied, wished away or only feared is no emergency; one not clearly present is asked about.
    const sign = { s, start, end, sentence: bounds };
    const frame = frameOfSign(sign);
    if (frame === "denied" || frame === "goal") return null;
    if (frame === "habit" && rule.askWhenBare === true && !asksAgain) return null;
    const bare = frame !== "now" && rule.askWhenBare === true && isBare(sign);
    const recurring = asksAgain && (habitual || frame === "habit");
    if (frame === "wish" || frame === "feared" || bare || recurring) {
      lower(hit, "acute_check", frame);
    }
  }
  const other = rule.otherPerson?.test(match) === true;
  if (other) lower(hit, "check", "other_person");
  if (rule.lower?.test(sentence) === true) lower(hit, "check", "lowered");
  if ((rule.category === "suicide" || rule.category === "self_harm") && JOKE.test(sentence)) {
    lower(hit, "check", "joke");
  }
  // Shame lowers a wish ("so embarrassed I wanted to die"), never an act or a method: shame after
  // cutting is common and changes nothing about the cutting.
  if (rule.category === "suicide" && rule.method !== true && SHAME_FIGURE.test(sentence)) {
    lower(hit, "check", "figure_of_speech");
  }
  if (rule.raiseIf?.test(s) === true && hit.level === "check") {
    hit.level = "crisis";
    hit.mod = "plan";
  }
  if (rule.lowerAfter?.test(s.slice(start + match.length, start + match.length + 40)) === true) {
    lower(hit, "check", "lowered");
  }
  // The past frame is read in the match's own clause: "vroeger mijn gezin, maar nu denk ik aan..." is now.
  const clause = clauseAround(s, start, start + match.length);
  // A stop on a film, a carer's work or someone else's old loss shuts a patient out: it is asked about.
  if (hit.level === "crisis" || hit.level === "acute" || rule.level === "acute") {
    const frame = storyFrame(clause, () => wordsBefore(s, start, 3), sentence, s);
    // An acute sign in another's past, or seen at work or on screen with nothing of now beside it, is none.
    // A sudden acute sign ("keek tv en kreeg ineens pijn op de borst") is the writer's, whatever the screen shows.
    const sudden = rule.level === "acute" && frame !== "other_past" && INTENSE.test(clause);
    const gone = rule.level === "acute" && !sudden;
    if (frame !== null && !sudden) lower(hit, gone ? "none" : "check", frame);
  }
  const past = PAST.test(clause) || (rule.level === "acute" && PAST_ACUTE.test(clause));
  const joins = past && rule.category === "suicide" && joinsOther(s);
  if (past && !joins && !RECUR.test(sentence) && !(rule.level === "acute" && SUDDEN.test(clause))) {
    lower(hit, rule.level === "acute" ? "none" : "check", "past");
  }
  if (rule.method !== true && isNegated(rule, s, start, match)) {
    if (other) return null;
    if (rule.benignWhenNegated?.test(s.slice(start + match.length, start + match.length + 40)) === true) {
      return null;
    }
    const plan = (rule.category === "suicide" || rule.category === "self_harm") && PLAN_HINT.test(sentence);
    if (plan) hit.mod = "plan";
    // A denied question-level mention has nothing left to ask about.
    else if (rule.level === "check") return null;
    else lower(hit, "check", "negated");
  }
  return hit.level === "none" ? null : hit;
}

function lower(hit: Hit, wanted: ScreenLevel, why: string): void {
  // An acute sign is never lowered to the question about ending one's life: it gets the acute question.
  const to = hit.rule.level === "acute" && wanted === "check" ? "acute_check" : wanted;
  if (RANK[to] < RANK[hit.level]) {
    hit.level = to;
    hit.mod = why;
  }
}

const TRIGGERS = buildTriggerIndex(RULES.map((rule) => rule.keys));

/** The strongest judged match of one rule in one view of the text. */
function bestMatch(rule: Rule, s: string): Hit | null {
  const re = rule.re;
  re.lastIndex = 0;
  let best: Hit | null = null;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (m[0] === "") {
      re.lastIndex++;
      continue;
    }
    const hit = judge(rule, s, m.index, m[0]);
    if (hit !== null && (best === null || RANK[hit.level] > RANK[best.level])) best = hit;
    if (best !== null && best.level === rule.level && best.mod === null) break;
  }
  return best;
}

const QUIET_FRAMES: ReadonlySet<SignFrame> = new Set(["denied", "goal", "habit"]);

const none = (): ScreenResult => ({ level: "none", category: null, cues: [], cue: null, span: null });

/**
 * When no rule fired, the model may still hear danger in words no rule lists. It only asks: the kind
 * question, or for an acute sign the question whether it is happening now. Stops stay with the rules.
 */
function secondOpinion(text: string, s: string): ScreenResult {
  const heard = opinion(s);
  if (heard === null) return none();
  // The model hears a sign's words, not its frame: one the sentence says is over, a goal or a familiar
  // pattern is left alone, as the rules leave it ("benauwd ben ik niet meer", "soms val ik flauw").
  if (heard.category === "acute_medical" && QUIET_FRAMES.has(frameOfSentence(heard.part))) return none();
  // Nor is one seen at work, on screen or in someone else's past, unless the sentence says it is sudden.
  if (
    heard.category === "acute_medical" &&
    !INTENSE.test(heard.part) &&
    storyFrame(heard.part, () => "", heard.part, s) !== null
  ) {
    return none();
  }
  const cue = `model.${heard.category}`;
  const level: ScreenLevel = heard.category === "acute_medical" ? "acute_check" : "check";
  return { level, category: heard.category, cues: [cue], cue, span: spanIn(text, heard.part) };
}

/**
 * Screens one utterance. The Dutch and English rules always both run, whatever `lang` says: people switch
 * language mid-chat, and a missed signal costs more than a stray question. `lang` stays in the signature
 * for callers that know it (the CLI's --lang) and for rules that may one day need it.
 */
export function screen(text: string, lang: Locale): ScreenResult {
  const s = normalize(text);
  if (s === "") return none();
  const byRules = screenNormalized(text, s, lang);
  return byRules.level === "none" ? secondOpinion(text, s) : byRules;
}

/** The rules alone, without the model's second opinion: what the model is trained to add to. */
export function screenByRules(text: string, lang: Locale): ScreenResult {
  const s = normalize(text);
  return s === "" ? none() : screenNormalized(text, s, lang);
}

function screenNormalized(text: string, s: string, _lang: Locale): ScreenResult {
  const hits: Hit[] = [];
  const triggered = triggeredRules(TRIGGERS, s);
  // The rules run on the text as written and, if it has filler words, once more without them.
  const compact = withoutFillers(s);
  const views = compact === s ? [s] : [s, compact];
  for (let r = 0; r < RULES.length; r++) {
    if (triggered[r] === 0) continue;
    const rule = RULES[r] as Rule;
    let best: Hit | null = null;
    for (const view of views) {
      const hit = bestMatch(rule, view);
      if (hit !== null && (best === null || RANK[hit.level] > RANK[best.level])) best = hit;
      // The rule's full level, unlowered, is as good as it gets: the other view cannot add to it.
      if (best !== null && best.level === rule.level && best.mod === null) break;
    }
    if (best !== null) hits.push(best);
  }
  if (hits.length === 0) return none();

  let top = hits[0] as Hit;
  for (const hit of hits) if (RANK[hit.level] > RANK[top.level]) top = hit;
  const ordered = [...hits].sort((a, b) => RANK[b.level] - RANK[a.level]);
  const label = (h: Hit): string => (h.mod === null ? h.rule.cue : `${h.rule.cue}:${h.mod}`);
  const cues = [...new Set(ordered.map(label))];
  const span = spanIn(text, top.view.slice(top.start, top.end));
  return { level: top.level, category: top.rule.category, cues, cue: label(top), span };
}
