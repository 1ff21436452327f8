// Dutch copy of the practice flow (first language): the coach's words and the four simulated patients.
// The patients talk like people in a consultation room: short, concrete, sometimes hesitant.
import type { OefenenContent } from "./content.ts";

export const nl: OefenenContent = {
  locale: "nl",
  choose: {
    intro: [
      "Welkom bij het oefengesprek. Jij bent de zorgverlener, de coach speelt de patiënt.",
      "Je typt wat je tegen de patiënt zegt. De patiënt reageert op wat je doet: op een open vraag vertelt hij meer, op een reflectie gaat hij dieper, en op advies waar hij niet om vroeg zegt hij al snel ‘ja, maar’.",
      "Je oefent de drie fasen van het GG/ZZ-gespreksmodel: eerst volgen, dan activeren, en pas daarna als expert iets toevoegen. Benoem het hardop als je naar een andere fase gaat, en vraag toestemming.",
      "Aan het eind krijg je feedback op je vragen, reflecties en overstappen. De patiënt is verzonnen: typ geen gegevens van echte patiënten.",
    ],
    ask: "Met wie wil je oefenen?",
  },
  tips: {
    ask: "Wil je tijdens het gesprek korte tips van de coach? Zonder tips lijkt het meer op een echt consult.",
    yes: "Ja, met tips",
    no: "Nee, zonder tips",
  },
  start: (name, maxTurns) => [
    `${name} is binnengekomen en gaat zitten. Jij begint: typ wat je als eerste zegt.`,
    `Het gesprek duurt hoogstens ${maxTurns} beurten. Je kunt altijd stoppen met ‘Afronden en feedback’.`,
  ],
  finish: "Afronden en feedback",
  says: (name, text) => `${name}: ${text}`,
  shiftYes: ["Ja, dat is goed.", "Ja hoor, dat mag.", "Prima, ga je gang."],
  shiftOk: ["Oké.", "Eh, goed.", "Nou, vooruit."],
  shiftHesitant: [
    "Eh... als u dat wilt.",
    "Oké, al weet ik niet goed waar u naartoe wilt.",
    "Nou, goed dan. Denk ik.",
  ],
  repeat: ["Zoals ik al zei: ", "Dat zei ik net al: ", "Nog een keer dan: ", "Ik zeg het nog maar eens: "],
  hint: {
    earlyAdvice: (name) =>
      `Tip: je gaf advies of informatie terwijl het gesprek nog in fase 1 (volgend) is. Wat weet en wil ${name} zelf? Vraag toestemming voordat je iets toevoegt.`,
    unnamed: () =>
      "Tip: je ging naar een andere fase zonder het te benoemen. Zeg hardop wat je wilt gaan doen, en vraag of dat goed is.",
    named: () => "Tip: je benoemde de overstap naar een andere fase. Zo houd je de patiënt bij je.",
    premature: (name) =>
      `Tip: je benoemde de overstap naar fase 2 (activerend), maar ${name} heeft nog niet verteld wat er echt toe doet. Daarom gaat ${name} aarzelend mee. Je kunt ook eerst verder verkennen.`,
    pull: (name) =>
      `Tip: ${name} vraagt om advies. Dat is de trek naar het ZZ-gesprek. Geef je meteen antwoord, of onderzoek je eerst wat ${name} zelf al weet en wil?`,
    value: (name) =>
      `Tip: ${name} vertelde wat echt belangrijk is. Dit kan een moment zijn om de overstap naar fase 2 (activerend) te benoemen.`,
    goal: (name) =>
      `Tip: ${name} formuleerde een eigen doel. Je kunt het gesprek afsluiten, of eerst vragen naar een eerste stap en wie kan helpen.`,
  },
  ended: {
    trainee: () => "Je hebt het gesprek afgerond.",
    turns: (_, maxTurns) => `De ${maxTurns} beurten zijn om, dus het gesprek stopt hier.`,
    closed: (name) => `Je sloot het gesprek af nadat ${name} een eigen doel had gevonden.`,
  },
  feedbackIntro: "Hier is je feedback.",
  difficulty: { open: "open", terughoudend: "terughoudend", ketenzorg: "ketenzorgcontrole" },
  difficultyCard: {
    open: (name) => `${name} staat vandaag wat meer open voor verandering dan anders.`,
    terughoudend: (name) =>
      `${name} is vandaag terughoudend: minder bereid om iets te veranderen, en sneller geneigd om om een pasklaar advies te vragen.`,
  },
  protocolCard: (items) =>
    `Dit is een ketenzorgcontrole. Loop het protocol na (${items}) en voer daarnaast het GG-gesprek: wat vindt de patiënt zelf belangrijk?`,
  protocol: (done, total, open) =>
    `Het protocol van de ketenzorgcontrole: je besprak ${done} van de ${total} punten${open ? `; nog open: ${open}` : ""}.`,
  profile: {
    topics: {
      complaint: "de klacht",
      smoking: "roken",
      alcohol: "alcohol",
      medication: "medicijnen",
      sleep: "slapen",
      eating: "eten",
      moving: "bewegen",
      work: "werk",
      family: "familie en vrienden",
      daily: "het dagelijks leven",
      feelings: "hoe het voelt",
      past: "vroeger",
      future: "de toekomst",
      values: "wat de moeite waard is",
      ideas: "eigen ideeën over de oorzaak",
      attempts: "wat al geprobeerd is",
      person: "wie de patiënt is",
    },
    value: (name) => `wat voor ${name} echt belangrijk is`,
    more: (topic) => `meer over ${topic}`,
    found: (items) => `Dit kwam je te weten: ${items}.`,
    foundNothing: "Je kwam nog weinig te weten over de patiënt zelf.",
    missed: (items) => `Dit bleef nog verborgen: ${items}.`,
  },
  quote: (words) => `Jouw woorden: „${words}”`,
  again: "Wil je nog eens oefenen, met dezelfde of een andere patiënt? Begin dan een nieuw oefengesprek.",
  personas: {
    ans: {
      name: "Ans",
      label: "Ans (58), diabetes type 2",
      card: [
        "Ans is 58 en heeft sinds vijf jaar diabetes type 2. Ze komt bij jou, de praktijkondersteuner, voor haar controle. Haar HbA1c is sinds vorig jaar wat gestegen.",
        "Ze werkt drie dagen per week in een bloemenwinkel en is getrouwd met Kees.",
      ],
      reveal:
        "Wat je vooraf niet wist: Ans aanvaardt haar diabetes, maar heeft weinig vertrouwen dat ze er zelf iets aan kan doen (veel acceptatie, weinig ervaren regie). Wat haar drijft: een oma zijn die meedoet met haar kleinkinderen. Ze stond redelijk open voor verandering, als die maar van haarzelf kwam.",
      open: [
        "Ach, het gaat wel. Ik ben vaak moe, vooral na het werk. Dan plof ik op de bank en dan gaat er nog wel eens een koekje in.",
        "Drie dagen in de winkel, dat is mooi werk, maar 's avonds heb ik nergens meer puf voor. Kees kookt dan, gelukkig.",
        "Op woensdag pas ik op mijn kleinkinderen, Noor en Daan. Die zijn vier en zes. Heerlijk, maar ik merk dat ik ze niet goed bijhoud.",
        "Vroeger fietste ik overal naartoe. Nu pak ik steeds vaker de auto, ook als het eigenlijk niet hoeft.",
      ],
      deepen: [
        "Ja, precies. Moe is het goede woord. Ik baal er eigenlijk van dat ik zo weinig energie heb.",
        "Ja. En weet je, mijn moeder had ook suiker. Die is op het laatst een teen kwijtgeraakt. Daar denk ik vaker aan dan ik zeg.",
        "Dat klopt. Ik wil niet zo eindigen als zij. Ik wil er gewoon zijn voor de kleintjes.",
      ],
      value:
        "Als ik eerlijk ben: het belangrijkste voor mij is dat ik een oma ben die meedoet. Met Noor en Daan naar de speeltuin fietsen, met ze op de grond spelen. Dat wil ik nog heel lang kunnen.",
      valueMore: [
        "Die woensdagen zijn echt de mooiste dag van mijn week. Dan voel ik me nodig.",
        "Als ik met ze in het park ben, denk ik even helemaal niet aan die suiker.",
        "Kees zegt ook altijd dat ik opleef als de kleinkinderen er zijn.",
      ],
      closed: ["Ja, soms wel.", "Nee, niet echt.", "Hm, ja. Zo'n beetje."],
      about: {
        complaint: [
          "Ik kom voor mijn controle. De assistente zei dat mijn suiker wat hoger was dan vorig jaar.",
          "En ik ben vaak moe, vooral na het werk. Dat vind ik eigenlijk het ergste.",
        ],
        smoking: ["Roken? Nee, daar ben ik twintig jaar geleden mee gestopt. Dat is me toen wel gelukt."],
        alcohol: ["Een wijntje op zaterdag, met Kees. Meer niet, hoor."],
        medication: [
          "Metformine, twee keer per dag. Die neem ik braaf in.",
          "Die van 's avonds vergeet ik wel eens, als ik op de bank in slaap sukkel.",
        ],
        sleep: [
          "Slapen gaat wel. Maar ik word niet uitgerust wakker.",
          "Soms lig ik te piekeren over die suiker. Dat zeg ik niet tegen Kees.",
        ],
        eating: [
          "Ik eet gewoon wat Kees kookt. Aardappels, groente, een stukje vlees.",
          "Het gaat mis 's avonds. Dan zit ik op de bank en gaat de koektrommel open. Ik weet het wel.",
        ],
        moving: [
          "Niet zo veel. In de winkel sta ik de hele dag, maar verder pak ik de auto.",
          "Vroeger fietste ik overal naartoe. Ik weet eigenlijk niet eens waarom ik daarmee gestopt ben.",
        ],
        work: [
          "Ik werk drie dagen in een bloemenwinkel. Mooi werk, alleen zwaar voor je benen.",
          "Na zo'n dag ben ik op. Dan heb ik nergens meer zin in, ook niet in dingen die ik leuk vind.",
        ],
        family: [
          "Ik ben getrouwd met Kees. We hebben twee kinderen en twee kleinkinderen, Noor en Daan.",
          "Op woensdag pas ik op de kleintjes. Ik merk dat ik ze niet meer bijhoud, en dat steekt me.",
        ],
        daily: [
          "Drie dagen werken, op woensdag de kleinkinderen, en verder het huishouden. 's Avonds plof ik neer.",
        ],
        feelings: [
          "Ik baal ervan, eigenlijk. Dat ik zo weinig puf heb.",
          "Mijn moeder had ook suiker. Die is op het eind een teen kwijtgeraakt. Daar ben ik bang voor, als ik eerlijk ben.",
        ],
        past: [
          "Vroeger was ik veel fitter. Ik fietste elke dag naar de winkel, weer of geen weer.",
          "Toen mijn moeder ziek werd, heb ik voor haar gezorgd. Ik heb gezien wat die suiker met je doet.",
        ],
        future: [
          "De toekomst? Ik hoop dat ik nog lang mee kan met de kleinkinderen. Of dat zo lukt, weet ik niet.",
        ],
        values: ["Belangrijk? Mijn gezin, denk ik. Dat iedereen gezond blijft."],
        ideas: [
          "Ik denk dat het aan het snoepen ligt, 's avonds. Maar ik krijg het niet voor elkaar om te stoppen.",
          "En dat ik bijna niet meer beweeg, misschien. Maar na een dag in de winkel ben ik gewoon op.",
        ],
        attempts: [
          "Ik heb de koektrommel eens hoog in de kast gezet. Na een week stond hij weer op het aanrecht.",
        ],
        person: [
          "Ik ben Ans, 58. Bloemen, kleinkinderen, en een man die goed kan koken. Veel meer is er niet te vertellen.",
        ],
      },
      denies: ["Nee, daar heb ik geen last van.", "Nee, dat niet. Het is vooral die moeheid."],
      unknown: [
        "Hoe bedoel je?",
        "Daar heb ik eigenlijk nooit zo over nagedacht.",
        "Ha, dat vraagt niemand me ooit. Geen idee eigenlijk.",
        "Eh... daar moet ik even over nadenken. Ik weet het echt niet.",
      ],
      guarded: ["Tja. Dat weet ik niet zo goed.", "Daar wil ik het eigenlijk niet zo over hebben."],
      hurt: [
        "Nou, dat vind ik niet aardig. Ik doe echt mijn best, hoor.",
        "Dat doet pijn, wat je nu zegt. Ik kom hier voor hulp.",
      ],
      intrusive: [
        "Eh... wat heeft dat met mijn suiker te maken?",
        "Dat vind ik een rare vraag, eerlijk gezegd.",
      ],
      suicide: ["Nee, echt niet. Daarvoor ben ik veel te graag bij mijn kleinkinderen."],
      scale: ["Een {n}, denk ik. Het is wel belangrijk, maar makkelijk is het niet.", "Tja... een {n}?"],
      other: [
        "Ja... nou ja, zo gaat dat.",
        "Hm-hm. Ik weet eigenlijk niet zo goed wat ik nog meer moet zeggen.",
      ],
      yesBut: [
        "Ja, maar dat weet ik allemaal wel. Het lukt me gewoon niet. 's Avonds ben ik kapot.",
        "Ja maar, dat heb ik al zo vaak geprobeerd. Na een week zit ik weer op de bank.",
        "Dat klinkt makkelijk, maar met mijn werk en de kleinkinderen komt daar niks van.",
      ],
      unready: [
        "Veranderen? Tja. Ik weet niet of ik daar nu al aan toe ben, hoor.",
        "Dat vind ik een moeilijke vraag. Daar heb ik eigenlijk nog niet over nagedacht.",
      ],
      notYet: [
        "Ik weet eerlijk gezegd nog niet zo goed wat ik dan zou willen.",
        "Al weet ik nog niet goed waar ik zou moeten beginnen.",
      ],
      changeTalk: [
        "Ik zou graag weer meer energie hebben. Genoeg om met de kinderen mee te kunnen.",
        "Misschien moet ik gewoon weer wat vaker de fiets pakken. Dat deed ik vroeger ook, en toen voelde ik me fitter.",
      ],
      goal: "Weet je wat ik wil? In de zomer met Noor en Daan naar de speeltuin kunnen fietsen. Ik begin gewoon: twee keer per week na het werk een rondje fietsen, samen met Kees.",
      afterGoal: [
        "Kees vindt het vast leuk om mee te gaan. Die zit ook te veel.",
        "Als het regent, loop ik een blokje om. Dat moet lukken.",
        "Ik schrijf het op de kalender in de keuken, dan zie ik het elke dag.",
      ],
      acceptInfo: [
        "Hè, dat wist ik niet. Goed om te horen.",
        "Oké. Dan snap ik beter waarom het ertoe doet.",
      ],
      adviceRequest: [
        "Maar zeg het maar gewoon: wat moet ik nou doen aan die suiker?",
        "Jij weet er meer van dan ik. Wat moet ik doen?",
      ],
      goodbye: "Dank je wel. Ik ga het gewoon proberen. Tot de volgende keer!",
    },
    henk: {
      name: "Henk",
      label: "Henk (67), COPD",
      card: [
        "Henk is 67 en heeft COPD. Hij komt bij de huisarts voor zijn jaarlijkse controle, omdat de assistente hem daarvoor belde. Hij rookt nog ongeveer tien sigaretten per dag.",
        "Hij werkte veertig jaar als pijpfitter in de haven en woont met zijn vrouw Ria en hun hond Bram.",
      ],
      reveal:
        "Wat je vooraf niet wist: Henk ziet zijn COPD als iets wat bij zijn leeftijd hoort en denkt dat er toch niets aan te doen is (weinig acceptatie, weinig ervaren regie). Wat hem drijft: samen met zijn zoon Mark vissen in de haven. Hij stond weinig open voor verandering en had tijd nodig.",
      open: [
        "Gaat wel. Ik ben wat kortademig, maar dat is de leeftijd. Iedereen van mijn leeftijd heeft wat.",
        "Ik loop elke dag met Bram, de hond. Maar het rondje wordt steeds korter. Bij de brug sta ik al te hijgen.",
        "Op zaterdag ging ik altijd met mijn zoon Mark vissen, aan de steiger in de haven. Daar ben ik dit jaar mee gestopt.",
        "Het is een eind lopen van de auto naar de steiger, met al die spullen. Dat trek ik niet meer.",
      ],
      deepen: [
        "Ja. Dat gehijg op de trap, daar baal ik van. Al zeg ik dat thuis niet.",
        "Precies. Mark vraagt nog steeds of ik meega. Ik verzin dan maar een smoes.",
        "Ja... Ik voel me een ouwe vent. Dat ben ik nog niet, vind ik zelf.",
      ],
      value:
        "Weet je wat het is? Die zaterdagen met Mark, dat is het mooiste wat er is. Samen op de steiger, een bakkie koffie, niks hoeven zeggen. Dat wil ik niet kwijt.",
      valueMore: [
        "Mark werkt hard en heeft het druk met de kinderen. Die zaterdag was ons moment.",
        "Op de steiger voel ik me gewoon Henk, niet een patiënt.",
        "Ria zegt dat ik chagrijnig ben sinds ik niet meer ga vissen. Ze heeft wel gelijk.",
      ],
      closed: ["Ja.", "Nee.", "Soms."],
      about: {
        complaint: [
          "Ik ben wat kortademig. Vooral op de trap en als het koud is. Maar dat is de leeftijd.",
          "'s Ochtends hoest ik slijm op. Dat is al jaren zo, daar let ik niet meer op.",
        ],
        smoking: [
          "Een stuk of tien per dag. Vroeger waren het er veertig, dus het valt mee.",
          "Die sigaret bij de koffie, dat is mijn moment. Daar blijft iedereen maar aan zitten.",
        ],
        alcohol: ["Een paar biertjes in het weekend. Niks bijzonders."],
        medication: [
          "Ik heb die pufjes. De blauwe alleen als het echt niet gaat.",
          "Die andere vergeet ik nog wel eens. Ik merk er toch niks van.",
        ],
        sleep: ["Ik slaap als een blok. Soms word ik wakker van het hoesten, dat wel."],
        eating: ["Ria kookt. Gewoon, de Hollandse pot. Daar is niks mis mee."],
        moving: [
          "Ik loop elke dag met Bram, de hond. Maar het rondje wordt korter.",
          "Bij de brug sta ik al te hijgen. Dan doe ik alsof Bram moet snuffelen.",
        ],
        work: [
          "Veertig jaar pijpfitter in de haven. Nu ben ik met pensioen.",
          "Ik was de sterkste van de ploeg. En nu sta ik te hijgen op de trap. Raar is dat.",
        ],
        family: [
          "Ria, mijn vrouw. En mijn zoon Mark, die woont hier in de buurt.",
          "Mark vraagt nog steeds of ik meega vissen. Ik verzin dan maar een smoes.",
        ],
        daily: ["Koffie, krantje, met de hond lopen. Een klusje hier en daar. Niks bijzonders."],
        feelings: [
          "Tja. Ik doe er luchtig over, maar het zit me niet lekker.",
          "Ik voel me een ouwe vent. En dat ben ik nog niet, vind ik zelf.",
        ],
        past: [
          "Vroeger ging ik elke zaterdag vissen in de haven. Met Mark.",
          "Daar ben ik dit jaar mee gestopt. Te ver lopen met al die spullen.",
        ],
        future: ["Toekomst? Op mijn leeftijd kijk je niet zo ver vooruit, hoor."],
        values: ["Belangrijk? Dat ze me met rust laten, zou ik zeggen."],
        ideas: ["Wat ik zelf denk? Dat het de leeftijd is. Mijn vader had het ook."],
        attempts: [
          "Ik ben een keer gestopt met roken, drie weken. Toen was ik zo chagrijnig dat Ria zei: rook dan maar weer.",
        ],
        person: [
          "Henk. Havenman, zevenenzestig, getrouwd, één zoon en een hond. Meer hoeft u niet te weten.",
        ],
      },
      denies: ["Nee. Dat heb ik niet.", "Nee, nergens last van. Alleen die adem."],
      unknown: [
        "Hoe bedoelt u?",
        "Geen idee. Daar denk ik niet over na.",
        "Daar ben ik toch niet voor gekomen?",
        "Tja. Daar heb ik geen mening over.",
      ],
      guarded: ["Daar ga ik het nu niet over hebben.", "Niks aan de hand, hoor."],
      hurt: ["Zo. Als u zo gaat praten, ga ik wel weer.", "Nou moe. Zo praat je niet tegen iemand."],
      intrusive: ["Dat gaat u niks aan, dokter.", "Waarom wilt u dat weten?"],
      suicide: ["Nee, dokter. Zo erg is het niet. Ik heb Ria en Mark, en de hond moet ook uit."],
      scale: ["Een {n}. Hooguit.", "Zeg maar een {n}."],
      other: ["Tja.", "Hm. Nou ja."],
      yesBut: [
        "Ja maar, ik rook al vijftig jaar. Dat stop je niet zomaar even.",
        "Ja, dat zeggen ze allemaal. Maar op mijn leeftijd maakt het toch niet meer uit.",
        "Dat kan wel zijn, maar ik heb geen zin om mijn laatste plezier ook nog op te geven.",
      ],
      unready: [
        "Veranderen? Op mijn leeftijd? Daar begin ik niet meer aan.",
        "Ik weet niet wat je van me wilt horen. Het is zoals het is.",
      ],
      notYet: ["Nou, ik weet niet wat er te veranderen valt, hoor.", "Daar heb ik niet zo'n idee bij."],
      changeTalk: [
        "Als ik eerlijk ben, zou ik wel weer met Mark op die steiger willen staan.",
        "Misschien als ik wat meer zou lopen, met Bram. Een stukje verder dan de brug. Dan wordt het misschien weer wat.",
      ],
      goal: "Goed dan. Ik wil voor de zomer weer met Mark gaan vissen. Dan moet ik dat stuk naar de steiger halen. Ik ga elke dag met Bram een stukje verder lopen dan de brug.",
      afterGoal: [
        "Mark kan de spullen wel dragen. Dat vraag ik hem gewoon.",
        "Ria gaat vast mee op die wandeling, die vindt dat ik te veel thuis zit.",
        "Als ik het haal, bel ik Mark. Dan gaan we in juni.",
      ],
      acceptInfo: ["Hm. Dat had niemand me zo uitgelegd.", "Oké, dat is duidelijk. Dat onthoud ik."],
      adviceRequest: ["Kunt u me niet gewoon een sterker pufje geven?"],
      goodbye: "Goed. Dan ga ik maar eens lopen met die hond. Bedankt, hè.",
    },
    samira: {
      name: "Samira",
      label: "Samira (41), aanhoudende klachten zonder duidelijke oorzaak",
      card: [
        "Samira is 41. Ze heeft al anderhalf jaar pijn in haar spieren en gewrichten en is vaak uitgeput. Bloedonderzoek en een fysiotherapietraject leverden geen verklaring op.",
        "Ze werkt als onderwijsassistent en heeft twee tieners. Ze komt opnieuw bij de huisarts, omdat de klachten niet minder worden.",
      ],
      reveal:
        "Wat je vooraf niet wist: Samira kan moeilijk aanvaarden dat er geen duidelijke oorzaak is, maar is ervan overtuigd dat ze zelf iets kan doen zodra ze weet wat het is (weinig acceptatie, veel ervaren regie). Wat haar drijft: serieus genomen worden en zich weer zichzelf voelen, op haar werk en bij het dansen. Ze twijfelde of verandering zin had.",
      open: [
        "Slecht, eerlijk gezegd. Ik heb overal pijn en ik ben doodmoe. En niemand kan me vertellen wat het is.",
        "Ik ben van vier naar twee dagen werken gegaan. Ik ben onderwijsassistent, ik werk graag met kinderen. Nu haal ik het niet meer.",
        "Thuis doe ik alleen nog het hoognodige. Mijn dochters helpen wel, maar dat voelt niet goed.",
        "Vroeger ging ik elke dinsdagavond naar zumba, met een vriendin. Daar ben ik mee gestopt. Ik was bang dat het erger zou worden.",
      ],
      deepen: [
        "Ja. Dat is het precies. Je voelt je niet serieus genomen als niemand iets vindt.",
        "Ja... Soms denk ik zelf ook dat ik me aanstel. En dat is misschien nog het ergste.",
        "Klopt. Ik mis mezelf een beetje, de Samira die overal zin in had.",
      ],
      value:
        "Wat ik het liefste wil? Me weer mezelf voelen. Lachen met de kinderen op school, dansen op dinsdag. Niet de hele dag met mijn lijf bezig zijn.",
      valueMore: [
        "Op school kwamen de kinderen altijd naar mij toe als er iets was. Dat mis ik.",
        "Bij het dansen dacht ik nergens aan. Dat was mijn uurtje.",
        "Mijn vriendin vraagt nog steeds of ik terugkom bij zumba.",
      ],
      closed: ["Ja.", "Nee, niet echt.", "Soms. Het wisselt."],
      about: {
        complaint: [
          "Pijn in mijn schouders en benen, en ik ben altijd uitgeput. 's Ochtends is het het ergst.",
          "Het is al anderhalf jaar zo. Bloedonderzoek, fysio: niks heeft een verklaring opgeleverd.",
        ],
        smoking: ["Nee, ik rook niet. Nooit gedaan."],
        alcohol: ["Nee, ik drink geen alcohol."],
        medication: ["Paracetamol als het echt niet gaat. Veel helpt het niet."],
        sleep: [
          "Ik slaap wel, maar ik word niet uitgerust wakker.",
          "En 's nachts lig ik soms te malen: wat als het toch iets ergs is?",
        ],
        eating: ["Ik eet gezond, denk ik. Ik kook elke dag voor de meiden."],
        moving: [
          "Ik doe weinig. Ik ben bang dat het erger wordt als ik te veel doe.",
          "Vroeger ging ik op dinsdag naar zumba, met een vriendin. Dat mis ik.",
        ],
        work: [
          "Ik ben onderwijsassistent. Ik ben van vier naar twee dagen gegaan.",
          "De kinderen vragen waar ik ben. Dan schaam ik me, eerlijk gezegd.",
        ],
        family: [
          "Twee dochters, vijftien en zeventien. Ze helpen thuis, meer dan ze zouden moeten.",
          "Mijn man zegt dat ik het rustiger aan moet doen. Alsof ik dat niet al doe.",
        ],
        daily: ["Ik doe het hoognodige. Werken, koken, en dan lig ik op de bank."],
        feelings: [
          "Ik voel me niet serieus genomen. Iedereen zegt dat er niks is.",
          "Soms denk ik zelf dat ik me aanstel. Dat is misschien nog het ergste.",
        ],
        past: ["Vroeger had ik overal zin in. Werken, dansen, vriendinnen. Ik herken mezelf niet meer."],
        future: ["Ik wil eerst weten wat ik heb. Daarna kan ik pas vooruitkijken."],
        values: ["Belangrijk? Dat ik serieus genomen word. Dat vooral."],
        ideas: ["Ik denk dat er iets is wat ze nog niet gevonden hebben. Iets met mijn spieren, misschien."],
        attempts: ["Ik heb van alles geprobeerd: fysio, rust, een ander matras. Niks helpt echt."],
        person: ["Samira, 41. Moeder van twee meiden, onderwijsassistent. Vroeger de vrolijke van de groep."],
      },
      denies: ["Nee, dat heb ik niet. Het is de pijn en die moeheid.", "Nee, dat niet."],
      unknown: [
        "Ik snap niet helemaal wat u bedoelt.",
        "Daar heb ik nooit zo bij stilgestaan.",
        "Sorry, waar wilt u naartoe met die vraag?",
        "Eh, geen idee. Daar ben ik nu echt niet mee bezig.",
      ],
      guarded: ["Daar wil ik nu liever niet op ingaan.", "Dat is moeilijk te zeggen."],
      hurt: [
        "Ziet u, dat bedoel ik nou. Niemand neemt me serieus.",
        "Dat vind ik echt kwetsend. Ik verzin dit niet.",
      ],
      intrusive: [
        "Waarom vraagt u dat? Ik snap niet wat dat met mijn klachten te maken heeft.",
        "Daar geef ik liever geen antwoord op.",
      ],
      suicide: [
        "Nee. Ik ben moe en boos, maar ik wil leven. Ik wil juist dat het beter wordt, voor mij en de meiden.",
      ],
      scale: ["Een {n}. Het hangt er ook van af wat ik heb.", "Ik zou zeggen: een {n}."],
      other: ["Hm.", "Ja. Nou ja."],
      yesBut: [
        "Ja maar, hoe kan ik iets doen als ik niet eens weet wat ik heb?",
        "Dat heeft de fysiotherapeut ook gezegd. Ik heb het gedaan, het hielp niet.",
        "Ja, maar u zegt dus eigenlijk dat het tussen mijn oren zit?",
      ],
      unready: [
        "Veranderen? Ik wil eerst weten wat ik heb. Dan kan ik er iets aan doen.",
        "Ik weet niet wat ik zou moeten veranderen zolang niemand weet wat het is.",
      ],
      notYet: [
        "Goed, maar ik weet niet goed wat ik dan zou willen.",
        "Ik zou niet weten waar ik moet beginnen.",
      ],
      changeTalk: [
        "Ik zou eigenlijk wel weer iets willen doen waar ik blij van word. Ook als de pijn er nog is.",
        "Misschien kan ik bij zumba achterin meedoen, een halfuurtje. Als het niet gaat, stop ik gewoon.",
      ],
      goal: "Ik ga mijn vriendin appen dat ik dinsdag weer meega naar zumba. Een halfuur, achterin, en dan kijk ik hoe het gaat. Dat wil ik zelf.",
      afterGoal: [
        "Mijn vriendin gaat dit leuk vinden. Die haalt me vast op.",
        "En als het goed gaat, vraag ik op school of ik er een ochtend bij mag doen.",
        "Ik ga bijhouden hoe ik me voel na het dansen. Dan weet ik het zelf.",
      ],
      acceptInfo: [
        "Oké. Dus dat het geen duidelijke oorzaak heeft, betekent niet dat het niet echt is. Dat is fijn om te horen.",
        "Dat is helder. Dat helpt me wel.",
      ],
      adviceRequest: [
        "Kunt u me niet gewoon doorsturen naar een specialist? Ik wil weten wat het is.",
        "Moet er niet gewoon een scan gemaakt worden?",
      ],
      goodbye: "Dank u wel. Ik ga mijn vriendin appen. Fijn dat u naar me luisterde.",
    },
    gerda: {
      name: "Gerda",
      label: "Gerda (78), eenzaam na het overlijden van haar man",
      card: [
        "Gerda is 78. Haar man Jan is negen maanden geleden overleden. Ze komt bij de huisarts omdat ze slecht slaapt.",
        "Ze woont nog in hun huis, haar zoon woont ver weg. Lichamelijk is ze redelijk gezond.",
      ],
      reveal:
        "Wat je vooraf niet wist: Gerda aanvaardt dat Jan er niet meer is en redt zich praktisch goed (veel acceptatie, veel ervaren regie). Wat haar ontbreekt: iemand om voor te zorgen en samen te zingen. Wat haar drijft: ertoe doen voor anderen. Ze stond best open voor iets nieuws.",
      open: [
        "Het gaat wel, dokter. Ik slaap alleen zo slecht. Ik lig om drie uur nog wakker.",
        "Overdag red ik me wel. Boodschappen, de was, de tuin. Maar de avonden zijn lang.",
        "Jan en ik deden alles samen. Koken, de krant lezen, op dinsdag naar het koor. Nu kook ik voor mezelf alleen, en dat is niks.",
        "Mijn zoon belt op zondag. Hij woont in Groningen, dat is ver. Ik wil hem niet tot last zijn.",
      ],
      deepen: [
        "Ja, dat is zo. Het is zo stil in huis.",
        "Ja... Ik mis het om voor iemand te zorgen. Dat deed ik mijn hele leven.",
        "Precies. Ik voel me niet meer nodig. Zo, nu zeg ik het.",
      ],
      value:
        "Wat voor mij belangrijk is? Ertoe doen. Voor iemand koken, samen zingen in het koor. Jan en ik zongen daar dertig jaar. Daar hoorde ik bij.",
      valueMore: [
        "In het koor zongen we altijd met Kerst in de kerk. Dan zat de kerk vol.",
        "Mijn buurvrouw is ook alleen. Die groet ik wel, maar verder niks.",
        "Koken voor één is geen koken. Koken doe je voor anderen.",
      ],
      closed: ["Ja, dat klopt.", "Nee, dat niet.", "Soms, dokter."],
      about: {
        complaint: [
          "Ik slaap zo slecht, dokter. Om drie uur lig ik nog wakker.",
          "Verder mankeer ik niks. Mijn knie een beetje, als het regent.",
        ],
        smoking: ["Roken? Nee, dokter. Jan rookte pijp, ik nooit."],
        alcohol: ["Een glaasje wijn 's avonds. Eentje maar, hoor. Om in slaap te komen."],
        medication: ["Alleen een pilletje voor de bloeddruk. Verder slik ik niks, dokter."],
        sleep: [
          "Ik ga om tien uur naar bed, maar om drie uur lig ik wakker. Dan is het zo stil.",
          "Jan snurkte altijd. Veertig jaar heb ik me eraan geërgerd, en nu mis ik het.",
        ],
        eating: [
          "Ik eet wel, dokter. Een boterham, een eitje.",
          "Koken voor één, dat is geen koken. Ik kookte altijd voor Jan.",
        ],
        moving: ["Ik werk in de tuin en ik loop naar de winkel. Dat gaat nog goed."],
        family: [
          "Mijn zoon woont in Groningen. Hij belt op zondag.",
          "Ik wil hem niet tot last zijn. Hij heeft het druk genoeg.",
        ],
        daily: [
          "Overdag red ik me wel. Boodschappen, de was, de tuin.",
          "'s Avonds staat de televisie aan, voor de geluiden. Kijken doe ik niet echt.",
        ],
        feelings: [
          "Het is zo stil in huis, dokter.",
          "Ik voel me niet meer nodig. Zo, nu heb ik het gezegd.",
        ],
        past: [
          "Jan en ik deden alles samen. Koken, de krant, op dinsdag naar het koor.",
          "Dertig jaar hebben we in dat koor gezongen. Na de begrafenis ben ik niet meer gegaan.",
        ],
        future: [
          "Ik ben 78, dokter. Ik kijk niet zo ver meer vooruit. Al wil ik ook niet alleen maar zitten wachten.",
        ],
        values: ["Wat de moeite waard is? Tja. Vroeger wist ik dat wel. Nu... de tuin, misschien."],
        ideas: ["Ik denk dat het de stilte is. Maar een tabletje zou toch helpen, dacht ik."],
        attempts: [
          "Warme melk, de radio zachtjes aan. Eén nacht helpt het, de volgende lig ik weer te woelen.",
        ],
        person: [
          "Gerda, 78. Weduwe, sinds negen maanden. Een zoon, een tuin, en de kat van de buren die langskomt.",
        ],
      },
      denies: ["Nee hoor, dokter. Dat heb ik niet.", "Nee. Alleen dat slapen, verder gaat het wel."],
      unknown: [
        "Hoe bedoelt u, dokter?",
        "Daar heb ik nooit zo over nagedacht.",
        "Tja, dat weet ik eigenlijk niet. Daar had Jan altijd meer verstand van.",
        "Nou, daar vraagt u me wat, dokter. Ik zou het niet weten.",
      ],
      guarded: ["Ach, dokter.", "Dat weet ik eigenlijk niet."],
      hurt: ["Dat had ik niet van u verwacht, dokter.", "Zo. Daar moet ik even van bijkomen."],
      intrusive: [
        "Nou, dat is een vraag, dokter. Dat vraagt zelfs mijn zoon niet.",
        "Daar praat ik niet zo makkelijk over.",
      ],
      suicide: ["Nee, dokter. Ik mis Jan, maar ik wil er nog wel zijn. Voor mijn zoon, en voor de tuin."],
      scale: ["Een {n}, dokter. Zoiets.", "Laat ik zeggen: een {n}."],
      other: ["Ja, ja.", "Tja, zo is het."],
      yesBut: [
        "Ja, maar ik ben geen type voor zo'n clubje. Ik red me wel.",
        "Dat is lief bedoeld, dokter, maar daar ben ik te oud voor.",
        "Ja maar, zonder Jan is dat toch niet hetzelfde.",
      ],
      unready: [
        "Veranderen? Ik ben 78, dokter. Het is wat het is.",
        "Ik weet niet of ik daar nu al aan toe ben. Het is nog maar negen maanden.",
      ],
      notYet: ["Goed, maar ik weet niet zo goed wat ik zou willen.", "Dat weet ik eigenlijk niet."],
      changeTalk: [
        "Ik zou wel weer willen zingen. Misschien. Al weet ik niet of ik het aankan zonder Jan.",
        "En misschien kan ik mijn buurvrouw eens uitnodigen. Die is ook alleen.",
      ],
      goal: "Ik ga de dirigent bellen en vragen of ik weer mag komen zingen, eerst alleen op de repetitie. En zondag nodig ik mijn buurvrouw uit om mee te eten.",
      afterGoal: [
        "Ik weet nog waar het nummer van de dirigent ligt. In het boekje van Jan.",
        "Ik maak erwtensoep, dat at Jan ook altijd graag.",
        "Als ik het eng vind, vraag ik of de buurvrouw de eerste keer meegaat.",
      ],
      acceptInfo: ["Zo. Dat wist ik niet, dokter.", "Dat is goed om te weten. Dank u."],
      adviceRequest: ["Kunt u me niet iets geven om te slapen? Een tabletje?"],
      goodbye: "Dank u wel, dokter. Ik ga straks meteen de dirigent bellen.",
    },
  },
};
