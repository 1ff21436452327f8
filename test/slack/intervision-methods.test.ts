// The other methods over real HTTP: whole roddel, vijfstappen and Balint-light rounds, the roddel
// rules, extend and close, a stale press, and the identifier warning per kind (not on ordinary text).
import { createClient } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { METHODS } from "../../src/intervision/methods.ts";
import type { SlackCall } from "./fake-slack.ts";
import { type SlackHarness, startSlackHarness } from "./harness.ts";
import {
  ChannelSide,
  type MessageRef,
  RoundView,
  type StartForm,
  startValues,
  textValues,
} from "./intervision-driver.ts";
import { buttonsOf, textOf } from "./slack-client.ts";

const FACILITATOR = "U0LEAD";
const CASE = "U0BRING";
const ANNA = "U0ANNA";
const BOB = "U0BOB";

let h: SlackHarness;
let side: ChannelSide;

beforeAll(async () => {
  h = await startSlackHarness();
  side = new ChannelSide(h);
  h.fake.answer("conversations.members", { ok: true, members: [FACILITATOR, CASE, ANNA, BOB] });
});
afterAll(async () => h?.stop());

async function startRound(form: Omit<StartForm, "caseBringer" | "participants">): Promise<RoundView> {
  const opened = await side.expectView(() => side.command(FACILITATOR));
  const [parent] = await side.expectCalls(
    () =>
      side.submit(
        FACILITATOR,
        opened,
        startValues({ ...form, caseBringer: CASE, participants: [ANNA, BOB] }),
      ),
    "chat.postMessage",
    2,
  );
  if (!parent) throw new Error("no parent message");
  const round = new RoundView(side, parent);
  await round.agree([CASE, ANNA, BOB]);
  return round;
}

/** A reply; resolves with the private notes it caused for its author. */
async function reply(round: RoundView, user: string, text: string): Promise<string[]> {
  const before = side.ephemerals(user).length;
  const delivery = await side.reply(user, round.ts, text);
  expect(delivery.status, delivery.text).toBe(200);
  return side
    .ephemerals(user)
    .slice(before)
    .map((c) => String(c.args.text));
}

describe("a whole round of every other method", () => {
  for (const method of ["roddel", "vijfstappen", "balint"] as const) {
    it(`runs the ${method} method from the modal through every phase to the record`, async () => {
      const round = await startRound({ method });
      const phases = METHODS[method].phases;
      for (const [i, phase] of phases.entries()) {
        expect(textOf(round.phaseMessage())).toContain(
          `Fase ${i + 1} van ${phases.length}: ${phase.text.nl.name}`,
        );
        const author = phase.contributors === "caseBringer" ? CASE : ANNA;
        expect(await reply(round, author, `Bijdrage in fase ${phase.text.nl.name}, zonder namen.`)).toEqual(
          [],
        );
        if (i < phases.length - 1) await round.press(FACILITATOR, "Volgende fase");
        else {
          // "Rond af" on the last phase asks for the agreed next steps, like "Beëindig ronde".
          const modal = await side.expectView(() =>
            side.press(FACILITATOR, round.control("Rond af"), round.parentNow),
          );
          expect((modal.args.view as { callback_id: string }).callback_id).toBe("gc_iv_end");
          await side.expectCalls(
            () => side.submit(FACILITATOR, modal, textValues("next_steps", "")),
            "chat.postMessage",
          );
        }
      }
      const record = round
        .thread()
        .map((c) => textOf(c))
        .join("\n");
      expect(record).toContain(`Verslag intervisie: ${METHODS[method].name.nl}`);
      for (const phase of phases)
        expect(record).toContain(`Bijdrage in fase ${phase.text.nl.name}, zonder namen.`);
      expect(record).toContain("Geen vervolgstappen vastgelegd.");
      await expect.poll(() => round.parentText).toContain("Afgerond op");
    });
  }
});

