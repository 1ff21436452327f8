// The simulated patient answers what was asked, at the depth the relationship allows, reacts to insults,
// intrusive and suicide questions and scaling as such, and never says the same line twice unmarked.
import { describe, expect, it } from "vitest";
import { initialPatient } from "./context.ts";
import { scaleAnswer } from "./patient.ts";
import { personas } from "./personas.ts";
import { play } from "./play.ts";
import { measure } from "./sessions-report.ts";

describe("the patient answers the topic asked", () => {
  it("Henk answers smoking, breathlessness and fever each on its own", () => {
    const { replies } = play("henk", [
      "Hoeveel rookt u nog per dag?",
      "Bent u kortademig bij traplopen?",
      "Heeft u ook koorts gehad?",
    ]);
    expect(replies[0]).toContain("Een stuk of tien per dag");
    expect(replies[1]).toContain("kortademig");
    expect(replies[1]).not.toContain("sigaret");
    expect(replies[2]).not.toBe(replies[1]);
  });

  it("Gerda answers what makes a day worthwhile instead of refusing to change", () => {
    const { replies } = play("gerda", ["Wat maakt voor u een dag de moeite waard?"]);
    expect(replies[0]).toContain("de moeite waard");
    expect(replies[0]).not.toMatch(/Veranderen\?/);
  });

  it("keeps what lies deeper for when the patient has opened up", () => {
    const early = play("henk", ["Hoe voelt u zich daaronder?"]).replies[0];
    expect(early).toMatch(/Daar ga ik het nu niet over hebben|Niks aan de hand/);
    const later = play("henk", [
      "Hoe gaat het met u?",
      "Het klinkt alsof het lopen steeds zwaarder wordt.",
      "Hoe voelt u zich daaronder?",
    ]).replies[2];
    expect(later).toContain("luchtig");
  });

  it("answers in English with the English rules", () => {
    const { replies } = play("ans", ["Do you still smoke?", "How do you sleep?"], "en");
    expect(replies[0]).toContain("I stopped twenty years ago");
    expect(replies[1]).toContain("don't wake up rested");
  });

  it("says an honest no to a symptom the patient does not have, and yes to one it has", () => {
    const { replies } = play("henk", ["Heeft u koorts gehad?", "Bent u benauwd?"]);
    expect(replies[0]).toMatch(/^Nee/);
    expect(replies[1]).toContain("kortademig");
  });

  it("tells earlier attempts apart from the patient's own idea of the cause", () => {
    const { parts } = play("samira", [
      "Wat heeft u zelf al geprobeerd?",
      "Wat denkt u zelf dat er aan de hand is?",
    ]);
    expect(parts[0]).toContainEqual(expect.objectContaining({ pool: "about", topic: "attempts" }));
    expect(parts[1]).toContainEqual(expect.objectContaining({ pool: "about", topic: "ideas" }));
  });

  it("hears who is around the patient as family, in Dutch and English", () => {
    expect(play("henk", ["Wie heeft u om u heen?"]).parts[0]).toContainEqual(
      expect.objectContaining({ topic: "family" }),
    );
    expect(play("henk", ["Who do you have around you?"], "en").parts[0]).toContainEqual(
      expect.objectContaining({ topic: "family" }),
    );
  });

  it("answers how the patient sees the future in phase 1 instead of refusing to change", () => {
    const reply = play("gerda", ["Hoe gaat het met u?", "Hoe ziet u de toekomst?"]).replies[1];
    expect(reply).toContain("niet zo ver meer vooruit");
    expect(reply).not.toMatch(/Veranderen\?/);
  });

  it("is puzzled by a topic it has nothing on", () => {
    const { replies } = play("gerda", ["Hoe gaat het op uw werk?"]);
    expect(replies[0]).toMatch(/Hoe bedoelt u|nooit zo over nagedacht/);
  });
});

describe("reactions as such", () => {
  it("is hurt by an insult and closes a little", () => {
    const p = play("samira", ["Hoe gaat het?", "Je stelt je gewoon aan, stel je niet zo aan."]);
    expect(p.replies[1]).toMatch(/serieus|kwetsend/);
    expect(p.context.patient.depth).toBe(0);
  });

  it("is put off by an intrusive question and answers a suicide question with an honest no", () => {
    expect(play("henk", ["Hoeveel verdient u eigenlijk?"]).replies[0]).toMatch(/niks aan|Waarom wilt u/);
    const no = play("gerda", ["Heeft u weleens gedachten om uit het leven te stappen?"]).replies[0];
    expect(no).toMatch(/^Nee, dokter\..*zoon/);
  });

  it("gives a number on a scale that fits the persona", () => {
    const reply = play("henk", ["Op een schaal van 0 tot 10, hoe belangrijk is het voor u om te stoppen?"])
      .replies[0];
    expect(reply).toMatch(/\b3\b/);
    expect(scaleAnswer(personas.henk, initialPatient, "scaleConfidence")).toBe(1);
    expect(scaleAnswer(personas.samira, initialPatient, "scaleConfidence")).toBe(5);
    const later = { ...initialPatient, valueVoiced: true, changeTalk: 1 };
    expect(scaleAnswer(personas.henk, later, "scaleImportance")).toBeGreaterThan(3);
  });
});

