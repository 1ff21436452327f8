// Detects a named shift: the professional says out loud that the conversation moves to another GG phase,
// usually asking permission ("mag ik...", "zullen we nu kijken wat je zou willen veranderen?"). Pure.
/*
 * Why a separate detector and not the classifier's stance: the stance says what an utterance does, the
 * shift says whether the professional *announced* a change of role, which is the core skill a trainee
 * practises (coaching-models.md section 1, "name the shift"). An activating question on its own ("wat zou
 * je willen veranderen?") is a move into phase 2, but not a named one.
 *
 * A named shift has a frame at the start of a clause and a target after it:
 * - permission frames ask: "mag ik", "is het goed als ik", "zullen we", "wil je dat ik", "may I", "shall we",
 *   "would it be okay if I", "would you like me to";
 * - announcement frames tell: "ik wil (het nu hebben over)", "laten we", "ik stel voor dat we", "I'd like to",
 *   "let's", "I suggest we".
 * The target is the first activating word (change, wish, goal, step, what you would like) or expert word
 * (tell, explain, information, advice, tips, think along, medication, results) after the frame. A frame
 * without a target is not a shift ("mag ik vragen hoe oud je bent?"), unless it names the move itself
 * ("ik wil het nu hebben over...", "let's move on to...", "overstappen"): then the target is the next phase.
 * After "mag ik je vragen"/"may I ask" the patient is the one who tells, so telling verbs are not a target.
 * An announcement followed by a check ("..., is dat goed?", "is that okay?") counts as asking permission.
 */

import type { Locale } from "../locales.ts";
import type { Stance } from "./classify.ts";
import { foldText } from "./normalize.ts";

/** The phases a shift can name. Going back to following is not a shift the coach trains. */
export type ShiftTarget = Exclude<Stance, "volgend">;

export interface NamedShift {
  /** The phase named; null when only the move itself is named, which means the next phase. */
  target: ShiftTarget | null;
  /** Asked rather than announced. */
  permission: boolean;
  /** The words that decided it, for feedback. */
  cue: string;
}

type Lang = Locale;

interface ShiftRules {
  /** Words that may come before a frame at the start of a clause ("oké, mag ik..."). */
  lead: RegExp;
  permission: RegExp;
  announce: RegExp;
  /** Asking to ask: what follows is told by the patient. */
  ask: RegExp;
  activating: RegExp;
  expert: RegExp;
  /** Expert words that, after "mag ik je vragen", are the patient's to say. */
  patientSide: RegExp;
  /** Words that name the move itself. */
  meta: RegExp;
  /** A permission check after an announcement ("..., is dat goed?"). */
  check: RegExp;
}

const NL_YOU = "(?:je|jij|jou|u|ge|gij|jullie)";

