// Unit tests for the utterance classifier: one block per label in both languages, the multi-sentence
// rules, field consistency, accuracy floors on the labelled sets, and speed.
import { describe, expect, it } from "vitest";
import { accuracy, fields } from "../../test/fixtures/coaching/accuracy.ts";
import type { LabelledUtterance } from "../../test/fixtures/coaching/label.ts";
import { labelledEn } from "../../test/fixtures/coaching/labelled.en.ts";
import { labelledNl } from "../../test/fixtures/coaching/labelled.nl.ts";
import type { Locale } from "../locales.ts";
import { type Classification, classify } from "./classify.ts";

type Lang = Locale;
type Expect = Partial<Omit<Classification, "cues">>;

function check(lang: Lang, cases: readonly string[], expected: Expect): void {
  for (const text of cases) {
    const got = classify(text, lang);
    expect({ text, ...pick(got, expected) }).toEqual({ text, ...expected });
  }
}

function pick(got: Classification, keys: Expect): Expect {
  return Object.fromEntries(Object.keys(keys).map((k) => [k, got[k as keyof Expect]])) as Expect;
}

describe("classify: questions", () => {
  it("takes a wh-word with inverted order as an open question", () => {
    check("nl", ["Wat vind je daar zelf van?", "Hoe gaat het met u?", "waar word je blij van"], {
      behaviour: "question",
      question: "open",
      input: null,
    });
    check("en", ["What do you think about that?", "how's that been for you", "Why now?"], {
      behaviour: "question",
      question: "open",
      input: null,
    });
  });

  it("counts tell-me requests, 'in hoeverre' and indirect wh-questions as open", () => {
    check(
      "nl",
      ["vertel eens over je werk", "Kun je daar iets meer over vertellen?", "In hoeverre speelt dat mee?"],
      {
        behaviour: "question",
        question: "open",
      },
    );
    check("nl", ["Ik ben benieuwd hoe u dat ervaart."], { behaviour: "question", question: "open" });
    // A continuer asks for more of the same story: open, not a closed question to rephrase.
    check("nl", ["En verder?", "Wat nog meer?"], {
      behaviour: "question",
      question: "open",
      stance: "volgend",
    });
    check("en", ["And what else?"], { behaviour: "question", question: "open", stance: "volgend" });
    check(
      "en",
      ["Tell me about your week.", "Could you describe a bad day?", "I wonder what that means to you."],
      {
        behaviour: "question",
        question: "open",
      },
    );
  });

  it("takes a finite verb first as a closed question, with or without question mark, je/u/ge", () => {
    check(
      "nl",
      ["Heb je pijn?", "Rookt u?", "zijt gij nog aan het werk", "Hebt ge koorts gehad", "Klopt dat?"],
      {
        behaviour: "question",
        question: "closed",
        input: null,
      },
    );
    check("en", ["Do you smoke?", "are you still working", "Have you had any chest pain?", "Is it sharp?"], {
      behaviour: "question",
      question: "closed",
    });
  });

  it("treats quantity, frequency and duration questions as closed despite the wh-word", () => {
    check("nl", ["Hoeveel glazen drink je per week?", "Hoe vaak sport je?", "Hoe lang heeft u dat al?"], {
      behaviour: "question",
      question: "closed",
    });
    check("en", ["How many cigarettes a day?", "How often do you exercise?", "How long have you had it?"], {
      behaviour: "question",
      question: "closed",
    });
  });

  it("keeps degree questions open", () => {
    check("nl", ["Hoeveel vertrouwen heb je dat het lukt?", "Hoe belangrijk is dat voor je?"], {
      question: "open",
    });
    check("en", ["How confident are you?", "How important is it to you?"], { question: "open" });
  });

  it("makes a bare statement with a question mark or check tag a closed question", () => {
    check(
      "nl",
      ["Je rookt nog?", "Je bent bang dat het misgaat, klopt dat?", "Je maakt je zorgen. Klopt dat?"],
      {
        behaviour: "question",
        question: "closed",
      },
    );
    check("en", ["You're still smoking?", "You're scared it'll go wrong, is that right?"], {
      behaviour: "question",
      question: "closed",
    });
  });
});

describe("classify: reflections", () => {
  it("recognises explicit openers, also with a question mark", () => {
    check(
      "nl",
      [
        "Je zegt dat je moe bent.",
        "Het klinkt alsof het veel is.",
        "dus eigenlijk wil je rust",
        "Als ik je goed begrijp, mis je je werk.",
        "Dus je maakt je zorgen, klopt dat?",
      ],
      { behaviour: "reflection", question: null, input: null },
    );
    check(
      "en",
      ["It sounds like things are hard.", "So you want more time for yourself?", "You're saying it's a lot."],
      {
        behaviour: "reflection",
        question: null,
        input: null,
      },
    );
  });

  it("recognises second-person statements and empathic evaluations, Flemish included", () => {
    check(
      "nl",
      ["Je voelt je niet gehoord.", "Ge zijt het beu.", "Amai, da's veel.", "Dat moet zwaar zijn."],
      {
        behaviour: "reflection",
      },
    );
    check("en", ["You feel let down.", "That must be hard.", "Your family means a lot to you."], {
      behaviour: "reflection",
    });
  });
});

