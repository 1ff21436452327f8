// Tests for the red-flag screener: the labelled sets, each category, figures of speech, negation,
// spelling, and a held-out block of phrasings written after the rules were tuned.
import { describe, expect, it } from "vitest";
import { labelledEn } from "./labelled.en.ts";
import { labelledNl } from "./labelled.nl.ts";
import type { LabelledItem } from "./labelled.ts";
import { normalize, withinOneEdit, withoutFillers } from "./normalize.ts";
import { RULES } from "./rules.ts";
import { type ScreenLevel, screen } from "./screen.ts";
import { buildTriggerIndex, triggeredRules } from "./triggers.ts";

/** Crisis and acute both stop coaching; a positive only "counts" when it reaches its class. */
function reachesClass(expected: ScreenLevel, got: ScreenLevel): boolean {
  if (expected === "crisis" || expected === "acute") return got === "crisis" || got === "acute";
  if (expected === "check") return got !== "none";
  return got === "none";
}

function score(items: LabelledItem[], lang: "nl" | "en") {
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  const wrongCategory: string[] = [];
  let positives = 0;
  let negatives = 0;
  for (const item of items) {
    const result = screen(item.text, lang);
    if (item.level === "none") {
      negatives++;
      if (result.level !== "none")
        falseAlarms.push(`${item.text} -> ${result.level} ${result.cues.join(",")}`);
      continue;
    }
    positives++;
    if (!reachesClass(item.level, result.level)) missed.push(`${item.text} -> ${result.level}`);
    else if (result.level === item.level && result.category !== item.category) {
      wrongCategory.push(`${item.text} -> ${result.category}`);
    }
  }
  return { positives, negatives, missed, falseAlarms, wrongCategory };
}

const level = (text: string): ScreenLevel => screen(text, "nl").level;
const category = (text: string) => screen(text, "nl").category;

describe("labelled sets", () => {
  it("are big enough and cover every level and category", () => {
    expect(labelledNl.length).toBeGreaterThanOrEqual(180);
    expect(labelledEn.length).toBeGreaterThanOrEqual(80);
    for (const set of [labelledNl, labelledEn]) {
      const labels = new Set(set.map((i) => `${i.level}/${i.category}`));
      for (const label of [
        "crisis/suicide",
        "crisis/self_harm",
        "crisis/violence",
        "acute/acute_medical",
        "check/despair",
        "none/null",
      ]) {
        expect(labels).toContain(label);
      }
    }
  });

  for (const [name, set, lang] of [
    ["Dutch", labelledNl, "nl"],
    ["English", labelledEn, "en"],
  ] as const) {
    it(`${name}: every positive reaches its level class (recall 100%)`, () => {
      const { missed, positives } = score(set, lang);
      expect(positives).toBeGreaterThan(0);
      expect(missed).toEqual([]);
    });

    it(`${name}: at most 5% false alarms on ordinary answers and figures of speech`, () => {
      const { falseAlarms, negatives } = score(set, lang);
      expect(negatives).toBeGreaterThan(0);
      expect(falseAlarms.length / negatives).toBeLessThanOrEqual(0.05);
    });

    it(`${name}: names the expected category when the level matches`, () => {
      expect(score(set, lang).wrongCategory).toEqual([]);
    });
  }

  it("gives the same answer whatever lang says, since both rule sets always run", () => {
    for (const item of [...labelledNl, ...labelledEn]) {
      expect(screen(item.text, "en")).toEqual(screen(item.text, "nl"));
    }
  });
});

describe("suicide", () => {
  it.each([
    "Ik wil dood.",
    "ik wil er niet meer zijn",
    "Ik wil niet meer leven.",
    "Ik wil mezelf van kant maken.",
    "ik wil er een eind aan maken",
    "Ik heb zelfmoordgedachten.",
    "Ik spaar mijn pillen op.",
    "Ik ga van het dak springen.",
    "Ik denk erover om voor de trein te springen.",
    "Ik ben bang dat ik mezelf iets aandoe.",
    "Ik heb een afscheidsbrief geschreven.",
    "I want to die.",
    "I don't want to live anymore.",
    "I'm going to kill myself.",
    "I have been saving up my sleeping pills.",
  ])("crisis: %s", (text) => {
    expect(screen(text, "nl")).toMatchObject({ level: "crisis", category: "suicide" });
  });

  it("still flags a third person in danger", () => {
    expect(level("Mijn zoon wil zelfmoord plegen.")).toBe("crisis");
    expect(level("My daughter says she wants to die.")).toBe("crisis");
    expect(level("Mijn man zegt dat hij zichzelf iets gaat aandoen.")).toBe("crisis");
  });

  it("asks (check) about a suicide mentioned as long ago, and does not ignore it", () => {
    expect(level("Vroeger had ik zelfmoordgedachten, nu gaat het goed.")).toBe("check");
    expect(level("Vroeger had ik zelfmoordgedachten en nu komen ze weer terug.")).toBe("crisis");
  });

  it("asks about grief after a suicide rather than treating it as a crisis", () => {
    expect(level("Mijn broer heeft vorig jaar zelfmoord gepleegd.")).toBe("check");
    expect(level("My brother died by suicide.")).toBe("check");
  });

  it("treats a passive wish to be dead as a crisis", () => {
    expect(level("Als ik morgen niet wakker word, is dat prima voor mij.")).toBe("crisis");
    expect(level("I wouldn't mind if I didn't wake up tomorrow.")).toBe("crisis");
  });
});

