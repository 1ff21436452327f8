// Intervision a team can trust, over real HTTP through Bolt's real WebClient against the fake Slack:
// edits, deletions and files in the thread honoured; only people take part; the start modal checks
// the channel up front and nothing fails silently; replies filed by when they were written; a double
// click answered once; what people wrote never becomes a mention or a link; new phases shown in the
// channel; and a long six-person round whose every payload fits Slack.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blocksProblem, blockTexts, type SlackCall } from "./fake-slack.ts";
import { type SlackHarness, startSlackHarness } from "./harness.ts";
import {
  ChannelSide,
  dbRows,
  type RoundView,
  refOfPost,
  type StartForm,
  startValues,
  textValues,
} from "./intervision-driver.ts";
import { buttonsOf, type Delivery, textOf } from "./slack-client.ts";

const FACILITATOR = "U0LEAD";
const CASE = "U0BRING";
const ANNA = "U0ANNA";
const BOB = "U0BOB";
const OUTSIDER = "U0PASSER";
const BOT = "U0BOTJE";
const APP = "U0THISAPP";

let h: SlackHarness;
let side: ChannelSide;

beforeAll(async () => {
  h = await startSlackHarness();
  side = new ChannelSide(h);
  h.fake.user(BOT, { is_bot: true });
  // The app's own bot user shows up in conversations.members like any member.
  h.fake.user(APP, { bot_id: "B0APP" });
  h.fake.answer("conversations.members", { ok: true, members: [FACILITATOR, CASE, ANNA, BOB, BOT, APP] });
});
afterAll(async () => h?.stop());

const rows = (sql: string, ...args: string[]) => dbRows(h, sql, ...args);

const startRound = (form: Partial<StartForm> & { method: StartForm["method"] }, channel = "C0TEAM") =>
  side.startRound(
    FACILITATOR,
    { caseBringer: CASE, participants: [FACILITATOR, ANNA, BOB], ...form },
    channel,
  );

const notesAfter = (user: string, send: () => Promise<Delivery>) => side.notesAfter(user, send);

const stored = (ts: string) =>
  rows(
    "select phase, kind, text, has_file, edited_at from intervision_contributions where message_ts = ?",
    ts,
  );

