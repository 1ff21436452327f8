// A whole incidentmethode round over real HTTP (signed requests, the fake Slack Web API), from
// /intervisie through every phase, notes, ratings and controls to the record; then a retry storm.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SlackCall } from "./fake-slack.ts";
import { type SlackHarness, startSlackHarness } from "./harness.ts";
import { CHANNEL, ChannelSide, RoundView, refOfPost, startValues, textValues } from "./intervision-driver.ts";
import { blocksOf, buttonsOf, textOf } from "./slack-client.ts";

const FACILITATOR = "U0FAC";
const CASE = "U0CASE";
const ANNA = "U0ANNA";
const BOB = "U0BOB";

let h: SlackHarness;
let side: ChannelSide;
let round: RoundView;

beforeAll(async () => {
  h = await startSlackHarness();
  side = new ChannelSide(h);
  h.fake.answer("conversations.members", { ok: true, members: [FACILITATOR, CASE, ANNA, BOB] });
});
afterAll(async () => h?.stop());

const rows = async (sql: string, ...args: string[]) => {
  const { createClient } = await import("@libsql/client");
  const db = createClient({ url: h.server.dbUrl });
  try {
    return (await db.execute({ sql, args })).rows;
  } finally {
    db.close();
  }
};

/** A reply in the round's thread; waits for `notes` private notes to `user` (none: just the 200). */
async function reply(user: string, text: string, notes = 0): Promise<SlackCall[]> {
  const before = side.ephemerals(user).length;
  const delivery = await side.reply(user, round.ts, text);
  expect(delivery.status, delivery.text).toBe(200);
  if (notes === 0) return [];
  await expect.poll(() => side.ephemerals(user).length).toBeGreaterThanOrEqual(before + notes);
  return side.ephemerals(user).slice(before);
}