describe("classify: input", () => {
  it("recognises advice: modals, recommendations, imperatives, advice dressed as a question", () => {
    check(
      "nl",
      [
        "Je moet stoppen met roken.",
        "U zou echt minder zout moeten eten.",
        "Ik raad u aan om meer te bewegen.",
        "Het is beter om de tabletten 's ochtends te nemen.",
        "Probeer eens een rondje te lopen.",
        "Neemt u de pufjes maar twee keer per dag.",
        "Waarom probeer je niet eens de trap?",
        "Ge doet dat best niet meer.",
      ],
      { behaviour: "input", input: "advice", question: null },
    );
    check(
      "en",
      [
        "You should cut down.",
        "I'd recommend walking every day.",
        "Try a short walk after dinner.",
        "Why don't you try the patches?",
        "It's better to take them with food.",
      ],
      { behaviour: "input", input: "advice", question: null },
    );
  });

  it("recognises information: risks, mechanisms, results, normalising facts", () => {
    check(
      "nl",
      [
        "Roken verhoogt het risico op longkanker.",
        "Metformine werkt door de insuline beter te laten werken.",
        "Uw bloeddruk was 150 over 90.",
        "Veel mensen hebben daar in het begin last van.",
      ],
      { behaviour: "input", input: "information" },
    );
    check(
      "en",
      ["Research shows exercise helps low mood.", "Your HbA1c is 58.", "Most people find it settles."],
      {
        behaviour: "input",
        input: "information",
      },
    );
  });

  it("recognises options laid out as choices", () => {
    check(
      "nl",
      ["Je kunt kiezen uit pleisters of kauwgom.", "Er zijn een paar mogelijkheden.", "Ofwel A, ofwel B."],
      {
        behaviour: "input",
        input: "options",
      },
    );
    check("en", ["You can choose between patches or gum.", "One option is a course, another is an app."], {
      behaviour: "input",
      input: "options",
    });
  });
});

describe("classify: other", () => {
  it("recognises greetings, backchannels, thanks, affirmations and procedure", () => {
    check(
      "nl",
      ["Goedemorgen!", "Mm-hm.", "Oké.", "Goed zo.", "Dank je wel.", "Ik pak even uw dossier erbij."],
      {
        behaviour: "other",
        question: null,
        input: null,
        stance: "volgend",
      },
    );
    check(
      "en",
      ["Hi there.", "Uh-huh.", "Well done!", "Thanks for coming in.", "Let me just pull up your notes."],
      {
        behaviour: "other",
        question: null,
        input: null,
        stance: "volgend",
      },
    );
  });

  it("returns other for empty or non-verbal input without throwing", () => {
    for (const text of ["", "   ", "…", "🙂", "?!"]) {
      expect(classify(text, "nl").behaviour).toBe("other");
      expect(classify(text, "en").behaviour).toBe("other");
    }
  });
});

describe("classify: stance", () => {
  it("puts open questions about experience and values, and reflections of experience, in volgend", () => {
    check("nl", ["Wat is voor jou belangrijk?", "Hoe ervaart u uw gezondheid?", "Je mist je werk."], {
      stance: "volgend",
    });
    check("en", ["What matters most to you?", "How do you feel about your health?"], { stance: "volgend" });
  });

  it("puts change, future wishes, scaling, first steps and helpers in activerend", () => {
    check(
      "nl",
      [
        "Wat zou je willen veranderen?",
        "Op een schaal van 0 tot 10, hoe belangrijk is stoppen voor je?",
        "Wat is een eerste stap?",
        "Wie kan je daarbij helpen?",
        "Je wilt eigenlijk graag stoppen.",
      ],
      { stance: "activerend" },
    );
    check(
      "en",
      ["What would you like to change?", "On a scale of 0 to 10, how confident are you?", "Who could help?"],
      {
        stance: "activerend",
      },
    );
  });

  it("puts input, checklist questions and permission to advise in expert", () => {
    check(
      "nl",
      [
        "Neemt u uw medicatie in?",
        "Heeft u pijn op de borst?",
        "Rookt u?",
        "Mag ik je wat informatie geven?",
      ],
      {
        stance: "expert",
      },
    );
    check("nl", ["Wat kan ik voor u doen?", "Je moet meer bewegen."], { stance: "expert" });
    check("en", ["Have you had any chest pain?", "Would it be okay if I shared some information?"], {
      stance: "expert",
    });
  });

  it("keeps closed questions about experience in volgend", () => {
    check("nl", ["Vind je dat lastig?", "Is dat belangrijk voor u?"], {
      behaviour: "question",
      stance: "volgend",
    });
    check("en", ["Is that important to you?", "Are you worried about it?"], {
      behaviour: "question",
      stance: "volgend",
    });
  });
});

