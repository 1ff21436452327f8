// Unit tests for the practice feedback: counts, the MITI thresholds, expert moves in phase 1, named and
// unnamed shifts (a run counts once), the timeline, the schema, and the remarks in both languages.
import { describe, expect, it } from "vitest";
import { locales } from "../locales.ts";
import type { Classification, InputType, Stance } from "./classify.ts";
import { type Phase, type PracticeTurn, practiceFeedback } from "./feedback.ts";
import { practiceFeedbackSchema, remarkSchema } from "./feedback-schema.ts";
import { feedbackRemarks, quoteOf, timelineLines } from "./feedback-text.ts";

const open = (stance: Stance = "volgend"): Classification => ({
  behaviour: "question",
  question: "open",
  input: null,
  stance,
  cues: [],
});
const closed = (stance: Stance = "expert"): Classification => ({ ...open(stance), question: "closed" });
const reflection = (stance: Stance = "volgend"): Classification => ({
  behaviour: "reflection",
  question: null,
  input: null,
  stance,
  cues: [],
});
const input = (type: InputType): Classification => ({
  behaviour: "input",
  question: null,
  input: type,
  stance: "expert",
  cues: [],
});
const other = (): Classification => ({
  behaviour: "other",
  question: null,
  input: null,
  stance: "volgend",
  cues: [],
});

function said(
  text: string,
  classification: Classification,
  phase: Phase,
  shift: PracticeTurn["shift"] = null,
): PracticeTurn {
  return { text, classification, phase, shift };
}