describe("negation", () => {
  it("never silences a method or plan", () => {
    expect(level("Ik ga mezelf niet ophangen maar ik heb het touw al klaarliggen.")).toBe("crisis");
    expect(level("Ik heb geen zelfmoordgedachten, maar ik heb wel een strip pillen verstopt.")).toBe(
      "crisis",
    );
    expect(level("I'm not going to kill myself but I bought a rope.")).toBe("crisis");
  });

  it("keeps a denied plain mention at check: it is still worth a question", () => {
    expect(level("Ik heb geen zelfmoordgedachten.")).toBe("check");
    expect(level("I'm not suicidal.")).toBe("check");
    expect(level("Ik ben niet suïcidaal hoor, gewoon moe.")).toBe("check");
  });

  it("reads a negation that belongs to the signal as part of it", () => {
    expect(level("I don't want to live anymore.")).toBe("crisis");
    expect(level("Ik wil niet meer wakker worden.")).toBe("crisis");
  });

  it("lets a method in the same sentence override a denial", () => {
    expect(screen("Ik heb geen zelfmoordplannen, de brug is toch te laag.", "nl").cues).toContain(
      "suicide.term:plan",
    );
  });

  it("does not count 'weet niet' or 'can't stop' as a denial", () => {
    expect(level("Ik weet niet of ik zelfmoord zou plegen.")).toBe("crisis");
    expect(level("Ik kan niet stoppen met denken aan zelfmoord.")).toBe("crisis");
  });
});

describe("self-harm", () => {
  it.each([
    "Ik snij mezelf als het te veel wordt.",
    "Ik ben weer aan het krassen.",
    "Ik kras in mijn armen.",
    "zelfbeschadiging",
    "I cut myself when I'm stressed.",
    "I've started cutting again.",
    "I've been burning my arms with cigarettes.",
  ])("crisis: %s", (text) => {
    expect(screen(text, "nl")).toMatchObject({ level: "crisis", category: "self_harm" });
  });

  it("does not treat an accident as self-harm", () => {
    expect(level("Ik heb me gesneden aan een blikje.")).toBe("none");
    expect(level("I cut myself while cooking.")).toBe("none");
    expect(level("I hurt myself playing football.")).toBe("none");
  });

  it("does not let an accident word excuse an act done on purpose", () => {
    expect(level("Ik heb me expres gesneden in de keuken.")).toBe("crisis");
  });
});

describe("violence and danger at home", () => {
  it.each([
    "Mijn man slaat me.",
    "Mijn lief slaat mij.",
    "Ik ben niet veilig thuis.",
    "Hij dreigt me.",
    "Ik ben doodsbang dat hij me slaat.",
    "Ik krijg slaag van mijn vent.",
    "Ik word thuis mishandeld.",
    "Ik heb mijn kind geslagen.",
    "My husband hits me.",
    "I don't feel safe at home.",
    "He threatened to kill me.",
  ])("crisis: %s", (text) => {
    expect(screen(text, "nl")).toMatchObject({ level: "crisis", category: "violence" });
  });

  it("tells violence against the person apart from self-harm", () => {
    expect(category("Ze dreigt me iets aan te doen als ik de kinderen meeneem.")).toBe("violence");
    expect(category("Ik wil me iets aandoen.")).toBe("suicide");
  });

  it("does not fire on ordinary uses of 'slaan' and fiction", () => {
    for (const text of [
      "De klok slaat twaalf.",
      "Dat slaat nergens op.",
      "Mijn zoon slaat de bal heel hard.",
      "Mijn man slaat nooit een training over.",
      "I watched a film about domestic violence.",
      "It hit me that I need to change.",
    ]) {
      expect(level(text), text).toBe("none");
    }
  });
});

