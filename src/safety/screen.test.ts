// Tests for the red-flag screener: the tuning block (recall and false alarms asserted), chronic patients'
// goals and history (never a stop), the blind held-out block (figures printed, not asserted), each
// category, how a sign is framed (denied, past, wished, feared, now), figures of speech, spelling.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { blindBlocks } from "../../test/fixtures/safety/blind-blocks.ts";
import { chronicEn, chronicNl } from "../../test/fixtures/safety/chronic.ts";
import { coverage } from "../../test/fixtures/safety/coverage.ts";
import { earlierRoundA, earlierRoundB } from "../../test/fixtures/safety/earlier-rounds.ts";
import { heldOutChronic, heldOutEn, heldOutNl } from "../../test/fixtures/safety/held-out.ts";
import { labelledEn } from "../../test/fixtures/safety/labelled.en.ts";
import { labelledNl } from "../../test/fixtures/safety/labelled.nl.ts";
import { type Figures, score } from "../../test/fixtures/safety/score.ts";
import { normalize, withinOneEdit, withoutFillers } from "./normalize.ts";
import { RULES } from "./rules/index.ts";
import { type ScreenLevel, screen } from "./screen.ts";
import { buildTriggerIndex, triggeredRules } from "./triggers.ts";

const tuningNl = [...labelledNl, ...coverage.filter((i) => i.lang === "nl")];
const tuningEn = [...labelledEn, ...coverage.filter((i) => i.lang === "en")];

const level = (text: string): ScreenLevel => screen(text, "nl").level;
const category = (text: string) => screen(text, "nl").category;

describe("tuning block", () => {
  it("is big enough and covers every level and category, with sub-types", () => {
    expect(tuningNl.length).toBeGreaterThanOrEqual(400);
    expect(tuningEn.length).toBeGreaterThanOrEqual(150);
    for (const set of [tuningNl, tuningEn]) {
      const labels = new Set(set.map((i) => `${i.level}/${i.category}`));
      for (const label of [
        "crisis/suicide",
        "crisis/self_harm",
        "crisis/violence",
        "acute/acute_medical",
        "acute_check/acute_medical",
        "check/despair",
        "none/null",
      ]) {
        expect(labels).toContain(label);
      }
      for (const item of set) expect(item.subtype).toMatch(/^[a-z_]+$/);
    }
  });

  for (const [name, set, lang] of [
    ["Dutch", tuningNl, "nl"],
    ["English", tuningEn, "en"],
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
    for (const item of [...tuningNl, ...tuningEn]) {
      expect(screen(item.text, "en")).toEqual(screen(item.text, "nl"));
    }
  });
});

describe("chronic patients' goals and history", () => {
  const chronic = [...chronicNl, ...chronicEn];

  it("has at least eighty sentences in both languages", () => {
    expect(chronic.length).toBeGreaterThanOrEqual(80);
    expect(chronicEn.length).toBeGreaterThan(0);
  });

  it("never stops coaching: none, or at most the question whether it is happening now", () => {
    const stopped = chronic
      .map((item) => ({ item, result: screen(item.text, "nl") }))
      .filter(({ result }) => result.level !== "none" && result.level !== "acute_check")
      .map(({ item, result }) => `${item.text} -> ${result.level} ${result.cue}`);
    expect(stopped).toEqual([]);
  });
});

/** Prints one block's figures: recall per level class, false alarms, and each miss, for the reader. */
function report(name: string, figures: Figures): void {
  const lines = [
    `${name}: ${figures.positives - figures.missed.length}/${figures.positives} positives reach their class, ` +
      `${figures.silent} get no signal at all, ${figures.falseAlarms.length}/${figures.negatives} false alarms, ${figures.exact} exact levels`,
    ...figures.missed.map((m) => `  miss: ${m}`),
    ...figures.falseAlarms.map((m) => `  false alarm: ${m}`),
  ];
  console.log(lines.join("\n"));
}

