// Whose sign it is, and where it lives: a film, a book or the news; a carer's or a teacher's work; someone
// else's past. A sign in such a frame is not the writer's danger now, so it is asked about, never a stop.
import { LONG_AGO_WORDS } from "./past-words.ts";

/**
 * The sign is in a story or the news: "in die serie", "in het boek dat ik lees", "op tv zag ik", "saw on
 * the news", "a documentary about a man who...". "Mijn verhaal" / "my story" is the writer's own and no frame.
 */
const MEDIA_WORDS =
  "film|films|filmpje|serie|series|reeks|boek|boeken|roman|krant|kranten|nieuws|journaal|docu|docus|documentaire|reportage|programma|tv|televisie|vtm|npo|netflix|youtube|tiktok|podcast|artikel|aflevering|toneelstuk|voorstelling|movie|movies|show|book|novel|news|newspaper|documentary|programme|program|episode|article|video|videos";
const MEDIA = new RegExp(`\\b(?:${MEDIA_WORDS})\\b|\\b(?<!mijn |my )(?:verhaal|story)\\b`);

/**
 * The writer speaks as a professional about the people in their care: "als verpleegkundige", "ik werk op
 * de ambulance", "im a paramedic", "my patients". A family carer ("mantelzorger") is left out: the person
 * they look after may be in danger with them now, and so is an English "carer" ("I am his carer"): only a
 * role held for strangers counts, and never one owned by a person ("zijn verzorgster", "my mum's nurse").
 */
const ROLE =
  "verpleegkundige|verpleger|verpleegster|zuster|arts|dokter|huisarts|doktersassistente|doktersassistent|praktijkondersteuner|ambulancier|ambulancebroeder|ambulanceverpleegkundige|paramedicus|psycholoog|psychiater|therapeut|hulpverlener|begeleider|begeleidster|verzorgende|zorgverlener|maatschappelijk werker|leraar|lerares|juf|meester|docent|leerkracht|agent|politieagent|brandweerman|nurse|doctor|gp|paramedic|medic|emt|care worker|support worker|social worker|therapist|counsellor|counselor|psychologist|psychiatrist|teacher|police officer|firefighter";
/** Read first, being cheap: most signs have no role word near them at all. */
const ROLE_WORD = new RegExp(`\\b(?:${ROLE})\\b`);
const AS_ROLE = new RegExp(
  `\\b(?:als|ben|werk als|as|i am|work as|working as) (?:een |an |a )?(?:(?!mijn |zijn |haar |hun |onze |my |his |her |their |our )[a-z]+ ){0,2}(?:${ROLE})\\b`,
);
const WORK =
  /\b(?:ik werk (?:op|in|bij) (?:de|het|een) (?:[a-z]+ )?(?:ambulance|psychiatrie|spoed|spoedeisende hulp|ggz|crisisdienst|huisartsenpost|ziekenhuis|verpleeghuis|thuiszorg|school|jeugdzorg)|i work (?:on|in|at) (?:a |an |the )?(?:[a-z]+ )?(?:ambulance|ambulances|ward|psychiatry|a and e|er|emergency|hospital|care home|school|crisis team)|(?:mijn|onze) (?:patienten|clienten|bewoners|leerlingen|pupillen)|(?:my|our) (?:patients|clients|residents|pupils|students|service users)|elke dienst|every shift|on every shift|each shift)\b/;

/** The writer joins the story: "en dat wil ik ook", "like him", "me too". Then no frame lowers anything. */
const SELF_TOO =
  /\b(?:ik ook|zelf ook|wil ik ook|dat wil ik|zou ik ook|(?:ga|wil|zal|doe) ik (?:[a-z]+ ){0,2}ook|doe (?:dat|het) ook|ook zo (?:gaan|doen)|net als (?:hij|zij|ze|die|hem|haar)|zoals (?:hij|zij|die man|die vrouw)|hetzelfde|me too|so do i|i do too|same here|(?:want|wanna|going|gonna) to do (?:that|the same|it)|(?:that|it) too|do(?:ing)? the same|the same way|like (?:him|her|them|he did|she did))\b/;

/** The writer joins someone else's death or story ("ik wil net als hij", "doing the same"): not history. */
export const joinsOther = (text: string): boolean => SELF_TOO.test(text);

/** A first-person word right before the sign makes it the writer's, unless it only sees or hears it. */
const FIRST_PERSON = new Set([
  "ik",
  "i",
  "me",
  "mij",
  "mezelf",
  "mijzelf",
  "myself",
  "zelf",
  "we",
  "wij",
  "ons",
  "us",
  "mijn",
  "my",
]);
const PERCEIVE =
  /^(?:zie|zag|zien|lees|las|hoor|hoorde|praat|spreek|sprak|behandel|verzorg|begeleid|help|zie ik|see|saw|read|hear|heard|talk|treat|nurse|meet|deal|look)$/;

function writerBefore(clauseHead: string): boolean {
  const words = clauseHead.trim().split(" ").slice(-3);
  for (let i = 0; i < words.length; i++) {
    if (FIRST_PERSON.has(words[i] as string) && !PERCEIVE.test(words[i + 1] ?? "")) return true;
  }
  return false;
}