describe("acute medical", () => {
  it.each([
    "Ik heb pijn op de borst.",
    "Ik voel druk op mijn borst.",
    "Ik krijg geen lucht.",
    "Mijn moeder heeft ineens een scheef gezicht.",
    "Mijn arm is verlamd.",
    "Het bloedt hevig en het stopt niet.",
    "Hij is bewusteloos.",
    "Ik ging buiten westen.",
    "Mijn kindje is slap en drinkt niet.",
    "Mijn dochter heeft koorts en vlekjes die niet wegdrukken.",
    "I have chest pain.",
    "I can't breathe.",
    "Her face is drooping and her speech is slurred.",
    "My baby is floppy and not feeding.",
  ])("acute: %s", (text) => {
    expect(screen(text, "nl")).toMatchObject({ level: "acute", category: "acute_medical" });
  });

  it("sends an accidental overdose to the acute text and an unexplained one to crisis", () => {
    expect(screen("Ik heb per ongeluk te veel pillen ingenomen.", "nl")).toMatchObject({
      level: "acute",
      category: "acute_medical",
    });
    expect(screen("Ik heb net een overdosis genomen.", "nl")).toMatchObject({
      level: "crisis",
      category: "suicide",
    });
  });

  it("leaves a familiar, effort-bound complaint to the GP", () => {
    expect(level("Ik heb COPD en ben snel benauwd bij het traplopen.")).toBe("none");
    expect(level("I get out of breath easily when I climb stairs.")).toBe("none");
    expect(level("Ik val soms flauw als ik bloed zie.")).toBe("none");
  });

  it("flags a familiar complaint that has become worse now", () => {
    expect(level("Ik heb astma maar ben nu heel benauwd.")).toBe("acute");
  });

  it("does not flag an event from years ago", () => {
    expect(level("Ik heb in 2019 een hartinfarct gehad.")).toBe("none");
    expect(level("Sinds mijn beroerte kan ik niet meer autorijden.")).toBe("none");
  });

  it("never lets 'asthma' or 'a cold' silence chest pain", () => {
    expect(level("I get chest pain when I have a cold.")).toBe("acute");
  });
});

describe("despair (check)", () => {
  it.each([
    "Ik zie het niet meer zitten.",
    "k zie het nie meer zitten",
    "Ik kan niet meer.",
    "Het hoeft voor mij niet meer.",
    "Ik ben het zat allemaal.",
    "Ik ben het allemaal beu.",
    "Iedereen is beter af zonder mij.",
    "I can't go on like this.",
    "I feel hopeless.",
  ])("check: %s", (text) => {
    expect(screen(text, "nl")).toMatchObject({ level: "check", category: "despair" });
  });

  it("does not fire on everyday 'niet meer' and 'niet zitten'", () => {
    for (const text of [
      "Ik kan niet meer zo goed lopen als vroeger.",
      "Ik zie het niet zitten om te gaan sporten.",
      "Ik wil niet meer zo veel werken.",
      "Ik heb geen zin meer in mijn werk.",
      "Ik wil niet meer wakker liggen van mijn zorgen.",
    ]) {
      expect(level(text), text).toBe("none");
    }
  });
});

describe("figures of speech", () => {
  const groups: Record<string, string[]> = {
    "death as emphasis": [
      "Ik ben doodmoe.",
      "Ik lach me dood.",
      "Ik schrok me dood.",
      "Ik verveel me dood.",
      "Die vergadering was dodelijk saai.",
      "Ik ben doodsbang voor spinnen.",
      "Ik sterf van de honger.",
      "Ik ga dood van de zenuwen.",
      "I'm dead tired.",
      "I nearly died laughing.",
      "I was bored to death.",
      "This cake is to die for.",
      "I'm dying to see you.",
    ],
    "killing as emphasis": [
      "Dat was een moordklus.",
      "Het eten was moordgoed.",
      "That killed me, so funny.",
      "I'd kill for a coffee.",
      "My feet are killing me.",
      "We were just killing time.",
      // The subject is the job, not the person, and no wish is said: stress talk, for the GP in the normal way.
      "This job is killing me.",
    ],
    "breath and heart": [
      "Het uitzicht was adembenemend.",
      "The view was breathtaking.",
      "Mijn hart sloeg over van blijdschap.",
      // Grief named as the cause: emotional pain, not chest pain.
      "Ik heb pijn in mijn hart van verdriet.",
      "My heart skipped a beat when I saw her.",
    ],
    "work and effort": ["Ik heb me kapot gewerkt.", "Ik verdrink in het werk.", "I'm drowning in paperwork."],
  };
  for (const [group, texts] of Object.entries(groups)) {
    it(`stays none: ${group}`, () => {
      for (const text of texts) expect(level(text), text).toBe("none");
    });
  }

  it("asks rather than alarms on a death wish said as a joke or out of shame", () => {
    expect(screen("Liever dood dan naar die verjaardag, haha", "nl").level).toBe("check");
    expect(screen("I was so embarrassed I wanted to die.", "en").level).toBe("check");
  });

  it("still flags fear when it is about a person at home", () => {
    expect(level("Ik ben doodsbang dat hij me slaat.")).toBe("crisis");
  });
});