const nl: ShiftRules = {
  lead: /^(?:(?:en|dus|maar|oke|ok|goed|nou|dan|nu|ja|prima|fijn|zeg|mooi|dankjewel|dank je)\s+)*/,
  permission: new RegExp(
    [
      `^(?:mag|kan|zou|mocht|zal) ik(?: ${NL_YOU})?\\b`,
      "^(?:is|zou) het (?:\\S+ )?(?:goed|oke|ok|prima|fijn|goed zijn|oke zijn) (?:als|dat) (?:ik|we|wij)\\b",
      `^(?:vind|vindt|zou) ${NL_YOU} het (?:\\S+ )?(?:goed|oke|ok|prima|fijn|een idee|een goed idee)(?: vinden)? (?:als|dat|om)\\b`,
      "^zullen (?:we|wij)\\b",
      `^(?:wil|wilt|zou) ${NL_YOU} (?:het )?(?:graag )?(?:willen )?dat (?:ik|we|wij)\\b`,
      `^(?:heb|hebt|heeft) ${NL_YOU} (?:er )?behoefte aan\\b`,
      `^(?:sta|staat) ${NL_YOU} (?:er|daar)(?:voor)? open\\b`,
    ].join("|"),
  ),
  announce: new RegExp(
    [
      "^ik (?:wil|wou|zou|ga)\\b",
      "^(?:wil|zou|ga) ik\\b",
      "^(?:nu|dan) (?:wil|ga|zou) ik\\b",
      "^(?:laten we|laat ons)\\b",
      "^ik stel (?:je )?voor\\b",
      "^we gaan\\b",
    ].join("|"),
  ),
  ask: new RegExp(`^(?:mag|kan|zou) ik(?: ${NL_YOU})? (?:\\S+ )?vragen\\b`),
  activating:
    /\b(?:veranderen|verandering\w*|anders (?:doen|aanpakken)|doel|doelen|stap|stappen|stapje|wens|wensen|plan|plannen|voornemen\w*|aanpakken|aan de slag|toekomst|bereiken|verbeteren|minderen)\b|\b(?:zou|wil|wilt|zoudt) (?:\S+ ){0,3}(?:willen|graag)\b|\bwat (?:je|jij|u|ge) (?:zelf )?(?:wilt|wil|zou)\b|\bzelf (?:zou )?(?:kunnen )?doen\b/,
  expert:
    /\b(?:vertel|vertellen|uitleggen|uitleg|informatie|info|advies|adviezen|adviseren|tip|tips|meedenken|mee denken|meegeven|voorstel|voorstellen|suggestie\w*|idee|ideeen|kennis|aanraden|aandragen|mogelijkheden|opties|behandel\w*|medicijn\w*|medicatie|pufje\w*|puffer\w*|uitslag\w*|bloedsuiker\w*|bloedwaarden|suikerwaarden|labwaarden|onderzoek\w*|controle|klachten|hulpvraag)\b|\bwat ik (?:weet|zie)\b|\bdelen wat\b/,
  patientSide: /^(?:vertel|vertellen|uitleggen|uitleg|meegeven|delen wat|idee|ideeen)$/,
  meta: /\boverstap\w*|\bovergaan\b|\boverschakelen\b|\b(?:van )?rol (?:wisselen|veranderen)\b|\bandere (?:rol|fase|kant op)\b|\bvolgende fase\b|\bnu (?:even )?(?:\S+ )?(?:hebben|praten) over\b|\bverder (?:gaan|kijken) (?:met|naar)\b|\bover iets anders\b|\bander onderwerp\b/,
  check:
    /\b(?:is|vind ?je|vindt ?u|zou|lijkt) (?:dat|het|je dat|u dat) (?:\S+ )?(?:goed|oke|ok|prima|fijn|akkoord|een idee)\b|\bmag dat\b|\bgoed zo\?/,
};