describe("the start modal", () => {
  it("opens at once and fills in only the people in the channel: no bots, not the app itself", async () => {
    const opened = await side.expectView(() => side.command(FACILITATOR));
    const view = opened.args.view as {
      blocks: { block_id?: string; element?: { initial_users?: string[] } }[];
    };
    const participants = view.blocks.find((b) => b.block_id === "participants");
    expect(participants?.element?.initial_users).toEqual([FACILITATOR, CASE, ANNA, BOB]);
    // The modal opened before Slack was asked about the channel and its people.
    const order = h.fake.calls.map((c) => c.method);
    expect(order.indexOf("views.open")).toBeLessThan(order.indexOf("conversations.members"));
  });

  it("still opens when Slack is slow to list the members, instead of losing the trigger", async () => {
    // Slack answers the member list only once the modal is open: it opens without waiting for it.
    const release = h.fake.hold("conversations.members");
    const opens = h.fake.ok("views.open").length;
    const members = h.fake.ok("conversations.members").length;
    let membersAtOpen: number | undefined;
    void h.fake.waitFor("views.open", opens + 1).then(() => {
      membersAtOpen = h.fake.ok("conversations.members").length - members;
      release();
    });
    const opened = await side.expectView(() => side.command(FACILITATOR));
    expect(membersAtOpen).toBe(0);
    expect((opened.args.view as { callback_id: string }).callback_id).toBe("gc_iv_start");
    expect(h.fake.ok("conversations.members").length).toBe(members + 1);
    expect(h.fake.refused("views.open", "expired_trigger_id")).toEqual([]);
  });

  it("tells the person what to do when the modal cannot open (an expired trigger)", async () => {
    h.fake.refuse("views.open", "expired_trigger_id");
    const notes = await notesAfter(FACILITATOR, () => side.command(FACILITATOR));
    expect(notes).toEqual([expect.stringContaining("Typ /intervisie nog eens")]);
  });

  it("says up front, in the modal, that the app is not in the channel or that the channel is archived", async () => {
    h.fake.channel("C0ELSEWHERE", { member: false });
    const outside = await side.expectView(() => side.command(FACILITATOR, "", "C0ELSEWHERE"));
    expect(textOf(outside)).toContain("/invite @Gesprekscoach");
    expect((outside.args.view as { submit?: unknown }).submit).toBeUndefined();
    // A private channel the app is not in: Slack answers channel_not_found.
    h.fake.channel("G0SECRET", { private: true, member: false });
    const secret = await side.expectView(() => side.command(FACILITATOR, "", "G0SECRET"));
    expect(h.fake.refused("conversations.info", "channel_not_found")).toHaveLength(1);
    expect(textOf(secret)).toContain("/invite @Gesprekscoach");
    h.fake.channel("C0OLD", { archived: true });
    const old = await side.expectView(() => side.command(FACILITATOR, "", "C0OLD"));
    expect(textOf(old)).toContain("gearchiveerd");
    expect(await h.count("intervision_rounds", "channel_id in ('C0ELSEWHERE', 'C0OLD')")).toBe(0);
  });

  it("warns in a public channel that everyone can read the thread", async () => {
    h.fake.channel("C0OPEN", { private: false });
    const opened = await side.expectView(() => side.command(FACILITATOR, "", "C0OPEN"));
    expect(textOf(opened)).toContain("dit is een openbaar kanaal");
    h.fake.channel("G0CLOSED", { private: true });
    const closed = await side.expectView(() => side.command(FACILITATOR, "", "G0CLOSED"));
    expect(textOf(closed)).not.toContain("openbaar kanaal");
  });

  it("leaves the list to the facilitator in a big channel, without asking Slack about every member", async () => {
    const crowd = Array.from({ length: 41 }, (_, i) => `U0MANY${String(i).padStart(2, "0")}`);
    h.fake.answer("conversations.members", { ok: true, members: crowd });
    const lookups = h.fake.calls.filter((c) => c.method === "users.info").length;
    const opened = await side.expectView(() => side.command(FACILITATOR, "", "C0GENERAL"));
    h.fake.answer("conversations.members", { ok: true, members: [FACILITATOR, CASE, ANNA, BOB, BOT, APP] });
    const view = opened.args.view as {
      blocks: { block_id?: string; hint?: { text: string }; element?: { initial_users?: string[] } }[];
    };
    const participants = view.blocks.find((b) => b.block_id === "participants");
    expect(participants?.element?.initial_users).toBeUndefined();
    expect(participants?.hint?.text).toContain("veel leden");
    expect(h.fake.calls.filter((c) => c.method === "users.info").length).toBe(lookups);
  });

  it("does not count bots towards the minimum, and refuses a bot as case bringer, inline", async () => {
    const opened = await side.expectView(() => side.command(FACILITATOR));
    const bots = await side.submit(
      FACILITATOR,
      opened,
      startValues({ method: "vijfstappen", caseBringer: CASE, participants: [BOT, APP] }),
    );
    expect(JSON.parse(bots.text)).toEqual({
      response_action: "errors",
      errors: { participants: expect.stringContaining("Bots en apps tellen niet mee") },
    });
    const botCase = await side.submit(
      FACILITATOR,
      opened,
      startValues({ method: "vijfstappen", caseBringer: BOT, participants: [ANNA, BOB] }),
    );
    expect(JSON.parse(botCase.text)).toMatchObject({
      errors: { case_bringer: expect.stringContaining("bot of app") },
    });
    expect(await h.count("intervision_rounds")).toBe(0);
  });

  it("starts with the people only, when bots were picked as well", async () => {
    const round = await startRound({ method: "vijfstappen", participants: [ANNA, BOB, BOT, APP] });
    const [row] = await rows("select id from intervision_rounds where parent_ts = ?", round.ts);
    const participants = await rows(
      "select user_id from intervision_participants where round_id = ? order by user_id",
      String(row?.id),
    );
    expect(participants.map((p) => p.user_id)).toEqual([ANNA, BOB, CASE]);
    expect(round.parentText).toContain("3 deelnemers");
  });
});