describe("spelling and form", () => {
  it.each([
    "zelf moord",
    "zelfmoort",
    "zelfmoordd",
    "zlefmoord",
    "ZELFMOORD!!!",
    "suicde",
    "suecide",
    "sucide",
    "kill my self",
    "killmyself",
    "Ik   wil\n\tDOOOOD",
    "ik wil niemeer leven",
    "'k wil nie meer leven",
  ])("crisis: %s", (text) => {
    expect(level(text)).toBe("crisis");
  });

  it("normalizes accents, case, punctuation and shorthand", () => {
    expect(normalize("Ik  ben SUÏCIDAAL!!")).toBe("ik ben suicidaal");
    expect(normalize("m'n man, 'k weet 't niet.")).toBe("mijn man , ik weet het niet");
    expect(normalize("I can't; I'm done")).toBe("i can not . i am done");
    expect(normalize("heeeeel")).toBe("heel");
    expect(normalize("I'm scared what he'll do")).toBe("i am scared what he will do");
    expect(normalize("mijne vent")).toBe("mijn vent");
  });

  it("repairs only words within one edit of a key stem", () => {
    expect(withinOneEdit("zelfmoord", "zlefmoord")).toBe(true);
    expect(withinOneEdit("suicid", "suecid")).toBe(true);
    expect(withinOneEdit("verkracht", "verwacht")).toBe(false);
    expect(normalize("jezelf zijn")).toBe("jezelf zijn");
    expect(normalize("hij slaat me zelfs")).toBe("hij slaat me zelfs");
    expect(normalize("I hurt my self esteem")).toBe("i hurt my self esteem");
  });

  it("also matches with filler words inside a construction", () => {
    expect(withoutFillers("ik wil er gewoon echt een einde aan maken")).toBe("ik wil er een einde aan maken");
    expect(level("Ik ben zo moe van alles, ik wil er gewoon een einde aan maken.")).toBe("crisis");
  });

  it("handles empty and whitespace-only input", () => {
    expect(screen("", "nl")).toEqual({ level: "none", category: null, cues: [] });
    expect(screen("  \n ", "en")).toEqual({ level: "none", category: null, cues: [] });
  });
});

describe("result shape", () => {
  it("uses short labels as cues, never any of the text", () => {
    for (const item of [...labelledNl, ...labelledEn]) {
      const result = screen(item.text, "nl");
      for (const cue of result.cues) expect(cue).toMatch(/^[a-z_]+\.[a-z_]+(?::[a-z_]+)?$/);
      if (result.level === "none") expect(result.cues).toEqual([]);
      else expect(result.cues.length).toBeGreaterThan(0);
      expect(result.category === null).toBe(result.level === "none");
    }
  });

  it("is deterministic: the global regexes carry no state from one call to the next", () => {
    const first = labelledNl.map((i) => screen(i.text, "nl"));
    const second = labelledNl.map((i) => screen(i.text, "nl"));
    expect(second).toEqual(first);
  });

  it("ranks crisis above acute, since the crisis text also sends people to 112", () => {
    expect(screen("Ik wil dood en ik heb pijn op de borst.", "nl")).toMatchObject({
      level: "crisis",
      category: "suicide",
    });
  });

  it("has word keys that cover every match: a rule is never skipped when its regex would match", () => {
    const index = buildTriggerIndex(RULES.map((r) => r.keys));
    const texts = [...labelledNl, ...labelledEn, ...HELD_OUT].map((i) => i.text);
    const untriggered: string[] = [];
    for (const text of texts) {
      const s = normalize(text);
      const hit = triggeredRules(index, s);
      RULES.forEach((rule, r) => {
        rule.re.lastIndex = 0;
        if (rule.re.test(s) && hit[r] === 0) untriggered.push(`${rule.cue}: ${text}`);
        rule.re.lastIndex = 0;
      });
    }
    expect(untriggered).toEqual([]);
  });
});