describe("classify: multi-sentence utterances", () => {
  it("lets the last question or reflection decide", () => {
    check("nl", ["Je zegt dat je wilt stoppen. Wat zou een eerste stap zijn?"], {
      behaviour: "question",
      question: "open",
      stance: "activerend",
    });
    check("en", ["Okay. Yeah. How was your week?"], { behaviour: "question", question: "open" });
    check("nl", ["Hoe gaat het? Je ziet er moe uit."], { behaviour: "reflection" });
  });

  it("makes input anywhere win, even before an open question", () => {
    check("nl", ["Roken is slecht voor je. Wat vind je daarvan?"], {
      behaviour: "input",
      input: "information",
      stance: "expert",
    });
    check("en", ["You should really stop. What do you think?"], { behaviour: "input", input: "advice" });
  });

  it("splits unpunctuated speech at a direct question", () => {
    check("nl", ["dus je bent moe wat zou je willen veranderen"], {
      behaviour: "question",
      question: "open",
    });
  });
});

describe("classify: cues explain the decision", () => {
  it("names the deciding cue", () => {
    expect(classify("Wat vind je daarvan?", "nl").cues).toContain("open question word 'wat'");
    expect(classify("Heb je pijn?", "nl").cues).toContain("finite verb first 'heb'");
    expect(classify("Je zegt dat je moe bent.", "nl").cues).toContain("reflection opener 'je zegt'");
    expect(classify("Je moet stoppen.", "nl").cues).toContain("advice 'je moet'");
    expect(classify("On a scale of 0 to 10, how ready are you?", "en").cues).toContain("scaling 0-10");
  });

  it("always gives at least one cue", () => {
    for (const u of [...labelledNl, ...labelledEn])
      expect(classify(u.text, u.lang).cues.length).toBeGreaterThan(0);
  });
});

describe("classify: consistency", () => {
  const extra = [
    "",
    "ja",
    "Hmm, ik weet het niet.",
    "SO WHAT DO YOU THINK",
    "wat wat wat",
    "you you you",
    "1234",
  ];
  const all: [string, Lang][] = [
    ...[...labelledNl, ...labelledEn].map((u): [string, Lang] => [u.text, u.lang]),
    ...extra.flatMap((t): [string, Lang][] => [
      [t, "nl"],
      [t, "en"],
    ]),
  ];

  it("sets question iff behaviour is question, and input iff behaviour is input", () => {
    for (const [text, lang] of all) {
      const c = classify(text, lang);
      expect(c.question !== null, text).toBe(c.behaviour === "question");
      expect(c.input !== null, text).toBe(c.behaviour === "input");
    }
  });

  it("always puts input in the expert stance", () => {
    for (const [text, lang] of all) {
      const c = classify(text, lang);
      if (c.behaviour === "input") expect(c.stance, text).toBe("expert");
    }
  });

  it("is deterministic and ignores case and surrounding whitespace", () => {
    expect(classify("  WAT VIND JE DAARVAN?  ", "nl")).toEqual(classify("wat vind je daarvan?", "nl"));
  });
});

describe("classify: accuracy on the hand-labelled sets", () => {
  const split = (set: LabelledUtterance[], s: "tune" | "heldout") => set.filter((u) => u.split === s);

  it("has enough labelled utterances, about a fifth held out, and every label represented", () => {
    for (const set of [labelledNl, labelledEn]) {
      expect(set.length).toBeGreaterThanOrEqual(260);
      const held = split(set, "heldout").length / set.length;
      expect(held).toBeGreaterThan(0.15);
      expect(held).toBeLessThan(0.25);
      const seen = new Set(set.flatMap((u) => [u.behaviour, u.question, u.input, u.stance]));
      for (const label of ["question", "reflection", "input", "other", "open", "closed", "advice"]) {
        expect(seen).toContain(label);
      }
      for (const label of ["information", "options", "volgend", "activerend", "expert"])
        expect(seen).toContain(label);
    }
  });

  // The rules were tuned on the tune split only; the held-out split gives the honest number.
  for (const [name, set] of [
    ["nl", labelledNl],
    ["en", labelledEn],
  ] as const) {
    it(`scores at least 0.95 per field on the ${name} tuning split`, () => {
      const r = accuracy(split(set, "tune"), classify);
      for (const f of fields) expect(r.fields[f].accuracy, f).toBeGreaterThanOrEqual(0.95);
    });

    it(`scores at least 0.75 per field on the ${name} held-out split`, () => {
      const r = accuracy(split(set, "heldout"), classify);
      for (const f of fields) expect(r.fields[f].accuracy, f).toBeGreaterThanOrEqual(0.75);
    });
  }
});