describe("no line twice", () => {
  it("says 'zoals ik al zei' when the same thing is asked again", () => {
    const { replies } = play("ans", ["Rookt u?", "Rookt u?", "Rookt u?"]);
    expect(replies[1]).toMatch(/^Zoals ik al zei: Roken\?/);
    expect(replies[2]).toMatch(/^Dat zei ik net al: Roken\?/);
  });

  it("does not tell a fact as news when its story line already told it, nor the story after the fact", () => {
    // Henk's second story line tells his walks with the dog; asked how he moves, he says so again.
    const afterStory = play("henk", ["Hoe gaat het met u?", "Vertel eens wat meer.", "Hoeveel beweegt u?"]);
    expect(afterStory.replies[2]).toMatch(/^(Zoals ik al zei|Dat zei ik net al): /);
    // Asked first how he moves, Henk told of the dog; the story passes over that line and goes on.
    const afterFact = play("henk", ["Hoeveel beweegt u?", "Hoe gaat het met u?", "Vertel eens wat meer."]);
    expect(afterFact.replies[0]).toContain("Bram");
    expect(afterFact.replies[2]).not.toContain("Bram");
    expect(afterFact.replies[2]).toContain("vissen");
  });

  it("gives the same short answer to the same closed question, marked as said before", () => {
    for (const persona of ["ans", "henk", "samira", "gerda"] as const) {
      const { replies } = play(persona, ["Vind je dat lastig?", "Oké.", "Vind je dat lastig?"]);
      const first = replies[0] ?? "";
      expect(replies[2], persona).toMatch(
        new RegExp(`^(Zoals ik al zei|Dat zei ik net al): ${first.replace(/[.?]/g, "\\$&")}`),
      );
    }
  });

  it("never repeats a reply word for word in a careless session of backchannels and closed questions", () => {
    const lines = [
      "Oké.",
      "Mm-hm.",
      "Ja.",
      "Vind je dat lastig?",
      "Oké.",
      "Mm-hm.",
      "Vind je dat lastig?",
      "Ja.",
    ];
    for (const persona of ["ans", "henk", "samira", "gerda"] as const) {
      const { replies } = play(persona, [...lines, ...lines]);
      expect(new Set(replies).size, persona).toBe(replies.length);
    }
  });
});

describe("the model's triggers", () => {
  it("goes along hesitantly with a shift to phase 2 before what matters was said, and stays unready", () => {
    const p = play("ans", [
      "Zullen we kijken wat je zou willen veranderen?",
      "Wat zou je willen veranderen?",
    ]);
    expect(p.context.turns[0]?.shift).toMatchObject({ to: "activerend", premature: true });
    expect(p.replies[0]).toMatch(/als u dat wilt|waar u naartoe wilt|goed dan/);
    expect(p.replies[1]).toMatch(/weet .*nog niet|waar ik zou moeten beginnen/);
    const withHints = play("ans", ["Zullen we kijken wat je zou willen veranderen?"]);
    expect(withHints.context.hints).toContain("premature");
    expect(withHints.context.hints).not.toContain("named");
  });

  it("takes advice in phase 3 only with permission and after saying what matters", () => {
    const withoutPermission = play("gerda", [
      "Ik ga u nu wat uitleg geven over slapen.",
      "U moet minder wijn drinken.",
    ]);
    expect(withoutPermission.replies[1]).toMatch(/^(Ja, maar|Dat is lief bedoeld|Ja maar)/);
    const beforeValue = play("gerda", [
      "Mag ik u iets vertellen over slapen?",
      "U moet minder wijn drinken.",
    ]);
    expect(beforeValue.replies[1]).toMatch(/^(Ja, maar|Dat is lief bedoeld|Ja maar)/);
  });

  it("takes advice in phase 3 when it ties to what matters, and says 'ja, maar' when it does not", () => {
    const opening = [
      "Hoe gaat het met u?",
      "Het klinkt alsof de avonden lang zijn.",
      "U mist het zorgen voor iemand.",
      "Dat raakt u.",
      "Mag ik u een idee geven?",
    ];
    const tied = play("gerda", [...opening, "Misschien kunt u weer eens gaan kijken bij het koor."]);
    expect(tied.context.patient.valueVoiced).toBe(true);
    expect(tied.parts[5]).toContainEqual(expect.objectContaining({ pool: "acceptInfo" }));
    const loose = play("gerda", [...opening, "Misschien kunt u een slaapdagboek bijhouden."]);
    expect(loose.parts[5]).toContainEqual(expect.objectContaining({ pool: "yesBut" }));
  });

  it("makes a low-acceptance patient resist a plain instruction even after a goal of their own", () => {
    const p = play("henk", [
      "Hoe gaat het met u?",
      "Het klinkt alsof het lopen zwaar wordt.",
      "Je mist de zaterdagen met Mark.",
      "Dat raakt je.",
      "Zullen we kijken wat u zou willen veranderen?",
      "Wat zou u willen?",
      "Wat zou een eerste stap zijn?",
      "Hoe zou dat eruitzien?",
      "Mag ik u daar een tip over geven?",
      "U moet elke dag met de hond naar de steiger lopen.",
      "Misschien kunt u met Bram elke dag een stukje verder lopen, richting de steiger?",
    ]);
    expect(p.context.patient.goalTurn).not.toBeNull();
    expect(p.context.phase).toBe("expert");
    expect(p.parts[9]).toContainEqual(expect.objectContaining({ pool: "yesBut" }));
    expect(p.parts[10]).toContainEqual(expect.objectContaining({ pool: "acceptInfo" }));
  });

  it("makes a low-acceptance patient resist plain advice even with permission", () => {
    const p = play("henk", [
      "Hoe gaat het met u?",
      "Het klinkt alsof het lopen zwaar wordt.",
      "Je mist de zaterdagen met Mark.",
      "Dat raakt je.",
      "Mag ik u een advies geven?",
      "U moet stoppen met roken.",
    ]);
    expect(p.context.patient.valueVoiced).toBe(true);
    expect(p.context.phase).toBe("expert");
    expect(p.replies[5]).toMatch(/^(Ja maar|Ja, dat zeggen|Dat kan wel zijn)/);
  });
});