/**
 * Written after the rules were tuned (after five earlier rounds whose phrasings now sit in the labelled
 * sets). Measured untouched: 20 of 22 positives reached their level class, 2 of 2 checks, 1 false alarm in
 * 14. The two misses showed general gaps (self-harm with an instrument; a goodbye letter next to the means)
 * that were then fixed as rules, not as sentences. "Embarrassed, I wanted to die" stays a check by design.
 */
const HELD_OUT: LabelledItem[] = [
  [
    "crisis",
    "suicide",
    "Ik heb een brief geschreven voor mijn kinderen voor als ik er niet meer ben, en ik heb de pillen al.",
  ],
  ["crisis", "suicide", "Vannacht stond ik op het balkon en wilde ik springen."],
  ["crisis", "suicide", "Ik wil niet meer wakker worden, elke ochtend is een hel."],
  [
    "crisis",
    "suicide",
    "Ik denk vaak: was ik maar nooit geboren, dan had niemand last van me. Ik wil er niet meer zijn.",
  ],
  ["crisis", "suicide", "Mijn dochter heeft gisteren een overdosis genomen."],
  ["crisis", "self_harm", "Ik heb mezelf gisteren weer gesneden, dieper dan anders."],
  ["crisis", "violence", "Mijn man wurgt me soms tijdens ruzies."],
  ["crisis", "violence", "Thuis is het niet veilig, mijn vader is vaak dronken en agressief."],
  ["crisis", "suicide", "I keep thinking about killing myself."],
  ["crisis", "suicide", "I don't want to be alive anymore."],
  ["crisis", "violence", "My partner beats me and I'm afraid to leave."],
  ["crisis", "self_harm", "I've been burning my arms with cigarettes."],
  ["acute", "acute_medical", "Mijn man heeft ineens een scheve mond en kan zijn arm niet bewegen."],
  ["acute", "acute_medical", "Ik heb ontzettend veel pijn op mijn borst en het straalt uit naar mijn rug."],
  ["acute", "acute_medical", "Mijn baby is erg slap en wil niet drinken."],
  ["acute", "acute_medical", "Mijn moeder is flauwgevallen en komt niet meer bij."],
  ["acute", "acute_medical", "I can't breathe properly and my throat is closing up."],
  ["acute", "acute_medical", "My dad collapsed and isn't breathing."],
  ["acute", "acute_medical", "My daughter has a high fever and a stiff neck."],
  ["acute", "acute_medical", "I'm bleeding a lot and it won't stop."],
  ["check", "despair", "Ik zie het echt niet meer zitten met alles."],
  ["check", "despair", "I can't cope anymore."],
  ["none", null, "Ik wil meer tijd met mijn kleinkinderen doorbrengen."],
  ["none", null, "Mijn rug doet pijn als ik lang zit."],
  ["none", null, "Ik heb een afspraak bij de fysio voor mijn schouder."],
  ["none", null, "We zijn gisteren naar de dierentuin geweest."],
  ["none", null, "Ik probeer elke dag tien minuten te mediteren."],
  ["none", null, "Mijn moeder is twee jaar geleden overleden aan kanker."],
  ["none", null, "Ik sterf van de dorst na het sporten."],
  ["none", null, "Dat examen was echt killing."],
  ["none", null, "I'm trying to cut down on sugar."],
  ["none", null, "I was so embarrassed I wanted to die."],
  ["none", null, "My kids drive me crazy sometimes."],
  ["none", null, "I want to lose ten kilos this year."],
  ["none", null, "The pain in my knee is killing me."],
  ["none", null, "I feel a bit breathless when I run for the bus."],
].map(([lvl, cat, text]) => ({
  level: lvl as ScreenLevel,
  category: cat as LabelledItem["category"],
  text: text as string,
}));

describe("held-out phrasings", () => {
  it("has about thirty items", () => {
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(30);
  });

  it("reaches the level class for every positive", () => {
    expect(score(HELD_OUT, "nl").missed).toEqual([]);
  });

  it("raises at most one false alarm (a check, not a crisis)", () => {
    const { falseAlarms } = score(HELD_OUT, "nl");
    expect(falseAlarms.length).toBeLessThanOrEqual(1);
    for (const alarm of falseAlarms) expect(alarm).toContain("-> check");
  });
});