describe("an incidentmethode round in a channel", () => {
  let opened: SlackCall;

  it("opens the start modal from /intervisie with the channel's members as participants", async () => {
    opened = await side.expectView(() => side.command(FACILITATOR));
    const view = opened.args.view as {
      callback_id: string;
      blocks: { block_id?: string; element?: unknown }[];
    };
    expect(view.callback_id).toBe("gc_iv_start");
    const participants = view.blocks.find((b) => b.block_id === "participants");
    expect(participants?.element).toMatchObject({ initial_users: [FACILITATOR, CASE, ANNA, BOB] });
    expect(textOf(opened)).toContain("Incidentmethode");
    expect(h.fake.ok("conversations.members")[0]?.args.channel).toBe(CHANNEL);
  });

  it("refuses /intervisie in a direct message with a note", async () => {
    const delivery = await side.command(FACILITATOR, "", "D0FAC");
    expect(delivery.status).toBe(200);
    expect(delivery.text).toContain("in een kanaal");
  });

  it("answers a start with too few participants with inline errors", async () => {
    const delivery = await side.submit(
      FACILITATOR,
      opened,
      startValues({ method: "incident", caseBringer: CASE, participants: [ANNA] }),
    );
    expect(delivery.status).toBe(200);
    expect(JSON.parse(delivery.text)).toEqual({
      response_action: "errors",
      errors: { participants: expect.stringContaining("minstens drie") },
    });
    expect(await h.count("intervision_rounds")).toBe(0);
  });

  it("posts the parent message with the steps and the first phase in its thread", async () => {
    const [parent, first] = await side.expectCalls(
      () =>
        side.submit(
          FACILITATOR,
          opened,
          startValues({
            method: "incident",
            caseBringer: CASE,
            participants: [FACILITATOR, ANNA, BOB],
            anonymous: true,
          }),
        ),
      "chat.postMessage",
      2,
    );
    if (!parent || !first) throw new Error("expected two posts");
    round = new RoundView(side, parent);
    expect(parent.args.channel).toBe(CHANNEL);
    expect(parent.args.thread_ts).toBeUndefined();
    const text = textOf(parent);
    expect(text).toContain("Intervisie: Incidentmethode");
    expect(text).toContain(`Gespreksleider: <@${FACILITATOR}> · Casusinbrenger: <@${CASE}> · 4 deelnemers`);
    for (const step of [
      "Casus",
      "Feitelijke vragen",
      "Analyse",
      "Adviesronde",
      "Wat neem je mee?",
      "Terugblik",
    ])
      expect(text).toContain(step);
    expect(text).toMatch(/▶️ \*1\. Casus\* · tot <!date\^\d+\^/);
    expect(buttonsOf(parent).map((b) => b.text.text)).toEqual([
      "Volgende fase",
      "Verleng 24 uur",
      "Sluit fase",
      "Beëindig ronde",
    ]);
    // Every phase runs in the parent's thread.
    expect(first.args.thread_ts).toBe(round.ts);
    expect(textOf(first)).toContain("Fase 1 van 6: Casus");
    expect(textOf(first)).toContain(`Aan de beurt: <@${CASE}>.`);
    expect(await h.count("intervision_participants")).toBe(4);
    // The deadline and the reminder of phase 1 are timer rows.
    expect(await h.count("timers", "id like 'iv:%'")).toBe(2);
  });

  it("lists the running round in App Home", async () => {
    const [published] = await side.expectCalls(() => h.slack.homeOpened(ANNA), "views.publish");
    const text = textOf(published);
    expect(text).toContain("Intervisie");
    expect(text).toContain(`*Incidentmethode* in <#${CHANNEL}> · fase 1 van 6: Casus`);
  });

  it("stores the case bringer's case with its phase", async () => {
    await reply(CASE, "Een vrouw van 80 wil geen verwijzing, en ik twijfel of ik moet doorzetten.");
    const [stored] = await rows("select phase, kind, user_id from intervision_contributions");
    expect(stored).toMatchObject({ phase: 0, kind: "contribution", user_id: CASE });
  });

  it("lets only the facilitator run the round: anyone else gets a private note", async () => {
    const posts = side.posts().length;
    const delivery = await side.press(ANNA, round.control("Volgende fase"), round.parentNow);
    expect(delivery.status).toBe(200);
    await expect.poll(() => side.ephemerals(ANNA).length).toBe(1);
    const [note] = side.ephemerals(ANNA);
    expect(String(note?.args.text)).toContain(`Alleen de gespreksleider (<@${FACILITATOR}>)`);
    expect(note?.args.channel).toBe(CHANNEL);
    expect(side.posts()).toHaveLength(posts);
  });

  it("moves to the questions when the facilitator presses next, and updates the parent", async () => {
    const [phase] = await round.press(FACILITATOR, "Volgende fase");
    expect(phase?.args.thread_ts).toBe(round.ts);
    expect(textOf(phase)).toContain("Fase 2 van 6: Feitelijke vragen");
    expect(textOf(phase)).toContain(`Aan de beurt: <@${ANNA}>, <@${BOB}> en <@${FACILITATOR}>.`);
    // Anonymous questions are on: the phase message has the button.
    expect(buttonsOf(phase).map((b) => b.text.text)).toEqual([
      "Schrijf een bijdrage",
      "Stel een anonieme vraag",
    ]);
    await expect.poll(() => round.parentText).toContain("✅ 1. Casus");
    expect(round.parentText).toMatch(/▶️ \*2\. Feitelijke vragen\*/);
  });

  let question: SlackCall | undefined;

  it("sends each question to the case bringer to rate", async () => {
    const dms = side.dms(CASE).length;
    await reply(ANNA, "Wat zei ze precies toen je de verwijzing voorstelde?");
    await expect.poll(() => side.dms(CASE).length).toBe(dms + 1);
    question = side.dms(CASE).at(-1);
    expect(textOf(question)).toContain("Wat zei ze precies toen je de verwijzing voorstelde?");
    expect(buttonsOf(question).map((b) => b.text.text)).toEqual(["🔥 Warm", "Lauwarm", "🧊 Koud"]);
    const [stored] = await rows("select kind, phase from intervision_contributions where user_id = ?", ANNA);
    expect(stored).toMatchObject({ kind: "question", phase: 1 });
  });

  it("gives a private note for an advice in the question phase", async () => {
    const [note] = await reply(BOB, "Je moet haar gewoon doorverwijzen naar de geriater.", 1);
    expect(note?.args.channel).toBe(CHANNEL);
    expect(note?.args.thread_ts).toBe(round.ts);
    expect(String(note?.args.text)).toContain("Dit klinkt als een advies");
  });

  it("warns privately about what looks like a patient identifier", async () => {
    const [note] = await reply(ANNA, "Is dat mevrouw Jansen van de Kerkstraat 12?", 1);
    expect(String(note?.args.text)).toContain("een naam en een adres");
    expect(String(note?.args.text)).toContain("pseudoniem");
  });

  it("takes an anonymous question through the modal and posts it without a name", async () => {
    const phase = round.phaseMessage();
    const ask = buttonsOf(phase).find((b) => b.text.text === "Stel een anonieme vraag");
    if (!ask) throw new Error("no ask button");
    const modal = await side.expectView(() => side.press(BOB, ask, refOfPost(phase)));
    expect((modal.args.view as { callback_id: string }).callback_id).toBe("gc_iv_contribute");
    // An identifier is refused inline, before anything reaches the channel.
    const refused = await side.submit(BOB, modal, textValues("text", "Belde ze vanaf 06-12345678?"));
    expect(JSON.parse(refused.text)).toMatchObject({
      response_action: "errors",
      errors: { text: expect.stringContaining("telefoonnummer") },
    });
    const [posted] = await side.expectCalls(
      () => side.submit(BOB, modal, textValues("text", "Hoe voelde jij je na dat gesprek?")),
      "chat.postMessage",
    );
    expect(posted?.args.thread_ts).toBe(round.ts);
    expect(textOf(posted)).toContain("Anonieme vraag");
    expect(textOf(posted)).not.toContain(BOB);
    const [stored] = await rows(
      "select anonymous, kind, message_ts from intervision_contributions where text like 'Hoe voelde%'",
    );
    expect(stored).toMatchObject({ anonymous: 1, kind: "question", message_ts: posted?.response.ts });
  });

  it("lets the case bringer rate a question, and nobody else", async () => {
    if (!question) throw new Error("no question message");
    const warm = buttonsOf(question).find((b) => b.text.text === "🔥 Warm");
    if (!warm) throw new Error("no warm button");
    const ref = refOfPost(question);
    await side.press(ANNA, warm, ref);
    await expect.poll(() => side.ephemerals(ANNA).at(-1)?.args.text).toContain("Alleen de casusinbrenger");
    expect(await h.count("intervision_ratings")).toBe(0);

    const [updated] = await side.expectCalls(() => side.press(CASE, warm, ref), "chat.update");
    expect(textOf(updated)).toContain("Jouw beoordeling: 🔥 Warm");
    expect(blocksOf(updated).some((b) => b.type === "actions")).toBe(true);
    const [rating] = await rows("select rating from intervision_ratings");
    expect(rating).toMatchObject({ rating: "warm" });
  });

  it("stores the case bringer's answers in the question phase as answers, without notes", async () => {
    const notes = side.ephemerals(CASE).length;
    await reply(CASE, "Ze zei dat ze niet naar het ziekenhuis wil.");
    const [stored] = await rows(
      "select kind from intervision_contributions where user_id = ? and phase = 1",
      CASE,
    );
    expect(stored).toMatchObject({ kind: "answer" });
    expect(side.ephemerals(CASE)).toHaveLength(notes);
  });

  it("refuses a modal contribution for a phase that moved on, inline, so its text is kept", async () => {
    const phase = round.phaseMessage();
    const write = buttonsOf(phase).find((b) => b.text.text === "Schrijf een bijdrage");
    if (!write) throw new Error("no write button");
    const modal = await side.expectView(() => side.press(ANNA, write, refOfPost(phase)));
    const [next] = await round.press(FACILITATOR, "Volgende fase");
    expect(textOf(next)).toContain("Fase 3 van 6: Analyse");
    const late = await side.submit(ANNA, modal, textValues("text", "Wat zei de familie?"));
    expect(JSON.parse(late.text)).toEqual({
      response_action: "errors",
      errors: { text: "Deze fase is voorbij." },
    });
    expect(await h.count("intervision_contributions", "text = ?", "Wat zei de familie?")).toBe(0);
  });

  it("reminds the case bringer who posts while only reading along in the analysis", async () => {
    const phase = round.phaseMessage();
    expect(textOf(phase)).toContain("Fase 3 van 6: Analyse");
    expect(textOf(phase)).toContain(`<@${CASE}> leest alleen mee.`);
    await reply(ANNA, "Ze lijkt vooral bang om de regie te verliezen.");
    const [note] = await reply(CASE, "Dat klopt niet helemaal.", 1);
    expect(String(note?.args.text)).toContain("in deze fase lees je alleen mee");
  });

  it("runs the advice round, the take-away and the look back", async () => {
    expect(textOf((await round.press(FACILITATOR, "Volgende fase"))[0])).toContain(
      "Fase 4 van 6: Adviesronde",
    );
    await reply(BOB, "Bespreek met haar wat ze zelf wil, en plan een huisbezoek.");
    expect(textOf((await round.press(FACILITATOR, "Volgende fase"))[0])).toContain(
      "Fase 5 van 6: Wat neem je mee?",
    );
    await reply(CASE, "Ik neem het huisbezoek mee, en vraag eerst wat zij wil.");
    const [last] = await round.press(FACILITATOR, "Volgende fase");
    expect(textOf(last)).toContain("Fase 6 van 6: Terugblik");
    // On the last phase, "next" finishes the round.
    expect(round.control("Rond af")).toBeDefined();
    await reply(CASE, "Het huisbezoek ging goed; ze koos zelf voor thuiszorg.");
  });

  it("ends with the next steps: the record in the thread, Markdown for the facilitator", async () => {
    const modal = await side.expectView(() =>
      side.press(FACILITATOR, round.control("Beëindig ronde"), round.parentNow),
    );
    expect((modal.args.view as { callback_id: string }).callback_id).toBe("gc_iv_end");
    const before = side.posts().length;
    const delivery = await side.submit(
      FACILITATOR,
      modal,
      textValues("next_steps", "Huisbezoek binnen twee weken\nTerugkoppelen in het teamoverleg"),
    );
    expect(delivery.status).toBe(200);
    await expect.poll(() => side.dms(FACILITATOR).length).toBe(1);
    const record = side
      .posts()
      .slice(before)
      .filter((c) => c.args.thread_ts === round.ts);
    const text = record.map((c) => textOf(c)).join("\n");
    expect(text).toContain("Verslag intervisie: Incidentmethode");
    expect(text).toContain("*De vraag*\n• Een vrouw van 80 wil geen verwijzing");
    expect(text).toContain("• Vraag (warm): Wat zei ze precies toen je de verwijzing voorstelde?");
    expect(text).toContain("• Antwoord: Ze zei dat ze niet naar het ziekenhuis wil.");
    expect(text).toContain("*De adviezen*\n• Bespreek met haar wat ze zelf wil, en plan een huisbezoek.");
    expect(text).toContain(
      "*Afgesproken vervolgstappen*\n• Huisbezoek binnen twee weken\n• Terugkoppelen in het teamoverleg",
    );
    // Masked in the record, and no aside of the case bringer.
    expect(text).toContain("[naam]");
    expect(text).not.toContain("Jansen");
    expect(text).not.toContain("Dat klopt niet helemaal");
    // No colleague is named in the record.
    for (const user of [ANNA, BOB]) expect(text).not.toContain(user);

    const markdown = textOf(side.dms(FACILITATOR)[0]);
    expect(markdown).toContain("```# Verslag intervisie: Incidentmethode");
    expect(markdown).toContain("## Afgesproken vervolgstappen");

    await expect.poll(() => round.parentText).toContain("Afgerond op");
    expect(buttonsOf({ ...round.parent, args: { blocks: round.parentNow.blocks } })).toEqual([]);
    const [stored] = await rows("select status, change from intervision_rounds");
    expect(stored).toMatchObject({ status: "ended", change: "ended" });
  });

  it("takes nothing more after the end, and App Home no longer lists it", async () => {
    const [note] = await reply(ANNA, "Nog een nagekomen gedachte.", 1);
    expect(String(note?.args.text)).toContain("afgerond");
    expect(await h.count("intervision_contributions", "text like 'Nog een%'")).toBe(0);
    const [published] = await side.expectCalls(() => h.slack.homeOpened(ANNA), "views.publish");
    expect(textOf(published)).toContain("Je hebt geen lopende intervisierondes");
  });
});