describe("a round's thread", () => {
  let round: RoundView;

  beforeAll(async () => {
    round = await startRound({ method: "vijfstappen" }, "C0THREAD");
    await round.agree([CASE, ANNA, BOB, FACILITATOR]);
  });

  it("takes an edit: the identifiers are screened again and the record gets the new text", async () => {
    const ts = side.nextTs();
    const first = await notesAfter(CASE, () =>
      side.reply(CASE, round.ts, "Het gaat om mevrouw Jansen (geb. 12-03-1950).", {
        ts,
        channel: "C0THREAD",
      }),
    );
    expect(first).toEqual([expect.stringContaining("een naam en een geboortedatum")]);
    // An edit that still holds an identifier gets the note again.
    const still = await notesAfter(CASE, () =>
      side.edit(CASE, round.ts, ts, "Het gaat om mevrouw Jansen.", "C0THREAD"),
    );
    expect(still).toEqual([expect.stringContaining("een naam")]);
    expect(
      await notesAfter(CASE, () =>
        side.edit(CASE, round.ts, ts, "Het gaat om mevrouw A., 75 jaar.", "C0THREAD"),
      ),
    ).toEqual([]);
    const [row] = await stored(ts);
    expect(row).toMatchObject({ text: "Het gaat om mevrouw A., 75 jaar.", phase: 0 });
    expect(row?.edited_at).not.toBeNull();
    // Someone else's "edit" of it (a forged event) changes nothing.
    await side.edit(ANNA, round.ts, ts, "Iets anders", "C0THREAD");
    expect((await stored(ts))[0]?.text).toBe("Het gaat om mevrouw A., 75 jaar.");
  });

  it("keeps a file's text with a note that the file is not kept, and tells the poster", async () => {
    const ts = side.nextTs();
    const notes = await notesAfter(CASE, () =>
      side.reply(CASE, round.ts, "Zie de scan van de verwijzing.", { ts, channel: "C0THREAD", file: true }),
    );
    expect(notes).toEqual([expect.stringContaining("Bestanden bewaart de app niet")]);
    expect((await stored(ts))[0]).toMatchObject({ text: "Zie de scan van de verwijzing.", has_file: 1 });
  });

  it("records only participants' replies, and tells anyone else once", async () => {
    const first = await notesAfter(OUTSIDER, () =>
      side.reply(OUTSIDER, round.ts, "Ik lees mee.", { channel: "C0THREAD" }),
    );
    expect(first).toEqual([expect.stringContaining("Je doet niet mee aan deze intervisieronde")]);
    expect(
      await notesAfter(OUTSIDER, () => side.reply(OUTSIDER, round.ts, "Nog iets.", { channel: "C0THREAD" })),
    ).toEqual([]);
    expect(await h.count("intervision_contributions", "user_id = ?", OUTSIDER)).toBe(0);
  });

  it("files a late reply in the phase it was written in, and still asks the case bringer to rate it", async () => {
    await round.press(FACILITATOR, "Volgende fase");
    // Written during the questions (its ts), delivered only after the facilitator moved on.
    const writtenTs = side.nextTs();
    await round.press(FACILITATOR, "Volgende fase");
    const dms = side.dms(CASE).length;
    expect(
      (await side.reply(ANNA, round.ts, "Wat zei de patiënt toen?", { ts: writtenTs, channel: "C0THREAD" }))
        .status,
    ).toBe(200);
    expect((await stored(writtenTs))[0]).toMatchObject({ phase: 1, kind: "question" });
    await h.fake.until(() => side.dms(CASE).length === dms + 1, "the rating DM");
    expect(textOf(side.dms(CASE).at(-1))).toContain("Wat zei de patiënt toen?");
  });

  it("shows a new phase in the channel too, naming who should act", async () => {
    const phases = side
      .posts()
      .filter((c) => c.args.thread_ts === round.ts && textOf(c).includes("Fase 3 van 5"));
    expect(phases).toHaveLength(1);
    expect(phases[0]?.args.reply_broadcast).toBe("true");
    expect(textOf(phases[0])).toContain(`<@${ANNA}>`);
    expect(textOf(phases[0])).not.toContain(`<@${CASE}>`);
  });

  it("removes a deleted reply from the record, with the DM that quoted it", async () => {
    await round.press(FACILITATOR, "Volgende fase");
    const ts = side.nextTs();
    await side.reply(BOB, round.ts, "Een advies dat ik later toch weghaal.", { ts, channel: "C0THREAD" });
    expect(await stored(ts)).toHaveLength(1);
    expect((await side.deleted(BOB, round.ts, ts, "C0THREAD")).status).toBe(200);
    expect(await stored(ts)).toHaveLength(0);
  });

  it("deletes the rating DM when a question is deleted", async () => {
    const [row] = await rows(
      "select message_ts, rating_channel, rating_ts from intervision_contributions where text = ?",
      "Wat zei de patiënt toen?",
    );
    expect(row?.rating_ts).toBeTruthy();
    await side.deleted(ANNA, round.ts, String(row?.message_ts), "C0THREAD");
    expect(h.fake.has(String(row?.rating_channel), String(row?.rating_ts))).toBe(false);
    expect(await h.count("intervision_contributions", "text = ?", "Wat zei de patiënt toen?")).toBe(0);
  });

  it("answers a double click on a control once; the second press gets a short private note", async () => {
    const button = round.control("Volgende fase");
    const parent = round.parentNow;
    const posts = side.posts().length;
    const notes = side.ephemerals(FACILITATOR).length;
    const [a, b] = await Promise.all([
      side.press(FACILITATOR, button, parent),
      side.press(FACILITATOR, button, parent),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await h.fake.until(() => side.ephemerals(FACILITATOR).length > notes, "the second press's note");
    const moved = side
      .posts()
      .slice(posts)
      .filter((c) => textOf(c).includes("Fase 5 van 5"));
    expect(moved).toHaveLength(1);
    expect(String(side.ephemerals(FACILITATOR).at(-1)?.args.text)).toMatch(/eerdere stand|Even geduld/);
  });

  it("puts the latest text in the record, with the file's note, and leaves deleted replies out", async () => {
    const modal = await side.expectView(() =>
      side.press(FACILITATOR, round.control("Rond af"), round.parentNow),
    );
    const before = side.posts().length;
    await side.expectCalls(
      () => side.submit(FACILITATOR, modal, textValues("next_steps", "")),
      "chat.postMessage",
    );
    await h.fake.until(() => round.parentText.includes("Afgerond op"), "the ended parent");
    const record = side
      .posts()
      .slice(before)
      .filter((c) => c.args.thread_ts === round.ts)
      .map((c) => textOf(c))
      .join("\n");
    expect(record).toContain("Het gaat om mevrouw A., 75 jaar.");
    expect(record).not.toContain("Jansen");
    expect(record).toContain("Zie de scan van de verwijzing. (bijlage niet bewaard)");
    expect(record).not.toContain("later toch weghaal");
    expect(record).not.toContain("Ik lees mee");
  });

  it("keeps the posted record up to date when a reply is edited, deleted or removed after the end", async () => {
    const [row] = await rows("select record_parts from intervision_rounds where parent_ts = ?", round.ts);
    const parts = JSON.parse(String(row?.record_parts)) as string[];
    expect(parts.length).toBeGreaterThan(0);
    // What each record message shows now: its last update, or else how it was posted.
    const shown = () =>
      parts
        .map((ts) => {
          const updates = h.fake.ok("chat.update").filter((c) => c.args.ts === ts);
          return textOf(updates.at(-1) ?? side.posts().find((c) => c.response.ts === ts));
        })
        .join("\n");
    const tsOf = async (text: string) =>
      String(
        (await rows("select message_ts from intervision_contributions where text = ?", text))[0]?.message_ts,
      );

    const edited = await tsOf("Het gaat om mevrouw A., 75 jaar.");
    await side.edit(CASE, round.ts, edited, "Het gaat om een vrouw van in de zeventig.", "C0THREAD");
    expect(shown()).toContain("Het gaat om een vrouw van in de zeventig.");
    expect(shown()).not.toContain("mevrouw A.");

    await side.deleted(CASE, round.ts, await tsOf("Zie de scan van de verwijzing."), "C0THREAD");
    expect(shown()).not.toContain("Zie de scan");

    // The facilitator takes the (edited) reply out after all.
    const confirm = await side.expectView(() =>
      side.shortcut(FACILITATOR, { ts: edited, threadTs: round.ts, author: CASE }, "C0THREAD"),
    );
    await side.submit(FACILITATOR, confirm, {});
    expect(shown()).not.toContain("in de zeventig");
    // Updated in place: no second record in the thread.
    expect(
      side.posts().filter((c) => c.args.thread_ts === round.ts && textOf(c).includes("Dit is het verslag")),
    ).toHaveLength(1);
  });
});

describe("a modal that cannot open", () => {
  it("tells the person who pressed to try again, for every button and the shortcut, instead of nothing", async () => {
    const round = await startRound({ method: "vijfstappen" }, "C0TRIGGER");
    await round.agree([CASE, ANNA, BOB, FACILITATOR]);
    const again = expect.stringContaining("probeer het gerust nog eens");
    // Slack took too long to pass the press on: the trigger has expired by the time the app opens it.
    h.fake.refuse("views.open", "expired_trigger_id");
    expect(
      await notesAfter(FACILITATOR, () =>
        side.press(FACILITATOR, round.control("Beëindig ronde"), round.parentNow),
      ),
    ).toEqual([again]);
    expect(h.fake.refused("views.open", "expired_trigger_id").length).toBeGreaterThan(0);
    const write = buttonsOf(round.phaseMessage()).find((b) => b.action_id === "gc_iv_write");
    if (!write) throw new Error("no write button");
    h.fake.refuse("views.open", "expired_trigger_id");
    expect(await notesAfter(ANNA, () => side.press(ANNA, write, refOfPost(round.phaseMessage())))).toEqual([
      again,
    ]);
    const ts = side.nextTs();
    await side.reply(CASE, round.ts, "Mijn vraag aan het team.", { ts, channel: "C0TRIGGER" });
    h.fake.refuse("views.open", "expired_trigger_id");
    expect(
      await notesAfter(FACILITATOR, () =>
        side.shortcut(FACILITATOR, { ts, threadTs: round.ts, author: CASE }, "C0TRIGGER"),
      ),
    ).toEqual([again]);
    // Nothing changed, and the next press opens the modal as usual.
    expect((await stored(ts))[0]).toMatchObject({ text: "Mijn vraag aan het team." });
    const modal = await side.expectView(() =>
      side.press(FACILITATOR, round.control("Beëindig ronde"), round.parentNow),
    );
    expect((modal.args.view as { callback_id: string }).callback_id).toBe("gc_iv_end");
  });
});

describe("a channel that refuses the app for good in the middle of a round", () => {
  it("blocks the round at the facilitator's press: no retries, a DM why, and the record so far", async () => {
    const round = await startRound({ method: "vijfstappen" }, "C0KICKED");
    await side.reply(CASE, round.ts, "Hoe zeg ik nee tegen een vaste patiënt?", { channel: "C0KICKED" });
    const [row] = await rows("select id from intervision_rounds where parent_ts = ?", round.ts);
    const id = String(row?.id);
    // Someone removed the app from the channel.
    h.fake.channel("C0KICKED", { member: false });
    const dms = side.dms(FACILITATOR).length;
    expect((await side.press(FACILITATOR, round.control("Volgende fase"), round.parentNow)).status).toBe(200);
    await h.fake.until(
      () => side.dms(FACILITATOR).some((c, i) => i >= dms && textOf(c).includes("```")),
      "the record to the facilitator",
    );
    expect(h.fake.refused("chat.postMessage", "not_in_channel").length).toBeGreaterThan(0);
    const told = side
      .dms(FACILITATOR)
      .slice(dms)
      .map((c) => textOf(c))
      .join("\n");
    expect(told).toContain("is gestopt: de app is uit het kanaal gehaald");
    expect(told).toContain("Hoe zeg ik nee tegen een vaste patiënt?");
    expect(await rows("select status, blocked_reason from intervision_rounds where id = ?", id)).toEqual([
      expect.objectContaining({ status: "blocked", blocked_reason: "not_in_channel" }),
    ]);
    // Its deadline, reminder and any retry are gone: nothing tries this channel again.
    expect(await h.count("timers", "id like ? and status = 'pending'", `iv:${id}:%`)).toBe(0);
    // A second press changes nothing and sends nothing to the channel.
    const calls = h.fake.calls.length;
    expect((await side.press(FACILITATOR, round.control("Volgende fase"), round.parentNow)).status).toBe(200);
    expect(
      h.fake.calls
        .slice(calls)
        .filter((c) => c.method === "chat.postMessage" && c.args.channel === "C0KICKED"),
    ).toEqual([]);
  });
});

describe("a message Slack refuses as too long", () => {
  it("stops the round instead of retrying the same message hourly, and tells the facilitator", async () => {
    const round = await startRound({ method: "vijfstappen" }, "C0TOOLONG");
    await side.reply(CASE, round.ts, "Wanneer stop ik met een behandeling?", { channel: "C0TOOLONG" });
    const [row] = await rows("select id from intervision_rounds where parent_ts = ?", round.ts);
    const id = String(row?.id);
    const dms = side.dms(FACILITATOR).length;
    // Slack's limit is not exactly the documented one: it refuses the next phase's message.
    h.fake.refuse("chat.postMessage", "msg_blocks_too_long");
    expect((await side.press(FACILITATOR, round.control("Volgende fase"), round.parentNow)).status).toBe(200);
    await h.fake.until(
      () => side.dms(FACILITATOR).some((c, i) => i >= dms && textOf(c).includes("```")),
      "the record to the facilitator",
    );
    const told = side
      .dms(FACILITATOR)
      .slice(dms)
      .map((c) => textOf(c))
      .join("\n");
    expect(told).toContain("Slack vond een bericht van de app te lang");
    expect(told).toContain("Wanneer stop ik met een behandeling?");
    expect(await rows("select status, blocked_reason from intervision_rounds where id = ?", id)).toEqual([
      expect.objectContaining({ status: "blocked", blocked_reason: "msg_blocks_too_long" }),
    ]);
    expect(await h.count("timers", "id like ? and status = 'pending'", `iv:${id}:%`)).toBe(0);
  });
});

describe("what people write", () => {
  const hostile = "<!channel> <!here> <@U0EVIL> <https://evil.example|klik hier>";

  it("never becomes a mention or a link, in the text, the blocks or the Markdown", async () => {
    const round = await startRound({ method: "vijfstappen", anonymous: true }, "C0ESCAPE");
    await round.agree([CASE, ANNA, BOB, FACILITATOR]);
    const calls = h.fake.calls.length;
    await side.reply(CASE, round.ts, `Mijn vraag: ${hostile}`, { channel: "C0ESCAPE" });
    await round.press(FACILITATOR, "Volgende fase");
    await side.reply(ANNA, round.ts, `Vraag: ${hostile}?`, { channel: "C0ESCAPE" });
    const ask = buttonsOf(round.phaseMessage()).find((b) => b.text.text === "Stel een anonieme vraag");
    if (!ask) throw new Error("no ask button");
    const modal = await side.expectView(() => side.press(BOB, ask, refOfPost(round.phaseMessage())));
    await side.expectCalls(
      () => side.submit(BOB, modal, textValues("text", `Anoniem: ${hostile}`)),
      "chat.postMessage",
    );
    const end = await side.expectView(() =>
      side.press(FACILITATOR, round.control("Beëindig ronde"), round.parentNow),
    );
    await side.submit(FACILITATOR, end, textValues("next_steps", "Bespreken in het overleg"));
    await h.fake.until(
      () => side.dms(FACILITATOR).some((c) => textOf(c).includes("als Markdown")),
      "the Markdown",
    );
    const sent = h.fake.calls.slice(calls).filter((c) => c.method.startsWith("chat."));
    expect(sent.length).toBeGreaterThan(8);
    for (const call of sent) {
      const texts = [String(call.args.text ?? ""), ...blockTexts(call.args.blocks)];
      for (const t of texts)
        for (const live of ["<!channel>", "<!here>", "<@U0EVIL>", "<https://evil"])
          expect(t, call.method).not.toContain(live);
    }
    // ... while it is still there to read, escaped.
    expect(JSON.stringify(sent.map((c) => c.args))).toContain("&lt;!channel&gt;");
  });
});

describe("a long six-person round", () => {
  it("posts a record that fits Slack: several messages, each within 50 blocks and 12,000 characters", async () => {
    const people = ["U0P1", "U0P2", "U0P3", "U0P4", "U0P5"];
    const round = await startRound({ method: "vijfstappen", participants: people }, "C0LONG");
    await round.agree([CASE, ...people]);
    const paragraph =
      "Ik herken dit goed uit mijn eigen praktijk, en ik vraag me af wat er nodig is. ".repeat(30);
    await side.reply(CASE, round.ts, `De vraag. ${paragraph}`, { channel: "C0LONG" });
    for (let phase = 1; phase < 5; phase++) {
      await round.press(FACILITATOR, "Volgende fase");
      for (const person of people)
        await side.reply(person, round.ts, `${person} in fase ${phase}: ${paragraph}`, { channel: "C0LONG" });
    }
    const from = h.fake.calls.length;
    const modal = await side.expectView(() =>
      side.press(FACILITATOR, round.control("Rond af"), round.parentNow),
    );
    await side.submit(FACILITATOR, modal, textValues("next_steps", "Volgende keer terugblikken"));
    await h.fake.until(() => round.parentText.includes("Afgerond op"), "the ended parent");
    const record = side
      .posts()
      .filter((c) => c.args.thread_ts === round.ts && h.fake.calls.indexOf(c) >= from);
    expect(record.length).toBeGreaterThan(3);
    expect(textOf(record.at(-1))).toContain("Volgende keer terugblikken");
    const payloads = h.fake.calls
      .slice(from)
      .filter((c) => ["chat.postMessage", "chat.update"].includes(c.method));
    for (const call of payloads) {
      expect(call.response.ok, `${call.method} ${String(call.response.error)}`).toBe(true);
      expect(blocksProblem(call.args.blocks)).toBeUndefined();
      const blocks = call.args.blocks as unknown[];
      expect(blocks.length).toBeLessThanOrEqual(50);
      expect(blocks.flatMap(blockTexts).join("").length).toBeLessThanOrEqual(12_000);
    }
    // The Markdown copy for the facilitator is among them: several DMs, not one that Slack refuses.
    const markdown = payloads.filter(
      (c) => c.args.channel === FACILITATOR && blockTexts(c.args.blocks).some((t) => t.startsWith("```")),
    );
    expect(markdown.length).toBeGreaterThan(1);
    expect(markdown.map((c) => blockTexts(c.args.blocks).join("")).join("")).toContain(
      "Volgende keer terugblikken",
    );
    expect(
      h.fake
        .refused("chat.postMessage", "msg_blocks_too_long")
        .filter((c) => h.fake.calls.indexOf(c) >= from),
    ).toEqual([]);
  }, 60_000);
});

describe("DMs", () => {
  it("never go to a bot", () => {
    expect(h.fake.refused("chat.postMessage", "cannot_dm_bot")).toEqual([]);
    const toBots = (c: SlackCall) =>
      c.method === "chat.postMessage" && [BOT, APP].includes(String(c.args.channel));
    expect(h.fake.calls.filter(toBots)).toEqual([]);
  });

  it("to the case bringer link to the thread", () => {
    const rating = side.dms(CASE).find((c) => buttonsOf(c).some((b) => b.action_id.startsWith("gc_iv_rate")));
    expect(textOf(rating)).toMatch(/<https:\/\/test\.slack\.com\/archives\/C0\w+\/p\d+\|Naar de draad>/);
  });
});