describe("a question the patient cannot place", () => {
  const pools = (reply: readonly { pool: string }[] | undefined) => (reply ?? []).map((p) => p.pool);

  it("puzzles Henk instead of bringing out his story, and never with the same line twice", () => {
    const asked = ["Wat is uw favoriete kleur?", "Wat vindt u van het weer?", "Hoe was uw vakantie?"];
    const { parts, replies } = play("henk", [...asked, "Welke auto rijdt u?"]);
    for (const reply of parts) {
      expect(pools(reply)).toContain("unknown");
      expect(pools(reply)).not.toContain("open");
    }
    expect(new Set(replies).size).toBe(4);
    expect(replies[0]).toBe("Hoe bedoelt u?");
  });

  it("still tells the story to a real invitation, in between", () => {
    const { parts } = play("gerda", [
      "Vertelt u eens",
      "Wat is uw favoriete kleur?",
      "Hoe gaat het met u?",
      "Kunt u daar meer over vertellen?",
      "Wat brengt u hier?",
    ]);
    expect(pools(parts[0])).toContain("open");
    expect(pools(parts[1])).toContain("unknown");
    expect(pools(parts[2])).toContain("open");
    expect(pools(parts[3])).toContain("open");
    expect(parts[4]).toContainEqual(expect.objectContaining({ pool: "about", topic: "complaint" }));
  });

  it("answers in character in English, each persona in its own words", () => {
    const asked = [
      "What's your favourite colour?",
      "What do you think of the weather?",
      "How was your holiday?",
    ];
    const samira = play("samira", asked, "en");
    for (const reply of samira.parts) expect(pools(reply)).toContain("unknown");
    expect(new Set(samira.replies).size).toBe(3);
    expect(samira.replies[0]).toBe("I don't quite see what you mean.");
    expect(pools(play("samira", ["Tell me more."], "en").parts[0])).toContain("open");
    const gerda = play("gerda", asked, "en").replies;
    expect(gerda.some((r) => r.includes("doctor"))).toBe(true);
    expect(gerda).not.toContain(samira.replies[0]);
  });

  it("says a puzzled line again only with a 'zoals ik al zei' once all are used", () => {
    const { replies } = play("ans", [
      "Wat is uw favoriete kleur?",
      "Wat vindt u van het weer?",
      "Hoe was uw vakantie?",
      "Welke auto rijdt u?",
      "Wat vindt u van de politiek?",
    ]);
    expect(new Set(replies.slice(0, 4)).size).toBe(4);
    expect(replies[4]).toMatch(
      /^(Zoals ik al zei|Dat zei ik net al|Nog een keer dan|Ik zeg het nog maar eens): /,
    );
  });

  it("keeps a short, stable answer for a closed question about something it cannot place", () => {
    const { parts } = play("henk", ["Houdt u van voetbal?"]);
    expect(pools(parts[0])).toEqual(["closed"]);
  });
});

describe("ten scripted sessions per persona (npm run sessions)", () => {
  it("answer the asked topic at least nine times in ten and repeat no reply word for word", () => {
    for (const persona of ["ans", "henk", "samira", "gerda"] as const) {
      const f = measure(persona);
      expect(f.topicQuestions, persona).toBeGreaterThan(30);
      expect(f.answered / f.topicQuestions, persona).toBeGreaterThanOrEqual(0.9);
      expect(f.repeated, persona).toBe(0);
      // A goal may echo the change talk before it; a story line and a topic fact may not say the same.
      expect(f.nearRepeats, persona).toBeLessThanOrEqual(1);
    }
  });
});