describe("a retry storm", () => {
  it("stores a re-delivered reply once, and rates it once", async () => {
    const [parent] = await side.expectCalls(
      async () => {
        const opened = await side.expectView(() => side.command(FACILITATOR));
        return side.submit(
          FACILITATOR,
          opened,
          startValues({ method: "vijfstappen", caseBringer: CASE, participants: [ANNA, BOB] }),
        );
      },
      "chat.postMessage",
      2,
    );
    if (!parent) throw new Error("no parent");
    const storm = new RoundView(side, parent);
    await storm.press(FACILITATOR, "Volgende fase");
    const dms = side.dms(CASE).length;
    const ts = side.nextTs();
    const eventId = h.slack.eventId();
    const text = "Wat heb je zelf al geprobeerd?";
    // The same event many times at once, retries of it, and the same message under another event id.
    const deliveries = await Promise.all([
      ...Array.from({ length: 6 }, () => side.reply(ANNA, storm.ts, text, { ts, eventId })),
      ...[1, 2, 3].map((retryNum) => side.reply(ANNA, storm.ts, text, { ts, eventId, retryNum })),
      side.reply(ANNA, storm.ts, text, { ts }),
    ]);
    for (const d of deliveries) expect([200, 503]).toContain(d.status);
    expect(await h.count("intervision_contributions", "message_ts = ?", ts)).toBe(1);
    // Every delivery's work has ended once no claim is in progress (work past the ack included):
    // only then is the count of rating DMs final.
    await expect.poll(() => h.count("slack_events", "status = 'processing'")).toBe(0);
    expect(side.dms(CASE)).toHaveLength(dms + 1);
  });
});

describe("the logs", () => {
  it("carry no contribution text and no errors", () => {
    const output = h.server.child.output();
    for (const typed of [
      "Een vrouw van 80",
      "Wat zei ze precies",
      "geriater",
      "Jansen",
      "Hoe voelde jij",
      "Huisbezoek binnen",
    ])
      expect(output).not.toContain(typed);
    expect(output).toContain('"msg":"intervision contribution"');
    expect(output).not.toContain('"level":"error"');
  });
});
