// The model's small lexicon: word beginnings grouped by what they are about (taking oneself, pills, the
// breath, now, a goal...). A word the labelled sets never held still lands in its group, so the model can
// weigh "the whole strip with wine" like "all my pills with vodka". Words under four letters match whole.

export const CONCEPTS: Readonly<Record<string, string>> = {
  self: "mezelf mijzelf mzelf myself eigen zelf",
  harm: "snij snijd snee sned kras krab brand verbrand slaan sla sloeg bonk bons pijn hurt cut burn scratch hit bang punch bite bijt beet prik stomp knijp trek harm wond wound",
  death:
    "dood sterv sterf overlijd leven einde eind klaar die dying dead death end alive unalive kms weg gone verdwijn disappear wakker wake ophouden stoppen stop graf begrafenis funeral",
  pills:
    "pil pill tablet medicijn medicatie strip doos potje pack pills meds medication insuline insulin paracetamol oxazepam temazepam diazepam lorazepam ibuprofen oxycodon tramadol morfine sertraline pijnstiller painkiller slaapmiddel overdosis overdose spuit dose dosis",
  all: "alle allemaal hele heel whole all entire handvol handful bunch stuk veel lot loads teveel te",
  alcohol: "drank wijn bier wodka vodka alcohol whisky jenever booze wine beer dronken drunk fles bottle",
  sharp:
    "mes mesje scheermes blade knife razor glas scherf schaar scissors naald needle aansteker lighter sigaret strijkijzer",
  breath: "adem benauwd lucht breath breathe breathing hijg stikk stik choke choking suffocat wheez piep",
  chest: "borst chest hart heart arm kaak jaw rug",
  bleed: "bloed bleed blood bloeding",
  swell: "dik zwel opgezet swell swollen puff opzwel",
  throat: "keel tong lip throat tongue slik swallow",
  side: "scheef hangt hang helft half kant side droop links rechts left right gevoelloos numb doof tintel verlamd lam",
  speech: "praten prat spreken sprek woorden speak talk slurr lal brabbel zin",
  vision: "zien zie zicht oog ogen dubbel blind see vision eye sight wazig blurr zwart",
  unconscious:
    "flauw bewusteloos reageert reageren aanspreekbaar gevallen valt viel collaps unconscious faint passed respond wakker wake grond floor inelkaar zakte gezakt stuip epilep fit seizure schokk shak",
  now: "nu net sinds ineens plots opeens now just sudden right moment vandaag today vanochtend vanavond uur hour minuten minutes gisteren yesterday momenteel currently still nog",
  neg: "geen niet nie nooit no not never nothing niets nt zonder without",
  past: "vroeger toen used ago geleden ooit once had was vorig last jaar year jaren years",
  goal: "wil zou zodat weer want wish hoop hope like able kunnen graag again doel goal plan",
  other:
    "vader moeder papa mama pa ma man vrouw partner vriend vriendin zoon dochter broer zus oma opa buurman buurvrouw dad mum mom husband wife boyfriend girlfriend son daughter brother sister hij zij he she him her",
  child: "kind baby kleine peuter zoontje dochtertje child kid toddler infant newborn",
  violence:
    "slaan sla sloeg geslagen schop trap dreig opgesloten opsluit sluit wurg knijp duw hit kick threat lock strangl shov push grab slap beat rape verkracht misbruik abuse dwing force controle control afpak took takes pakt afgepakt mishandel",
  fear: "bang angst schrik scared afraid terrified fear vrees durf dare",
  home: "thuis huis home house kamer room deur door",
  means: "telefoon gsm geld bankpas sleutel phone money keys card auto car paspoort",
  hopeless:
    "zin hoop uitzichtloos zinloos point hope pointless burden last waardeloos worthless moeite worth beter better nut useless kapot op leeg empty niemand nobody alleen alone",
  goodbye:
    "afscheid brief goodbye letter testament spullen weggeven give giving notes briefje bye vaarwel regel geregeld sorted affairs",
  plan: "plan gepland datum wanneer klaar voorbereid ready date verzameld gespaard saved saving collect gekocht bought touw rope opgespaard stash verstopt hidden",
  height:
    "trein spoor brug flat dak train bridge roof tracks jump spring sprong water rivier river auto ravijn balkon balcony raam window rails snelweg",
  sugar: "suiker hypo glucose insuline sugar diabet",
  drowsy:
    "suf slaperig verward wazig drowsy confused sleepy duizelig dizzy zweet sweat klam clammy bleek pale koud cold blauw blue grauw gemarmerd mottled vlek spots rash uitslag",
  pregnant: "zwanger pregnant weken weeks buik belly stomach baarmoeder",
  fever: "koorts fever temperatuur temperature heet gloeit",
  severe:
    "erg heel zo enorm vreselijk verschrikkelijk ondraaglijk severe terrible unbearable really so very worst ergste stopt stops ophoudt kan cant cannot lukt meer",
  thought:
    "gedachte denk dacht thought think beeld image intrusive idee idea fantas voorstel imagine hoofd head stem voice",
};