describe("held-out blocks (figures printed, not asserted)", () => {
  it("prints the blind blocks, the earlier held-out blocks and their misses", () => {
    const blocks = [
      ...blindBlocks,
      ["held-out NL (seen)", heldOutNl, "nl"],
      ["held-out EN (seen)", heldOutEn, "en"],
      ["held-out chronic (seen)", heldOutChronic, "nl"],
      ["earlier rounds (seen)", [...earlierRoundA, ...earlierRoundB], "nl"],
    ] as const;
    for (const [name, set, lang] of blocks) {
      const figures = score(set, lang);
      report(name, figures);
      expect(figures.positives + figures.negatives).toBe(set.length);
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

describe("frames: a story, a job, another's past, a past left behind", () => {
  it("asks about a sign in a film, a book or the news instead of stopping", () => {
    expect(screen("Gisteren een docu gezien over mensen die van een flat springen.", "nl")).toMatchObject({
      level: "check",
      cue: "suicide.method:media",
    });
    expect(level("The series I'm watching has a boy who kills himself.")).toBe("check");
  });

  it("still stops when the writer joins the story or the sign is theirs", () => {
    expect(level("In die film sprong een man van een brug en dat wil ik ook.")).toBe("crisis");
    expect(level("I read a book about suicide and I want to kill myself too.")).toBe("crisis");
  });

  it("asks a carer speaking of their work, and leaves an acute sign seen at work alone", () => {
    expect(level("Als verpleegkundige zie ik elke week mensen die een overdosis hebben genomen.")).toBe(
      "check",
    );
    expect(level("As a paramedic I see people who can't breathe every shift.")).toBe("none");
    expect(level("Ik werk op de spoed en zie elke dag mensen die geen lucht krijgen.")).toBe("none");
    expect(level("Ik ben verpleegkundige en heb nu zelf hevige pijn op de borst en ik zweet.")).toBe("acute");
    expect(level("I am his carer and he says he wants to kill himself.")).toBe("crisis");
  });

  it("reads someone else's old loss as history, someone with the writer now as acute", () => {
    expect(level("Mijn tante heeft zich vijftien jaar geleden opgehangen, ik denk nog vaak aan haar.")).toBe(
      "check",
    );
    expect(level("My mum had a stroke in 2015 and she's doing well.")).toBe("none");
    expect(level("Mijn vader had in 2019 een beroerte en nu praat hij ineens onduidelijk.")).toBe("acute");
    expect(level("Mijn nicht is jaren geleden voor de trein gesprongen en ik wil net als zij.")).toBe(
      "crisis",
    );
    expect(level("My dad overdosed in 1999 and I keep thinking of doing the same.")).toBe("crisis");
  });

  it("asks, never ignores, violence long left behind", () => {
    expect(level("Mijn ex sloeg me, in 2001 ben ik weggegaan en nu ben ik gelukkig.")).toBe("check");
    expect(level("Mijn ex sloeg me in 2001 en nu slaat hij me weer.")).toBe("crisis");
  });

  it("reads a Flemish 'gene' and denied thoughts as denials, and trivial 'kill me if' as a figure", () => {
    expect(level("gene pijn op de borst, gewoon moe")).toBe("none");
    expect(level("I've never had thoughts of hurting myself.")).toBe("check");
    expect(level("My dad will murder me if I eat the last piece of cake.")).toBe("none");
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
    "Ik krijg geen lucht.",
    "Mijn moeder heeft ineens een scheef gezicht.",
    "Het bloedt hevig en het stopt niet.",
    "Hij is bewusteloos.",
    "Ik ging buiten westen.",
    "Mijn kindje is slap en drinkt niet.",
    "Mijn dochter heeft koorts en vlekjes die niet wegdrukken.",
    "Ik heb een knellende pijn op mijn borst en ik zweet.",
    "I can't breathe.",
    "Her face is drooping and her speech is slurred.",
    "My baby is floppy and not feeding.",
  ])("stops at once, clearly current or severe: %s", (text) => {
    expect(screen(text, "nl")).toMatchObject({ level: "acute", category: "acute_medical" });
  });

  it.each([
    "Ik heb pijn op de borst.",
    "Ik voel druk op mijn borst.",
    "Mijn arm is verlamd.",
    "I have chest pain.",
    "Ik zie dubbel.",
    "Mijn vader zegt dat hij pijn op de borst heeft.",
  ])("asks whether it is happening now, said bare: %s", (text) => {
    expect(screen(text, "nl")).toMatchObject({ level: "acute_check", category: "acute_medical" });
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

  it("never lets 'asthma' or 'a cold' silence chest pain: it is still asked about", () => {
    expect(level("I get chest pain when I have a cold.")).toBe("acute_check");
    expect(level("Ik heb astma maar nu heb ik ineens pijn op de borst.")).toBe("acute");
  });
});

describe("how an acute sign is framed", () => {
  it("reads a denial or a sign that is over as no emergency", () => {
    expect(level("Ik heb geen pijn op de borst meer sinds de stent.")).toBe("none");
    expect(level("I haven't had chest pain since the stent.")).toBe("none");
    expect(level("Benauwd ben ik niet meer.")).toBe("none");
    expect(level("The chest tightness I had is completely gone.")).toBe("none");
  });

  it("reads a goal with the words of an emergency as a goal", () => {
    expect(level("Dat ik weer onder de mensen kom zonder dat ik buiten adem ben.")).toBe("none");
    expect(level("Ik wil weer kunnen wandelen zonder benauwd te worden.")).toBe("none");
    expect(level("I want to be able to walk without getting short of breath.")).toBe("none");
    expect(level("Zodat ik niet meer zo benauwd ben als ik boodschappen doe.")).toBe("none");
    expect(level("Ik wil weten wat ik moet doen als ik weer pijn op de borst krijg.")).toBe("none");
  });

  it("still asks about a limb or sight that fails now and then, however often it comes", () => {
    expect(level("Mijn arm voelt af en toe slap aan.")).toBe("acute_check");
    expect(level("Sometimes my vision goes double.")).toBe("acute_check");
  });

  it("asks about a wish or a fear that may be about now", () => {
    expect(level("Ik wil dat die pijn op mijn borst weggaat.")).toBe("acute_check");
    expect(level("Ik ben bang dat ik een hartaanval krijg.")).toBe("acute_check");
  });

  it("tells someone else's past apart from someone with the writer now", () => {
    expect(level("Mijn vader heeft vorig jaar een beroerte gehad.")).toBe("none");
    expect(level("Mijn vader is net in elkaar gezakt.")).toBe("acute");
    expect(level("My dad collapsed and isn't breathing.")).toBe("acute");
  });

  it("stops at once when the words say it is now and severe", () => {
    expect(level("Ik ben zo kortademig dat ik niet meer kan praten.")).toBe("acute");
    expect(level("Ik heb sinds een uur pijn op de borst.")).toBe("acute");
    expect(level("Ineens zie ik niks meer met mijn linkeroog.")).toBe("acute");
  });

  it("never lets a negation or the past silence a plan, a method or a recent act", () => {
    expect(level("Ik ga mezelf niet ophangen maar ik heb het touw al klaarliggen.")).toBe("crisis");
    expect(level("Ik heb me gisteren weer gesneden.")).toBe("crisis");
    expect(level("Vroeger dacht ik er ook aan, maar nu heb ik de pillen al klaarliggen.")).toBe("crisis");
  });
});

describe("result shape: why it decided", () => {
  it("names the deciding cue and where it sits in the text as typed", () => {
    const text = "Nou, eigenlijk gaat het wel. Maar ik krijg geen lucht meer!";
    const result = screen(text, "nl");
    expect(result.cue).toBe("acute.breath");
    expect(result.cues[0]).toBe(result.cue);
    const [start, end] = result.span ?? [0, 0];
    expect(text.slice(start, end)).toBe("krijg geen lucht");
  });

  it("finds the span through accents, typos and shorthand", () => {
    const text = "k denk steeds aan zelfmoort";
    const [start, end] = screen(text, "nl").span ?? [0, 0];
    expect(text.slice(start, end)).toBe("zelfmoort");
  });

  it("gives a span inside the text for every positive of the tuning block", () => {
    for (const item of [...tuningNl, ...tuningEn]) {
      const result = screen(item.text, "nl");
      if (result.level === "none") continue;
      const [start, end] = result.span ?? [-1, -1];
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeGreaterThan(start);
      expect(end).toBeLessThanOrEqual(item.text.length);
    }
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
    const nothing = { level: "none", category: null, cues: [], cue: null, span: null };
    expect(screen("", "nl")).toEqual(nothing);
    expect(screen("  \n ", "en")).toEqual(nothing);
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
    const texts = [...tuningNl, ...tuningEn, ...heldOutNl, ...heldOutEn, ...chronicNl].map((i) => i.text);
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

describe("the coverage table in README.md", () => {
  it("says of every example what the screener does with it", () => {
    const readme = readFileSync(new URL("./README.md", import.meta.url), "utf8");
    const rows = readme
      .split("\n")
      .filter((line) => line.startsWith("| ") && !line.includes("---"))
      .map((line) => line.slice(2, -2).split(" | "))
      .filter((cells) => cells.length === 5 && cells[0] !== "category");
    expect(rows.length).toBeGreaterThanOrEqual(35);
    const wrong: string[] = [];
    for (const [, , nl, en, levels] of rows) {
      const wanted = (levels ?? "").split(" / ");
      for (const column of [nl, en]) {
        (column ?? "").split(" / ").forEach((text, i) => {
          const want = wanted[i] ?? wanted[0];
          const got = screen(text, "nl").level;
          const stops = (l: string) => l === "crisis" || l === "acute";
          if (got !== want && !(stops(got) && stops(want ?? ""))) wrong.push(`${text}: ${want}, got ${got}`);
        });
      }
    }
    expect(wrong).toEqual([]);
  });
});