const en: ShiftRules = {
  lead: /^(?:(?:and|so|but|ok|okay|well|now|then|right|alright|good|great|thanks|thank you)\s*,?\s+)*/,
  permission: new RegExp(
    [
      "^(?:may|can|could|might|shall|should) i\\b",
      "^(?:is|would) it be (?:ok|okay|alright|all right|fine)\\b",
      "^is it (?:ok|okay|alright|all right|fine)(?: with you)? if\\b",
      "^(?:would|do) you mind if\\b",
      "^how (?:would|do) you feel (?:about|if)\\b",
      "^(?:shall|should|could|can) we\\b",
      "^(?:would|do) you (?:like|want) (?:me|us) to\\b",
      "^would you be (?:ok|okay|open|interested)\\b",
      "^are you (?:ok|okay|open) (?:with|to)\\b",
    ].join("|"),
  ),
  announce: new RegExp(
    [
      "^(?:i'd|i would) like to\\b",
      "^i want to\\b",
      "^(?:i'm|i am) going to\\b",
      "^(?:let's|let us)\\b",
      "^i (?:suggest|propose)\\b",
      "^we're going to\\b",
      "^(?:now|next) (?:i'd|i want|i would|let's)\\b",
    ].join("|"),
  ),
  ask: /^(?:may|can|could|might) i (?:\S+ )?ask\b/,
  activating:
    /\b(?:chang\w*|differently|goals?|steps?|wish\w*|plans?|future|work on|do about|achieve|improve|cut down|cut back|quit|stop smoking|get back to|going forward)\b|\bwhat you(?:'d| would| might)? (?:want|like)\b|\b(?:would|might) (?:want|like) to\b|\byou'd like\b/,
  expert:
    /\b(?:tell you|explain\w*|information|info|advice|advise|tips?|suggest\w*|ideas?|think along|options|treatment\w*|medication|medicines?|inhalers?|results?|blood sugar|tests?|check-?up|symptoms)\b|\bwhat i (?:know|see)\b|\bshare (?:some|a few|what|my)\b/,
  patientSide: /^(?:tell you|explain\w*|share (?:some|a few|what|my)|ideas?)$/,
  meta: /\bswitch\w*|\bmove on\b|\bchange (?:gears|hats|roles|tack)\b|\bdifferent role\b|\bnext (?:phase|part)\b|\bsomething else\b|\bnow (?:talk|turn|move) (?:about|to|on)\b|\b(?:talk|turn) now (?:about|to)\b/,
  check:
    /\b(?:is|would) (?:that|it) (?:be )?(?:ok|okay|alright|all right|fine|good)\b|\bdoes that sound (?:ok|okay|alright|all right|fine|good)\b|\b(?:ok|okay|all right|alright) with you\b|\bdo you mind\b/,
};

const RULES: Record<Lang, ShiftRules> = { nl, en };

/** The clause starts of one sentence: its beginning and every position after a comma, colon or dash. */
function clauseStarts(sentence: string): string[] {
  const starts = [sentence];
  for (const m of sentence.matchAll(/,|:|\s[-–]\s/g)) starts.push(sentence.slice(m.index + m[0].length));
  return starts.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** The first activating or expert word in the text, with the phase it names. */
function firstTarget(
  rest: string,
  r: ShiftRules,
  asking: boolean,
): { target: ShiftTarget; cue: string } | null {
  const candidates: { index: number; target: ShiftTarget; cue: string }[] = [];
  const act = r.activating.exec(rest);
  if (act) candidates.push({ index: act.index, target: "activerend", cue: act[0] });
  // After "mag ik je vragen" telling and ideas are the patient's, so look for the next expert word instead.
  const expertRx = new RegExp(r.expert.source, "g");
  for (let m = expertRx.exec(rest); m !== null; m = expertRx.exec(rest)) {
    if (asking && r.patientSide.test(m[0])) continue;
    candidates.push({ index: m.index, target: "expert", cue: m[0] });
    break;
  }
  candidates.sort((a, b) => a.index - b.index);
  const first = candidates[0];
  return first ? { target: first.target, cue: first.cue } : null;
}

function detectInClause(clause: string, r: ShiftRules): NamedShift | null {
  const start = clause.replace(r.lead, "");
  const permission = r.permission.exec(start);
  const announce = permission ? null : r.announce.exec(start);
  const frame = permission ?? announce;
  if (!frame) return null;
  const rest = start.slice(frame[0].length);
  const found = firstTarget(rest, r, r.ask.test(start));
  const meta = r.meta.exec(rest);
  if (!found && !meta) return null;
  const words = found?.cue ?? meta?.[0] ?? "";
  return {
    target: found?.target ?? null,
    permission: permission !== null,
    cue: `${frame[0].trim()} … ${words}`,
  };
}

/** The named shift in an utterance, or null. Only the first one counts. */
export function detectShift(utterance: string, lang: Lang): NamedShift | null {
  const r = RULES[lang];
  const sentences = foldText(utterance, "drop")
    .split(/[.!?;]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  for (const sentence of sentences) {
    // The sentence's remainder after each clause start is searched, so a target in a later clause counts.
    for (const clause of clauseStarts(sentence)) {
      const shift = detectInClause(clause, r);
      if (!shift) continue;
      // "Ik wil nu met je kijken wat je wilt veranderen. Is dat goed?" asks permission after announcing.
      return shift.permission || !r.check.test(sentences.join(". ")) ? shift : { ...shift, permission: true };
    }
  }
  return null;
}

const NEXT: Record<Stance, Stance> = { volgend: "activerend", activerend: "expert", expert: "expert" };

/** The phase a named shift leads to from the current one. */
export function shiftedPhase(current: Stance, shift: NamedShift): Stance {
  return shift.target ?? NEXT[current];
}