/**
 * Someone else's past: a relative, a friend or a neighbour as the subject, a time long gone or a life moved
 * on ("mijn oom heeft zich twintig jaar geleden van het leven beroofd", "my mum had a stroke in 2015",
 * "my sister was in an abusive marriage but she's out now"). Not someone with the writer now ("mijn vader is
 * net in elkaar gezakt"), nor when the writer is the one it happened to ("mijn man sloeg me").
 */
const RELATIVE =
  "broer|zus|zuster|vader|moeder|pa|ma|papa|mama|oom|nonkel|tante|opa|oma|bompa|bomma|neef|nicht|zoon|dochter|vriend|vriendin|buurman|buurvrouw|collega|schoonvader|schoonmoeder|schoonzus|schoonbroer|grootvader|grootmoeder|kameraad|maat|brother|sister|father|mother|dad|mum|mom|uncle|aunt|auntie|grandad|grandpa|grandma|granny|nan|cousin|son|daughter|friend|neighbour|neighbor|colleague|mate|father in law|mother in law";
const SOMEONE = new RegExp(`^(?:[a-z]+ ){0,2}(?:mijn|my|onze|our) (?:[a-z]+ )?(?:${RELATIVE})\\b`);
const LONG_AGO = new RegExp(
  `\\b(?:${LONG_AGO_WORDS}|jaar (?:geleden|terug)|jaren terug|als peuter|als kleuter|years back|as a (?:baby|toddler|child|kid|teen|teenager))\\b`,
);
const MOVED_ON =
  /\b(?:gelukkig|er (?:weer )?bovenop|gaat (?:het|t) (?:nu )?(?:weer )?goed|is (?:nu )?gescheiden|weggegaan|out now|(?:is|s) out|thriving|doing (?:ok|okay|well|fine|great)|happy now|hertrouwd|left him|left her|divorced|remarried)\b/;
const PAST_TENSE = /\b(?:was|were|had|waren|werd|heeft|had|is)\b/;
const NOW_AGAIN =
  /\b(?:nu|net|zojuist|weer|opnieuw|nog steeds|nog altijd|now|just|again|still|right now|vandaag|today|vannacht|tonight)\b/;
/** A partner of long ago: "mijn eerste man", "my ex". */
const EX =
  /\b(?:(?:mijn|my) (?:eerste|vorige|toenmalige|first|former|previous) (?:man|vrouw|partner|vriend|vriendin|husband|wife|boyfriend|girlfriend)|(?:mijn|my) ex|exman|exvrouw|exvriend|ex husband|ex wife)\b/;
const WRITER = /\b(?:ik|me|mij|mezelf|i|myself|us|ons)\b/;

export type StoryFrame = "media" | "work" | "other_past" | "resolved";

/**
 * Any word a frame stands on, looked up per word once per answer: most answers have none, and then no
 * sign in them is read for a frame at all (the screener's time per answer is a budget). Two slots, for
 * the two views of an answer the rules run on.
 */
const ANCHOR_WORDS: ReadonlySet<string> = new Set(
  [
    MEDIA_WORDS,
    "verhaal|story",
    ROLE.replace(/ /g, "|"),
    "werk|work|working|dienst|shift|patienten|clienten|bewoners|leerlingen|pupillen|patients|clients|residents|pupils|students",
    "ex|exman|exvrouw|exvriend|eerste|vorige|toenmalige|first|former|previous",
    RELATIVE.replace(/ /g, "|"),
  ]
    .join("|")
    .split("|"),
);
const memo: [string, boolean][] = [
  ["", false],
  ["", false],
];
let slot = 0;
function anchored(text: string): boolean {
  for (const [seen, value] of memo) if (seen === text) return value;
  const value = text.split(" ").some((word) => ANCHOR_WORDS.has(word));
  memo[slot] = [text, value];
  slot = 1 - slot;
  return value;
}

/**
 * The frame that makes a sign someone else's, or null. `clause` is the sign's clause, `head` gives the
 * words right before the sign (asked for only when needed), `text` is the whole normalized answer: a
 * "me too" anywhere in it undoes the frame.
 */
export function storyFrame(
  clause: string,
  head: () => string,
  sentence: string,
  text: string,
): StoryFrame | null {
  if (!anchored(text)) return null;
  const frame = frameOf(clause, head, sentence);
  // Read last: the whole answer is the longest text here, and most signs have no frame at all.
  return frame !== null && SELF_TOO.test(text) ? null : frame;
}

function frameOf(clause: string, head: () => string, sentence: string): StoryFrame | null {
  if (SOMEONE.test(clause) && !WRITER.test(clause) && !NOW_AGAIN.test(clause)) {
    if (LONG_AGO.test(clause) || (PAST_TENSE.test(clause) && MOVED_ON.test(sentence))) return "other_past";
  }
  // The writer's own danger, long over and left behind: "mijn eerste man sloeg me, in 1998 ben ik weggegaan".
  if (EX.test(clause) && LONG_AGO.test(sentence) && MOVED_ON.test(sentence) && !NOW_AGAIN.test(clause)) {
    return "resolved";
  }
  if (writerBefore(head())) return null;
  if (MEDIA.test(clause)) return "media";
  if ((ROLE_WORD.test(clause) && AS_ROLE.test(clause)) || WORK.test(clause)) return "work";
  return null;
}
