// The model's small lexicon: word beginnings grouped by what they are about (taking oneself, pills, the
// breath, now, a goal...). A word the labelled sets never held still lands in its group, so the model can
// weigh "the whole strip with wine" like "all my pills with vodka". Words under four letters, and words
// written with "=" ("=slap", not "slapen"), match whole.
import type { ScreenCategory } from "../types.ts";

export const CONCEPTS: Readonly<Record<string, string>> = {
  // Groups that a question can stand on (GROUNDS): words that seldom mean anything harmless.
  self: "mezelf mijzelf mzelf myself",
  harm: "snij snijd snee sned kras krab brand verbrand bonk bons cut burn scratch bang punch bite bijt beet prik stomp knijp harm wond wound",
  death:
    "dood sterv sterf overlijd dying dead death alive unalive kms verdwijn disappear graf begrafenis funeral zelfmoord zelfdoding suicid",
  pills:
    "pil pill tablet medicijn medicatie strip doos potje pack pills meds medication insuline insulin paracetamol oxazepam temazepam diazepam lorazepam ibuprofen oxycodon tramadol morfine sertraline pijnstiller painkiller slaapmiddel overdosis overdose spuit dose dosis",
  alcohol: "drank wijn bier wodka vodka alcohol whisky jenever booze wine beer dronken drunk fles bottle",
  sharp:
    "mes mesje scheermes blade knife razor glas scherf schaar scissors naald needle aansteker lighter sigaret strijkijzer",
  breath: "adem benauwd lucht breath breathe breathing hijg stikk stik choke choking suffocat wheez piep",
  chest: "borst chest hart heart kaak jaw",
  bleed: "bloed bleed blood bloeding",
  swell: "zwel opgezet swell swollen puff opzwel",
  throat: "keel tong lip throat tongue slik swallow",
  side: "scheef droop gevoelloos numb tintel verlamd verlam =slap slappe zwak weak krachteloos",
  speech: "praten prat spreken sprek woorden speak talk slurr lal brabbel",
  vision: "zicht dubbel blind vision sight wazig blurr",
  unconscious:
    "flauw bewusteloos reageert reageren aanspreekbaar collaps unconscious faint passed respond inelkaar zakte gezakt stuip epilep seizure schokk",
  violence:
    "slaan sla sloeg geslagen schop trap dreig opgesloten opsluit wurg hit kick threat lock strangl shov grab slap beat rape verkracht misbruik abuse dwing force afpak afgepakt mishandel",
  fear: "bang angst schrik scared afraid terrified fear vrees",
  hopeless:
    "uitzichtloos zinloos pointless burden waardeloos worthless useless hopeless moeite worth nut leeg empty zin point niemand nobody",
  goodbye: "afscheid goodbye testament weggeven vaarwel affairs briefje afscheidsbrief",
  plan: "gespaard opgespaard stash verstopt hidden touw rope voorbereid verzameld",
  height:
    "trein spoor brug flat dak train bridge roof tracks jump spring sprong ravijn balkon balcony rails snelweg",
  sugar: "suiker hypo glucose sugar diabet",
  drowsy:
    "suf slaperig verward drowsy confused sleepy duizelig dizzy zweet sweat klam clammy grauw gemarmerd mottled",
  pregnant: "zwanger pregnant baarmoeder",
  fever: "koorts fever temperatuur temperature gloeit",
  // Looser groups: they shade a sentence for the model; "ending", "control" and "home" may ground a question
  // too (GROUNDS), the rest never do ("alleen" is "only" as often as "alone", "beter" is mostly good news).
  own: "eigen zelf",
  hurt: "pijn hurt sla slaan hit trek",
  ending: "leven einde eind klaar end weg gone wakker wake ophouden stoppen stop",
  all: "alle allemaal hele heel whole all entire handvol handful bunch stuk veel lot loads teveel te",
  body: "arm rug dik hangt hang helft half kant side links rechts left right doof zin",
  looks: "zien zie oog ogen see eye zwart koud cold blauw blue bleek pale vlek spots rash uitslag heet",
  fall: "gevallen valt viel grond floor fit shak wakker wake",
  now: "nu net sinds ineens plots opeens now just sudden right moment vandaag today vanochtend vanavond uur hour minuten minutes gisteren yesterday momenteel currently still nog",
  neg: "geen niet nie nooit no not never nothing niets nt zonder without",
  past: "vroeger toen used ago geleden ooit once had was vorig last jaar year jaren years",
  goal: "wil zou zodat weer want wish hoop hope like able kunnen graag again doel goal plan",
  other:
    "vader moeder papa mama pa ma man vrouw partner vriend vriendin zoon dochter broer zus oma opa buurman buurvrouw dad mum mom husband wife boyfriend girlfriend son daughter brother sister hij zij he she him her",
  child: "kind baby kleine peuter zoontje dochtertje child kid toddler infant newborn",
  control: "controle control took takes pakt sluit knijp duw push dare durf",
  home: "thuis huis home house kamer room deur door",
  means: "telefoon gsm geld bankpas sleutel phone money keys card auto car paspoort",
  low: "op beter better kapot alleen alone last hoop hope",
  farewell: "brief letter spullen give giving notes bye regel geregeld sorted",
  ready: "plan gepland datum wanneer klaar ready date saved saving collect gekocht bought",
  places: "water rivier river auto raam window",
  pregnancy: "weken weeks buik belly stomach",
  severe:
    "erg heel zo enorm vreselijk verschrikkelijk ondraaglijk severe terrible unbearable really so very worst ergste stopt stops ophoudt kan cant cannot lukt meer",
  thought:
    "gedachte denk dacht thought think beeld image intrusive idee idea fantas voorstel imagine hoofd head stem voice",
};

/**
 * What a question about each category has to stand on: at least one of these groups in the part the model
 * heard. A question about ending one's life after "I'll text my friend" would come from the model's word
 * statistics alone, and a patient would rightly wonder why it was asked.
 */
export const GROUNDS: Readonly<Record<ScreenCategory, readonly string[]>> = {
  suicide: ["death", "ending", "height", "plan", "goodbye", "hopeless", "sharp", "self", "pills"],
  self_harm: ["harm", "sharp", "self"],
  violence: ["violence", "fear", "control", "home"],
  acute_medical: [
    "breath",
    "chest",
    "bleed",
    "swell",
    "throat",
    "side",
    "speech",
    "vision",
    "unconscious",
    "sugar",
    "drowsy",
    "pregnant",
    "fever",
    "pills",
    "alcohol",
  ],
  despair: ["hopeless", "death", "ending"],
};

/** Whether the groups a part touches (conceptsIn) give a question about `category` something to stand on. */
export const grounded = (category: ScreenCategory, touched: ReadonlySet<string>): boolean =>
  GROUNDS[category].some((group) => touched.has(group));