describe("general mechanisms added with the rounds", () => {
  it("reads a denial in its own clause only", () => {
    expect(level("ik zie het nie meer zitten en ik denk eraan om me van kant te maken")).toBe("crisis");
    expect(level("Ik wil dood maar niet vandaag.")).toBe("crisis");
    expect(level("Ik heb geen zelfmoordgedachten.")).toBe("check");
  });

  it("reads the past in its own clause: 'vroeger ..., maar nu' is now", () => {
    expect(level("vroeger mijn gezin maar nu denk ik alleen nog aan hoe ik er een eind aan kan maken")).toBe(
      "crisis",
    );
    expect(level("Vroeger had ik zelfmoordgedachten, nu gaat het goed.")).toBe("check");
  });

  it("does not take a person for a denial ('without her', 'als ik nee zeg')", () => {
    expect(level("life isn't worth living without her")).toBe("crisis");
    expect(level("mijn kleinzoon pakt mijn geld af en slaat me als ik nee zeg")).toBe("crisis");
  });

  it("never lowers an act or a method for shame, only a wish", () => {
    expect(level("ik heb weer in mijn armen zitten snijden en nu schaam ik me")).toBe("crisis");
    expect(level("I was so embarrassed I wanted to die.")).toBe("check");
  });

  it("keeps a threat by someone else apart from suicide", () => {
    for (const text of [
      "mijn man dreigt me iets aan te doen",
      "mijn vriend zegt dat hij me doodmaakt als ik bij hem weg ga",
      "he threatens me",
      "my husband threatens to hurt me",
      "he forced me to have sex",
      "my son is being hit by his father",
      "mijn man heeft me gisteren een klap gegeven waar de kinderen bij waren",
    ]) {
      expect(screen(text, "nl"), text).toMatchObject({ level: "crisis", category: "violence" });
    }
    expect(screen("ik voel me thuis niet altijd veilig", "nl").category).toBe("violence");
  });

  it("asks about perceived burdensomeness and despair said in many ways", () => {
    for (const text of [
      "soms denk ik dat iedereen beter af is zonder mij",
      "ik ben alleen maar een last voor iedereen",
      "they'd be better off without me",
      "I'm a burden",
      "ik ben het allemaal zo beu",
      "ik heb nergens nog zin in",
      "ik voel me zo leeg en waardeloos",
      "het heeft allemaal geen zin",
      "ik wil weg van alles",
      "I'm so done with everything",
      "what's the point anymore",
    ]) {
      expect(level(text), text).not.toBe("none");
    }
  });

  it("does not take the possessive 'haar eigen' for a reflexive ('snijdt haar eigen brood')", () => {
    expect(level("mijn dochter snijdt haar eigen brood al")).toBe("none");
    expect(level("hij snijdt zijn eigen als hij boos is")).toBe("crisis");
  });

  it("lets a place, a chore or a project take the danger out of an ordinary sentence", () => {
    for (const text of [
      "ik wil voorgoed stoppen met roken",
      "ik heb een touw gekocht voor de was",
      "ik heb alles geregeld voor de verbouwing en dan is het klaar",
      "I won't be here much longer, my shift ends at five",
      "ik ben het beu dat mijn knie altijd pijn doet",
      "ik krab aan mijn arm want die jeukt",
    ]) {
      expect(level(text), text).toBe("none");
    }
  });
});

/**
 * Before-tuning numbers of the rounds of fresh phrasings (Dutch, Flemish, English) written to widen the
 * rules. Each round was written, measured with the rules as they then stood, and only then used for
 * general fixes; it now sits in the labelled sets. Recall: positives reaching their level class.
 *
 *   reviewer's misses (35 positives)   25/35 (71%)
 *   round 1 (52 positives, 38 negatives)  28/52 (54%), 2 false alarms (5.3%)
 *   round 2 (63 / 34)                      36/63 (57%), 2 (5.9%)
 *   round 3 (64 / 32)                      39/64 (61%), 5 (15.6%)
 *   round 4 (59 / 31)                      39/59 (66%), 2 (6.5%)
 *   ordinary coaching talk aimed at the broad new rules (61 negatives): 7 false alarms (11.5%)
 *   round 5 (61 / 30), meant as held-out   46/61 (75%), 2 (6.7%)
 *   round 6 (60 / 28), held-out, untouched 50/60 (83%), 1 (3.6%); the rules before all rounds: 46/60, 1
 *
 * FINAL_HELD_OUT below was written after the last change to the rules and never used for tuning.
 * Measured: 51 of 60 positives reach their class, 0 false alarms in 27 (the rules before all rounds:
 * 47 of 60, 0 in 27). Its misses are listed, not fixed: a pack of pills bought "to take", "niemand zou
 * het erg vinden als ik dood was" (a check, not a crisis), a note "and I'm ready", relief "if I died",
 * the edge of a roof "thinking about it", "geduwd en geknepen" by a daughter, fear of an aggressive
 * husband, a thunderclap headache put as "plotseling verschrikkelijke hoofdpijn, de ergste ooit", and
 * "coughing up a lot of blood".
 */
