// Unit tests for the named-shift detector: asked and announced shifts in Dutch and English, the phase
// they name, and the look-alikes that are not a shift (a question about permission to ask, a bare
// activating question, advice, a plan for an appointment).
import { describe, expect, it } from "vitest";
import type { Locale } from "../locales.ts";
import { detectShift, type NamedShift, shiftedPhase } from "./shift.ts";

type Lang = Locale;

function expectShift(lang: Lang, cases: string[], expected: Omit<NamedShift, "cue">): void {
  for (const text of cases) {
    const got = detectShift(text, lang);
    expect({ text, target: got?.target, permission: got?.permission }).toEqual({ text, ...expected });
  }
}

function expectNone(lang: Lang, cases: string[]): void {
  for (const text of cases) expect({ text, shift: detectShift(text, lang) }).toEqual({ text, shift: null });
}

describe("detectShift: Dutch", () => {
  it("finds a shift to activating, asked with permission", () => {
    expectShift(
      "nl",
      [
        "Zullen we nu kijken wat je zou willen veranderen?",
        "Vind je het goed als we nu kijken naar wat je anders zou willen doen?",
        "Mag ik je nu ook iets vragen over wat je zou willen bereiken?",
        "Oké. Is het goed als we het nu over je wensen hebben?",
        "Sta je ervoor open dat we kijken naar een eerste stap?",
      ],
      { target: "activerend", permission: true },
    );
  });

  it("finds a shift to the expert role, asked with permission", () => {
    expectShift(
      "nl",
      [
        "Mag ik je iets vertellen over bewegen?",
        "Mag ik met je meedenken?",
        "Is het goed als ik je wat informatie geef over suiker?",
        "Oké, mag ik je een paar tips geven?",
        "Zal ik uitleggen hoe die pufjes werken?",
        "Wil je dat ik iets vertel over wat andere mensen helpt?",
        "Heb je er behoefte aan dat ik wat uitleg geef over COPD?",
        "Zou u het goed vinden als ik een suggestie doe?",
      ],
      { target: "expert", permission: true },
    );
  });

  it("finds an announced shift, and permission asked after the announcement", () => {
    expectShift(
      "nl",
      [
        "Laat ons eens kijken wat je zelf zou kunnen doen.",
        "Ik stel voor dat we nu overstappen naar wat je zou willen.",
      ],
      { target: "activerend", permission: false },
    );
    expectShift(
      "nl",
      ["Ik wil het nu hebben over je medicijnen.", "Laten we nu eens kijken naar je bloedsuikers."],
      {
        target: "expert",
        permission: false,
      },
    );
    expectShift(
      "nl",
      [
        "Nu ik een beeld heb van wat belangrijk voor je is, wil ik graag met je kijken wat je zou willen veranderen. Is dat goed?",
      ],
      { target: "activerend", permission: true },
    );
  });

  it("names the next phase when only the move itself is named", () => {
    expectShift("nl", ["Ik wil het nu hebben over je kleinkinderen."], { target: null, permission: false });
    expectShift("nl", ["Mag ik overstappen naar iets anders?"], { target: null, permission: true });
    const shift = detectShift("Ik wil het nu hebben over je kleinkinderen.", "nl");
    expect(shift && shiftedPhase("volgend", shift)).toBe("activerend");
    expect(shift && shiftedPhase("activerend", shift)).toBe("expert");
    expect(shift && shiftedPhase("expert", shift)).toBe("expert");
  });

  it("does not take look-alikes for a shift", () => {
    expectNone("nl", [
      "Mag ik vragen hoe oud je bent?",
      "Mag ik je vragen om te vertellen hoe je dag eruitziet?",
      "Mag ik je vragen wat jouw idee is?",
      "Mag ik even samenvatten wat ik gehoord heb?",
      "Zullen we een afspraak maken over twee weken?",
      "Zullen we stoppen voor vandaag?",
      "Wat zou je willen veranderen?",
      "Je moet meer bewegen.",
      "Hoe kan ik je helpen om je doel te bereiken?",
      "Ik zou het fijn vinden als je vertelt hoe het gaat.",
      "Ik ga even in je dossier kijken.",
      "Wat maakt jou blij?",
      "",
    ]);
  });

  it("reports the words that decided it", () => {
    expect(detectShift("Mag ik je iets vertellen over bewegen?", "nl")?.cue).toBe("mag ik je … vertellen");
  });
});

describe("detectShift: English", () => {
  it("finds asked and announced shifts with their phase", () => {
    expectShift(
      "en",
      [
        "Shall we look at what you would like to change?",
        "Is it okay with you if we talk about what you want to achieve?",
        "Now that I know what matters to you, I'd like to look with you at what you might want to change. Is that okay?",
      ],
      { target: "activerend", permission: true },
    );
    expectShift(
      "en",
      [
        "May I tell you something about exercise?",
        "Can I share some information about blood sugar?",
        "Would it be okay if I shared some ideas?",
        "Would you like me to explain how the inhaler works?",
        "Okay, could I offer a suggestion?",
      ],
      { target: "expert", permission: true },
    );
    expectShift("en", ["Let's look at what you might want to do differently."], {
      target: "activerend",
      permission: false,
    });
    expectShift(
      "en",
      ["I'd like to talk now about your medication.", "I'm going to explain your results now."],
      {
        target: "expert",
        permission: false,
      },
    );
    expectShift("en", ["Let's move on to something else."], { target: null, permission: false });
  });

  it("does not take look-alikes for a shift", () => {
    expectNone("en", [
      "Can I ask how old you are?",
      "May I ask you to tell me about a normal day?",
      "May I ask what your ideas are?",
      "Shall we make an appointment in two weeks?",
      "What would you like to change?",
      "You should exercise more.",
      "How can I help you reach your goal?",
      "Can I summarise what I've heard?",
      "Tell me about your week.",
    ]);
  });
});