describe("the roddelmethode's rules and the facilitator's controls", () => {
  let round: RoundView;
  let firstParent: MessageRef;

  it("notes a fourth question from the same person", async () => {
    round = await startRound({ method: "roddel" });
    firstParent = round.parentNow;
    await reply(round, CASE, "Hoe blijf ik rustig bij een boze patiënt?");
    await round.press(FACILITATOR, "Volgende fase");
    for (const q of ["Wat maakt het lastig?", "Wanneer lukte het wel?", "Wat doe je dan?"])
      expect(await reply(round, ANNA, q)).toEqual([]);
    const notes = await reply(round, ANNA, "Wie helpt je daarbij?");
    expect(notes).toEqual([expect.stringContaining("hooguit 3 vragen")]);
    expect(
      await h.count(
        "intervision_contributions",
        "user_id = ? and kind = 'question' and round_id in (select id from intervision_rounds where status = 'running')",
        ANNA,
      ),
    ).toBe(4);
  });

  it("reminds the case bringer to read along in the gossip phase", async () => {
    const [phase] = await round.press(FACILITATOR, "Volgende fase");
    expect(textOf(phase)).toContain("Fase 3 van 5: Roddelen");
    expect(await reply(round, BOB, "Zij lijkt zich verantwoordelijk te voelen voor de boosheid.")).toEqual(
      [],
    );
    const notes = await reply(round, CASE, "Nee, zo is het niet.");
    expect(notes).toEqual([expect.stringContaining("in deze fase lees je alleen mee")]);
  });

  it("refuses a press on an earlier state of the parent message", async () => {
    const old = buttonsOf({ args: { blocks: firstParent.blocks } } as unknown as SlackCall).find(
      (b) => b.text.text === "Volgende fase",
    );
    if (!old) throw new Error("no old button");
    const posts = side.posts().length;
    expect((await side.press(FACILITATOR, old, firstParent)).status).toBe(200);
    await expect.poll(() => side.ephemerals(FACILITATOR).at(-1)?.args.text).toContain("eerdere stand");
    expect(side.posts()).toHaveLength(posts);
    expect(textOf(round.phaseMessage())).toContain("Roddelen");
  });

  it("extends the phase with a note in the thread and a later deadline on the parent", async () => {
    const before = round.parentText;
    const [note] = await round.press(FACILITATOR, "Verleng 24 uur");
    expect(note?.args.thread_ts).toBe(round.ts);
    expect(textOf(note)).toContain("heeft fase Roddelen verlengd tot <!date^");
    await expect.poll(() => round.parentText).not.toBe(before);
    const db = createClient({ url: h.server.dbUrl });
    const [stored] = (
      await db.execute(
        "select deadline_at - phase_started_at as span from intervision_rounds where method = 'roddel' and status = 'running'",
      )
    ).rows;
    db.close();
    expect(Number(stored?.span)).toBeGreaterThanOrEqual(48 * 3_600_000 - 60_000);
  });

  it("closes the phase: later replies are not taken, and extending opens it again", async () => {
    const [note] = await round.press(FACILITATOR, "Sluit fase");
    expect(textOf(note)).toContain("heeft fase Roddelen gesloten voor bijdragen");
    expect(() => round.control("Sluit fase")).toThrow();
    const notes = await reply(round, BOB, "Nog iets over haar houding.");
    expect(notes).toEqual([expect.stringContaining("gesloten voor bijdragen")]);
    expect(await h.count("intervision_contributions", "text like 'Nog iets over%'")).toBe(0);
    await round.press(FACILITATOR, "Verleng 24 uur");
    expect(await reply(round, BOB, "Nog iets over haar houding.")).toEqual([]);
    expect(await h.count("intervision_contributions", "text like 'Nog iets over%'")).toBe(1);
  });
});

describe("the identifier warning", () => {
  let round: RoundView;

  it.each([
    ["een naam", "Mevrouw Bakker vertelde dat ze niet meer slaapt."],
    ["een geboortedatum", "Ze is geboren op 12-03-1954."],
    ["een BSN", "Haar nummer is 111222333."],
    ["een telefoonnummer", "Haar dochter belde vanaf 06-12345678."],
    ["een adres", "Ze woont op de Dorpsstraat 14."],
  ])("warns the author privately about %s", async (kind, text) => {
    round ??= await startRound({ method: "vijfstappen" });
    const notes = await reply(round, CASE, text);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(`lijkt ${kind} van een patiënt`);
    expect(notes[0]).toContain("pseudoniem");
  });

  it("says nothing about ordinary case talk", async () => {
    const notes = await reply(
      round,
      CASE,
      "Mevrouw A., een vrouw van 80, kwam in maart 2024 met 2x daags 500 mg; de POH belde 112 niet.",
    );
    expect(notes).toEqual([]);
  });
});