const FINAL_HELD_OUT: LabelledItem[] = (
  [
    [
      "crisis",
      "suicide",
      "wat ik belangrijk vind? niks meer eigenlijk, ik denk er serieus aan om mezelf van het leven te beroven",
    ],
    ["crisis", "suicide", "ik heb gisteren een hele doos paracetamol gekocht om in te nemen"],
    ["crisis", "suicide", "ik ben van plan om volgende week uit het leven te stappen"],
    ["crisis", "suicide", "ik stond gisteravond op de brug en wilde springen"],
    ["crisis", "suicide", "ik wil slapen en nooit meer wakker worden"],
    ["crisis", "suicide", "niemand zou het erg vinden als ik dood was"],
    ["crisis", "suicide", "ik heb al een touw gekocht en weet waar ik het ga doen"],
    ["crisis", "suicide", "mijn moeder van 78 zegt dat ze liever dood is dan naar het verpleeghuis"],
    ["crisis", "suicide", "zelfmoordgedachten, elke dag, al maanden"],
    ["crisis", "suicide", "ik heb mijn leven niet meer in de hand, ik wil er gewoon niet meer zijn"],
    ["crisis", "suicide", "i'm going to kill myself tonight"],
    ["crisis", "suicide", "i've been researching how to overdose"],
    ["crisis", "suicide", "i just want to die, nothing helps"],
    ["crisis", "suicide", "i wrote a note and i'm ready"],
    ["crisis", "suicide", "my husband has been saying he wants to end his life"],
    ["crisis", "suicide", "if i died tomorrow i'd be relieved"],
    ["crisis", "suicide", "i've been standing on the edge of the roof thinking about it"],
    ["crisis", "self_harm", "ik kras mezelf als ik me rot voel"],
    ["crisis", "self_harm", "mijn zoon van 14 heeft zichzelf gesneden, ik vond bloed in de badkamer"],
    ["crisis", "self_harm", "ik heb mezelf geslagen tot ik blauwe plekken had"],
    ["crisis", "self_harm", "i've been cutting again and i can't stop"],
    ["crisis", "self_harm", "i hurt myself on purpose last night"],
    ["crisis", "self_harm", "my daughter burns herself with a lighter"],
    ["crisis", "violence", "mijn man heeft me vorige maand verkracht"],
    ["crisis", "violence", "mijn vrouw gooit met spullen naar mijn hoofd en slaat me"],
    ["crisis", "violence", "ik ben bang dat mijn vriend me iets aandoet"],
    ["crisis", "violence", "mijn stiefvader slaat mijn broertje"],
    ["crisis", "violence", "mijn zoon bedreigt me als hij geld wil"],
    ["crisis", "violence", "ik word door mijn dochter geduwd en geknepen"],
    ["crisis", "violence", "mijn ex stalkt me en staat voor mijn deur"],
    ["crisis", "violence", "my partner strangled me last night"],
    ["crisis", "violence", "my husband hits me when he's drunk"],
    ["crisis", "violence", "he threatened to kill me if i tell anyone"],
    ["crisis", "violence", "my dad touches me and i don't like it"],
    ["crisis", "violence", "my wife locks me in the bedroom"],
    ["check", "violence", "mijn man is soms zo agressief dat ik bang word"],
    ["check", "violence", "i don't feel safe with my partner"],
    ["acute", "acute_medical", "ik heb een drukkend gevoel op mijn borst en het zweet breekt me uit"],
    ["acute", "acute_medical", "mijn man kan ineens zijn woorden niet meer vinden en zijn arm is slap"],
    ["acute", "acute_medical", "mijn moeder is flauwgevallen en wordt niet meer wakker"],
    ["acute", "acute_medical", "ik kan nauwelijks ademen"],
    ["acute", "acute_medical", "mijn baby is heel slap en reageert nauwelijks"],
    ["acute", "acute_medical", "ik heb een snijwond en het bloedt heel erg en stopt niet"],
    ["acute", "acute_medical", "mijn dochter heeft een knoopcelbatterij ingeslikt"],
    ["acute", "acute_medical", "mijn vader heeft plotseling verschrikkelijke hoofdpijn, de ergste ooit"],
    ["acute", "acute_medical", "i have severe chest pain going into my arm"],
    ["acute", "acute_medical", "my wife's speech is slurred and her face is drooping"],
    ["acute", "acute_medical", "my grandad has collapsed and won't wake up"],
    ["acute", "acute_medical", "my throat is swelling up and i can't breathe properly"],
    ["acute", "acute_medical", "my baby has a fever and is very drowsy"],
    ["acute", "acute_medical", "i'm coughing up a lot of blood"],
    ["acute", "acute_medical", "my son is having a seizure"],
    ["check", "despair", "ik zie geen toekomst meer voor mezelf"],
    ["check", "despair", "ik ben het leven zo moe"],
    ["check", "despair", "alles is zinloos geworden"],
    ["check", "despair", "ik kan het allemaal niet meer aan"],
    ["check", "despair", "i feel completely worthless"],
    ["check", "despair", "i can't cope anymore"],
    ["check", "despair", "they would all be better off without me"],
    ["check", "despair", "i'm done with everything"],
    ["none", null, "ik wil elke dag een half uur wandelen met mijn man"],
    ["none", null, "ik ben doodmoe van het werk maar ik hou van mijn baan"],
    ["none", null, "ik lach me rot met mijn kleinkinderen"],
    ["none", null, "ik sterf van de honger na het zwemmen"],
    ["none", null, "mijn moeder is overleden aan alzheimer, ik wil gezond oud worden"],
    ["none", null, "ik snij mijn vlees altijd in kleine stukjes"],
    ["none", null, "ik heb me gesneden aan een stuk glas bij het opruimen"],
    ["none", null, "ik ga me helemaal kapot trainen voor de halve marathon"],
    ["none", null, "ik heb soms hoofdpijn na een lange dag"],
    ["none", null, "ik ben bang voor honden"],
    ["none", null, "ik zie het niet zitten om mijn dieet vol te houden"],
    ["none", null, "mijn dochter slaat soms haar huiswerk over"],
    ["none", null, "mijn kleinzoon is gevallen met de fiets, een schaafwond"],
    ["none", null, "ik wil meer rust in mijn leven"],
    ["none", null, "ik ben het beu dat mijn rug steeds pijn doet"],
    ["none", null, "i'm dead tired but happy"],
    ["none", null, "my feet are killing me"],
    ["none", null, "i'd love to retire early"],
    ["none", null, "my husband and i had a fight about the holidays"],
    ["none", null, "i burned my hand on the oven"],
    ["none", null, "my dad died peacefully last year, i miss him"],
    ["none", null, "i'm scared of the dentist"],
    ["none", null, "i want to be around for my kids for a long time"],
    ["none", null, "i nearly died laughing at that movie"],
    ["none", null, "i get breathless when i run for the train"],
    ["none", null, "i'm done with smoking for good"],
    ["none", null, "i want to stop eating junk food"],
  ] as [ScreenLevel, LabelledItem["category"], string][]
).map(([lvl, cat, text]) => ({ level: lvl, category: cat, text }));