describe("practiceFeedback", () => {
  it("counts and measures a session against the thresholds", () => {
    const f = practiceFeedback(
      [
        said("Hoe gaat het?", open(), "volgend"),
        said("Je bent moe.", reflection(), "volgend"),
        said("Je kleinkinderen zijn belangrijk.", reflection(), "volgend"),
        said("Zullen we kijken wat je wilt veranderen?", closed("activerend"), "volgend", {
          to: "activerend",
          permission: true,
        }),
        said("Dus je wilt weer fietsen.", reflection("activerend"), "activerend"),
        said("Wat is een eerste stap?", open("activerend"), "activerend"),
        said("Mm.", other(), "activerend"),
      ],
      6,
      "nl",
    );
    expect(f.counts).toEqual({
      openQuestions: 2,
      closedQuestions: 1,
      reflections: 3,
      advice: 0,
      information: 0,
      options: 0,
      other: 1,
      permissionRequests: 0,
      adviceWithoutPermission: 0,
    });
    expect(f.reflectionToQuestion).toEqual({
      reflections: 3,
      questions: 3,
      ratio: 1,
      threshold: 1,
      met: true,
    });
    expect(f.openQuestions).toEqual({ percent: 67, threshold: 70, met: false });
    expect(f.expertMovesInPhase1).toEqual([]);
    expect(f.namedShifts).toEqual([
      {
        turn: 4,
        text: "Zullen we kijken wat je wilt veranderen?",
        from: "volgend",
        to: "activerend",
        permission: true,
        premature: false,
      },
    ]);
    expect(f.unnamedShifts).toEqual([]);
    expect(f.ownGoal).toEqual({ formulated: true, turn: 6 });
    expect(f.examples.openQuestion).toEqual({ turn: 1, text: "Hoe gaat het?" });
    expect(f.examples.reflection).toEqual({ turn: 2, text: "Je bent moe." });
    expect(f.timeline.map((t) => [t.phase, t.stance, t.shift])).toEqual([
      ["volgend", "volgend", null],
      ["volgend", "volgend", null],
      ["volgend", "volgend", null],
      ["volgend", "activerend", "named"],
      ["activerend", "activerend", null],
      ["activerend", "activerend", null],
      ["activerend", "volgend", null],
    ]);
    expect(practiceFeedbackSchema.parse(f)).toEqual(f);
  });

  it("counts advice and information before the first named shift as expert moves in phase 1", () => {
    const f = practiceFeedback(
      [
        said("Je moet bewegen.", input("advice"), "volgend"),
        said("Suiker stijgt van snoep.", input("information"), "volgend"),
        said("Mag ik je een tip geven? Wandel elke dag.", input("advice"), "volgend", {
          to: "expert",
          permission: true,
        }),
        said("Er zijn twee soorten pufjes.", input("options"), "expert"),
      ],
      null,
      "nl",
    );
    expect(f.expertMovesInPhase1.map((m) => [m.turn, m.input])).toEqual([
      [1, "advice"],
      [2, "information"],
      [3, "advice"],
    ]);
    expect(f.counts).toMatchObject({ advice: 2, information: 1, options: 1 });
    // Advice in phase 1 is reported as an expert move, not also as an unnamed shift; advice in phase 3
    // after the named shift is not a move ahead of the phase.
    expect(f.unnamedShifts).toEqual([]);
  });

  it("counts advice without permission per part in any phase, and tells it in words", () => {
    const permission = (text: string): PracticeTurn => ({
      ...said(text, closed(), "activerend"),
      parts: [{ text, kind: "permission", stance: "expert" }],
    });
    const f = practiceFeedback(
      [
        said("Je moet bewegen.", input("advice"), "volgend"),
        said("Zullen we kijken wat je wilt veranderen?", closed("activerend"), "volgend", {
          to: "activerend",
          permission: true,
        }),
        {
          ...said("Je bent moe. Stop met snoepen en ga wandelen.", input("advice"), "activerend"),
          parts: [
            { text: "Je bent moe.", kind: "reflection", stance: "volgend" },
            { text: "Stop met snoepen", kind: "advice", stance: "expert" },
            { text: "ga wandelen.", kind: "advice", stance: "expert" },
          ],
        },
        said("Mag ik je een tip geven? Wandel elke dag.", input("advice"), "activerend", {
          to: "expert",
          permission: true,
        }),
        said("Neem de fiets naar de winkel.", input("advice"), "expert"),
        said("Wat zou je zelf willen?", open("activerend"), "expert", {
          to: "activerend",
          permission: false,
        }),
        said("Eet minder koek.", input("advice"), "activerend"),
        permission("Mag ik je iets vertellen over snoep?"),
        said("Probeer fruit in plaats van koek.", input("advice"), "activerend"),
      ],
      null,
      "nl",
    );
    // Without: turn 1 (phase 1), both parts of turn 3 (phase 2), turn 4, whose permission came in the same
    // turn, and turn 7, after the move back to phase 2 ended the permission of turn 4. With: turn 5 after
    // the move to phase 3 asked with permission, turn 9 after a permission request.
    expect(f.counts).toMatchObject({ advice: 7, adviceWithoutPermission: 5, permissionRequests: 1 });
    expect(f.adviceWithoutPermissionLater.map((a) => [a.turn, a.text, a.phase])).toEqual([
      [3, "Stop met snoepen", "activerend"],
      [3, "ga wandelen.", "activerend"],
      [4, "Mag ik je een tip geven? Wandel elke dag.", "activerend"],
      [7, "Eet minder koek.", "activerend"],
    ]);
    expect(practiceFeedbackSchema.parse(f)).toEqual(f);
    const nl = feedbackRemarks(f, "nl", { patient: "Ans", goal: null });
    expect(nl[0]?.text).toContain("7 keer advies (waarvan 5 keer zonder eerst toestemming te vragen)");
    const tip = nl.find((r) => r.topic === "permission");
    expect(tip?.text).toMatch(/^Na fase 1 \(volgend\) gaf je 4 keer advies zonder eerst toestemming.*fase 2/);
    expect(tip?.example).toBe("Stop met snoepen");
    // Phase 1's advice stays the phase-1 remark, not also this one.
    expect(nl.find((r) => r.topic === "phase1")?.example).toBe("Je moet bewegen.");
    const en = feedbackRemarks(f, "en", { patient: "Ans", goal: null });
    expect(en[0]?.text).toContain("gave advice 7 times (5 times without asking permission first)");
    expect(en.find((r) => r.topic === "permission")?.text).toMatch(/^After phase 1 \(following\).*phase 2/);
  });

  it("says nothing about permission when all advice came after it", () => {
    const f = practiceFeedback(
      [
        said("Mag ik je een tip geven?", closed(), "activerend", { to: "expert", permission: true }),
        said("Wandel elke dag een rondje.", input("advice"), "expert"),
      ],
      null,
      "nl",
    );
    expect(f.counts.adviceWithoutPermission).toBe(0);
    const remarks = feedbackRemarks(f, "nl", { patient: "Ans", goal: null });
    expect(remarks.some((r) => r.topic === "permission")).toBe(false);
    expect(remarks[0]?.text).not.toContain("zonder");
  });

  it("reads an English session's parts with the English rules for the ZZ track", () => {
    // Short English questions carry no word that would tell the language: only the session's does.
    const turns = [
      said("Smoking still?", closed(), "volgend"),
      said("Sleeping badly?", closed(), "volgend"),
      said("Any pain?", closed(), "volgend"),
      said("Family ok?", closed(), "volgend"),
    ];
    // Read as Dutch, "Family ok?" has no topic and the consult looks like a checklist throughout.
    expect(practiceFeedback(turns, null, "nl").zz.track).toBe(true);
    const en = practiceFeedback(turns, null, "en").zz;
    expect(en).toEqual({ track: false, checklistQuestions: 3, questions: 4 });
  });

  it("counts a run of utterances ahead of the phase as one unnamed shift", () => {
    const f = practiceFeedback(
      [
        said("Wat kan ik voor je doen?", open("expert"), "volgend"),
        said("Rookt u?", closed(), "volgend"),
        said("Wat wil je veranderen?", open("activerend"), "volgend"),
        said("Het klinkt zwaar.", reflection(), "volgend"),
        said("Hoe vaak beweeg je?", closed(), "volgend"),
        said("Wat wil je veranderen?", open("activerend"), "activerend"),
      ],
      null,
      "nl",
    );
    expect(f.unnamedShifts).toEqual([
      { turn: 1, text: "Wat kan ik voor je doen?", from: "volgend", to: "expert" },
      { turn: 5, text: "Hoe vaak beweeg je?", from: "volgend", to: "expert" },
    ]);
    expect(f.timeline.map((t) => t.shift)).toEqual(["unnamed", null, null, null, "unnamed", null]);
  });

  it("has no ratio or share without questions, and an empty session meets nothing", () => {
    const empty = practiceFeedback([], null, "nl");
    expect(empty.reflectionToQuestion).toMatchObject({ ratio: null, met: false });
    expect(empty.openQuestions).toEqual({ percent: null, threshold: 70, met: false });
    const onlyReflections = practiceFeedback([said("Je bent moe.", reflection(), "volgend")], null, "nl");
    expect(onlyReflections.reflectionToQuestion).toMatchObject({ ratio: null, met: true });
  });
});