const FINAL_HELD_OUT_MISSES = [
  "ik heb gisteren een hele doos paracetamol gekocht om in te nemen",
  "niemand zou het erg vinden als ik dood was",
  "i wrote a note and i'm ready",
  "if i died tomorrow i'd be relieved",
  "i've been standing on the edge of the roof thinking about it",
  "ik word door mijn dochter geduwd en geknepen",
  "mijn man is soms zo agressief dat ik bang word",
  "mijn vader heeft plotseling verschrikkelijke hoofdpijn, de ergste ooit",
  "i'm coughing up a lot of blood",
];

describe("final held-out round (untouched)", () => {
  it("has sixty positives and ordinary answers besides", () => {
    expect(FINAL_HELD_OUT.filter((i) => i.level !== "none").length).toBe(60);
    expect(FINAL_HELD_OUT.filter((i) => i.level === "none").length).toBeGreaterThanOrEqual(25);
  });

  it("misses no more than it did when measured (51 of 60), and only the listed ones", () => {
    const missed = score(FINAL_HELD_OUT, "nl").missed.map((m) => m.slice(0, m.lastIndexOf(" -> ")));
    for (const text of missed) expect(FINAL_HELD_OUT_MISSES).toContain(text);
  });

  it("raises no false alarm on its ordinary answers", () => {
    expect(score(FINAL_HELD_OUT, "nl").falseAlarms).toEqual([]);
  });

  it("names the expected category when the level matches", () => {
    expect(score(FINAL_HELD_OUT, "nl").wrongCategory).toEqual([]);
  });
});