describe("feedback in words", () => {
  const good = practiceFeedback(
    [
      said("Hoe gaat het met je?", open(), "volgend"),
      said("Het klinkt alsof je moe bent.", reflection(), "volgend"),
      said("Wat is belangrijk voor je?", open(), "volgend"),
      said("Je kleinkinderen betekenen veel voor je.", reflection(), "volgend"),
      said("Zullen we kijken wat je wilt veranderen?", closed("activerend"), "volgend", {
        to: "activerend",
        permission: true,
      }),
      said("Je wilt weer fietsen.", reflection("activerend"), "activerend"),
      said("Wat is een eerste stap?", open("activerend"), "activerend"),
      said("Je ziet het voor je.", reflection(), "activerend"),
    ],
    6,
    "nl",
  );
  const poor = practiceFeedback(
    [
      said("Rookt u?", closed(), "volgend"),
      said("Je moet stoppen met roken.", input("advice"), "volgend"),
      said("Wat wil je veranderen?", open("activerend"), "volgend"),
    ],
    null,
    "nl",
  );

  for (const lang of locales) {
    it(`praises what went well and quotes the trainee's words (${lang})`, () => {
      const remarks = feedbackRemarks(good, lang, { patient: "Ans", goal: "Ik wil weer fietsen." });
      for (const r of remarks) expect(remarkSchema.parse(r)).toEqual(r);
      expect(remarks.map((r) => [r.topic, r.kind])).toEqual([
        ["overview", "info"],
        ["questions", "strength"],
        ["reflections", "strength"],
        ["phase1", "strength"],
        ["named", "strength"],
        ["unnamed", "strength"],
        ["goal", "strength"],
      ]);
      expect(remarks.find((r) => r.topic === "named")?.example).toBe(
        "Zullen we kijken wat je wilt veranderen?",
      );
      expect(remarks.find((r) => r.topic === "goal")?.text).toContain("Ik wil weer fietsen.");
      expect(remarks.every((r) => r.text.includes("Ans") || r.topic === "unnamed")).toBe(true);
    });

    it(`gives specific tips on a poor session (${lang})`, () => {
      const remarks = feedbackRemarks(poor, lang, { patient: "Henk", goal: null });
      expect(remarks.map((r) => [r.topic, r.kind])).toEqual([
        ["overview", "info"],
        ["questions", "tip"],
        ["reflections", "tip"],
        ["phase1", "tip"],
        ["named", "tip"],
        ["unnamed", "tip"],
        ["goal", "tip"],
      ]);
      expect(remarks.find((r) => r.topic === "questions")?.example).toBe("Rookt u?");
      expect(remarks.find((r) => r.topic === "phase1")?.example).toBe("Je moet stoppen met roken.");
      expect(remarks.find((r) => r.topic === "unnamed")?.example).toBe("Rookt u?");
      expect(remarks.find((r) => r.topic === "questions")?.text).toContain("50%");
    });

    it(`says there is nothing to say about an empty session (${lang})`, () => {
      expect(
        feedbackRemarks(practiceFeedback([], null, "nl"), lang, { patient: "Ans", goal: null }),
      ).toHaveLength(1);
      expect(timelineLines(practiceFeedback([], null, "nl"), lang)).toEqual([]);
    });
  }

  it("draws the timeline per stretch in the same phase", () => {
    expect(timelineLines(good, "nl")).toEqual([
      expect.stringContaining("V = volgend"),
      "Fase 1 (volgend), beurt 1–5: V V V V A*",
      "Fase 2 (activerend), beurt 6–8: A A V",
    ]);
    expect(timelineLines(poor, "en").slice(1)).toEqual(["Phase 1 (following), turns 1–3: E! E A"]);
  });

  it("shortens long quotes at a word boundary", () => {
    expect(quoteOf("a ".repeat(200)).length).toBeLessThanOrEqual(161);
    expect(quoteOf("  kort   en\ngoed ")).toBe("kort en goed");
  });

  it("cuts a long quote at the end of a clause, not in the middle of one", () => {
    const long =
      "Ik hoor dat u het zwaar heeft met de trap, en dat u daar thuis niet over praat, maar ik vraag me af wat het voor u betekent dat u niet meer met Mark gaat vissen op zaterdag aan de steiger in de haven";
    expect(quoteOf(long, 80)).toBe(
      "Ik hoor dat u het zwaar heeft met de trap, en dat u daar thuis niet over praat…",
    );
  });

  const premature = practiceFeedback(
    [
      said("Zullen we kijken wat u wilt veranderen?", closed("activerend"), "volgend", {
        to: "activerend",
        permission: true,
        premature: true,
      }),
      said("Wat zou u willen?", open("activerend"), "activerend"),
    ],
    null,
    "nl",
  );

  it("marks a premature move with its turn instead of praising it, and keeps the goal tip in phase 1", () => {
    expect(premature.namedShifts[0]?.premature).toBe(true);
    const remarks = feedbackRemarks(premature, "nl", { patient: "Ans", goal: null });
    const tip = remarks.find((r) => r.topic === "premature");
    expect(tip?.kind).toBe("tip");
    expect(tip?.text).toContain("beurt 1");
    expect(tip?.example).toBe("Zullen we kijken wat u wilt veranderen?");
    expect(remarks.some((r) => r.topic === "named")).toBe(false);
    expect(remarks.find((r) => r.topic === "goal")?.text).toContain("eerst verkent wat belangrijk is");
  });

  it("gives the goal tip of the phase reached: past a timely move, ask for wishes and a first step", () => {
    const later = practiceFeedback(
      [
        said("Zullen we kijken wat u wilt veranderen?", closed("activerend"), "volgend", {
          to: "activerend",
          permission: true,
          premature: false,
        }),
        said("Wat zou u willen?", open("activerend"), "activerend"),
      ],
      null,
      "nl",
    );
    const goal = feedbackRemarks(later, "nl", { patient: "Ans", goal: null }).find((r) => r.topic === "goal");
    expect(goal?.text).toContain("overstap al voorbij");
    expect(goal?.text).not.toContain("eerst verkent");
  });

  it("names a consult of complaint and checklist questions a ZZ conversation, not an unnamed move", () => {
    const zz = practiceFeedback(
      [
        said("Wat kan ik voor u doen?", open("expert"), "volgend"),
        said("Rookt u?", closed(), "volgend"),
        said("Hoeveel alcohol drinkt u?", open("expert"), "volgend"),
        said("Slaapt u goed?", closed(), "volgend"),
      ],
      null,
      "nl",
    );
    expect(zz.zz).toEqual({ track: true, checklistQuestions: 4, questions: 4 });
    for (const lang of locales) {
      const remarks = feedbackRemarks(zz, lang, { patient: "Henk", goal: null });
      expect(remarks.find((r) => r.topic === "zz")?.text).toMatch(
        lang === "nl" ? /ZZ-gesprek.*GG-gesprek/ : /ZZ conversation.*GG conversation/,
      );
      expect(remarks.some((r) => r.topic === "unnamed" || r.topic === "phase1")).toBe(false);
    }
    // One question about what matters, or one reflection, and it is no longer a ZZ conversation throughout.
    const mixed = practiceFeedback(
      [
        said("Rookt u?", closed(), "volgend"),
        said("Slaapt u goed?", closed(), "volgend"),
        said("Wat is voor u belangrijk?", open(), "volgend"),
      ],
      null,
      "nl",
    );
    expect(mixed.zz.track).toBe(false);
  });
});
