// "Delete my data" and "Download my data" in App Home over real HTTP: after a short DM conversation the
// person presses the button and confirms; every message the app posted in their DM is deleted at the
// fake Slack API (intervision's rating requests and reminders too, and the file a download shared),
// their conversations, events and Slack rows are gone, each erase is audited, App Home says so and
// what it does not erase, and another person's data stays. A rate-limited chat.delete leaves the rest
// for the next press. The download is one JSON file in the DM with their conversations and their own
// intervision contributions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenedDatabase, openDatabase } from "../../db/libsql.ts";
import { Dm } from "./dm-driver.ts";
import { blockTexts, type SlackCall } from "./fake-slack.ts";
import { type SlackHarness, startSlackHarness } from "./harness.ts";
import { ChannelSide, RoundView, startValues, textValues } from "./intervision-driver.ts";
import { buttonsOf, TEAM, textOf } from "./slack-client.ts";
import { timerSweep } from "./timer-sweep.ts";

let h: SlackHarness;
let db: OpenedDatabase;
beforeAll(async () => {
  h = await startSlackHarness();
  db = await openDatabase(h.server.dbUrl);
});
afterAll(async () => {
  db?.close();
  await h?.stop();
});

/** One sweep of the timers like the server's, on its database, at `clock` (a reminder's time). */
const sweepAt = (clock: number) => timerSweep(h, db, () => clock).runDueTimers(clock);

const blockTextsOf = (call: SlackCall) => blockTexts(call.args.blocks);

/** Opens App Home and returns the view published for it. */
async function openHome(user: string): Promise<SlackCall> {
  return nextHome(() => h.slack.homeOpened(user));
}

async function nextHome(send: () => Promise<{ status: number }>): Promise<SlackCall> {
  const before = h.fake.ok("views.publish").length;
  expect((await send()).status).toBe(200);
  const view = (await h.fake.waitFor("views.publish", before + 1))[before];
  if (!view) throw new Error("no views.publish");
  return view;
}

/** Presses a button in App Home (no message) and returns the view published next. */
function pressInHome(user: string, view: SlackCall, actionId: string): Promise<SlackCall> {
  const button = buttonsOf(view).find((b) => b.action_id === actionId);
  if (!button) throw new Error(`no ${actionId} in App Home`);
  return nextHome(() => h.slack.press(user, button, undefined));
}

/** The channel and ts of every message the app posted in this DM. */
const postedIn = (dm: string) =>
  h.fake
    .ok("chat.postMessage")
    .filter((c) => c.response.channel === dm)
    .map((c) => `${dm} ${String(c.response.ts)}`);

const deleted = () => h.fake.ok("chat.delete").map((c) => `${String(c.args.channel)} ${String(c.args.ts)}`);

async function shortConversation(user: string): Promise<Dm> {
  const dm = new Dm(h, user);
  await dm.say("hoi");
  await dm.start("reflectie");
  await dm.choose("nl");
  return dm;
}

const conversationsOf = (user: string) =>
  h.column("select conversation_id from slack_conversations where team_id = ? and user_id = ?", TEAM, user);

describe("delete my data in App Home", () => {
  it("erases the person's conversations and deletes the app's DM messages after confirming", async () => {
    await shortConversation("U0ERASE");
    await shortConversation("U0KEEP");
    // Two conversations for the one who erases: the second start replaces the first as current.
    const again = new Dm(h, "U0ERASE");
    again.last = await h.expectPost(() => h.slack.command("U0ERASE"));
    await again.start("oefenen");
    const ids = await conversationsOf("U0ERASE");
    expect(ids).toHaveLength(2);
    const keptIds = await conversationsOf("U0KEEP");
    const posts = postedIn("D0ERASE");
    expect(posts.length).toBeGreaterThanOrEqual(4);
    expect(await h.count("slack_posts", "user_id = ?", "U0ERASE")).toBe(posts.length);

    const home = await openHome("U0ERASE");
    expect(textOf(home)).toContain("Wis mijn gegevens* wist je gesprekken met de coach");
    expect(textOf(home)).toContain("ook herinneringen en beoordelingsvragen van intervisie");
    expect(textOf(home)).toContain("Niet gewist worden je bijdragen aan intervisierondes");
    expect(textOf(home)).toContain("vraag het dan de gespreksleider van die ronde");
    const ask = await pressInHome("U0ERASE", home, "gc_erase");
    expect(textOf(ask)).toContain("Weet je het zeker?");
    // Asking changes nothing yet.
    expect(h.fake.ok("chat.delete")).toEqual([]);
    expect(await conversationsOf("U0ERASE")).toEqual(ids);
    expect(buttonsOf(ask).find((b) => b.action_id === "gc_erase:yes")).toMatchObject({
      style: "danger",
      confirm: { title: { text: "Alles wissen?" } },
    });

    const done = await pressInHome("U0ERASE", ask, "gc_erase:yes");
    expect(done.args.user_id).toBe("U0ERASE");
    expect(textOf(done)).toContain("Je gegevens zijn gewist");
    expect(textOf(done)).toContain("Je hebt nu geen lopend gesprek");
    expect(textOf(done)).toContain("Nog geen afgeronde gesprekken");

    expect(deleted().sort()).toEqual([...posts].sort());
    for (const call of h.fake.ok("chat.delete")) expect(call.args.channel).toBe("D0ERASE");
    for (const id of ids) {
      expect(await h.count("conversations", "id = ?", id)).toBe(0);
      expect(await h.count("events", "conversation_id = ?", id)).toBe(0);
      expect(
        await h.count("audit_log", "action = 'erase' and actor = 'channel' and conversation_id = ?", id),
      ).toBe(1);
    }
    expect(await h.count("slack_users", "user_id = ?", "U0ERASE")).toBe(0);
    expect(await h.count("slack_conversations", "user_id = ?", "U0ERASE")).toBe(0);
    expect(await h.count("slack_posts", "user_id = ?", "U0ERASE")).toBe(0);

    // The other person's data stays.
    expect(keptIds).toHaveLength(1);
    expect(await conversationsOf("U0KEEP")).toEqual(keptIds);
    for (const id of keptIds) {
      expect(await h.count("conversations", "id = ?", id)).toBe(1);
      expect(await h.count("events", "conversation_id = ?", id)).toBeGreaterThan(0);
      expect(await h.count("audit_log", "action = 'erase' and conversation_id = ?", id)).toBe(0);
    }
    expect(await h.count("slack_users", "user_id = ?", "U0KEEP")).toBe(1);
    expect(await h.count("slack_posts", "user_id = ?", "U0KEEP")).toBe(postedIn("D0KEEP").length);
  });

  it("starts afresh afterwards", async () => {
    const dm = new Dm(h, "U0ERASE");
    await dm.say("hallo weer");
    expect(buttonsOf(dm.last).some((b) => b.action_id.startsWith("gc_start"))).toBe(true);
    expect(await h.count("slack_posts", "user_id = ?", "U0ERASE")).toBe(1);
  });

  it("goes back without erasing when the person cancels", async () => {
    const home = await openHome("U0KEEP");
    const ask = await pressInHome("U0KEEP", home, "gc_erase");
    const back = await pressInHome("U0KEEP", ask, "gc_erase:no");
    expect(textOf(back)).toContain("Je gesprek loopt nog");
    expect(textOf(back)).not.toContain("Weet je het zeker?");
    expect(deleted().filter((d) => d.startsWith("D0KEEP"))).toEqual([]);
    expect(await h.count("slack_conversations", "user_id = ?", "U0KEEP")).toBe(1);
  });

  it("keeps what chat.delete could not remove for the next press, and takes a missing message as gone", async () => {
    await shortConversation("U0SLOW");
    const posts = postedIn("D0SLOW");
    const before = h.fake.ok("chat.delete").length;
    h.fake.fail("chat.delete", 429, 1);
    const ask = await pressInHome("U0SLOW", await openHome("U0SLOW"), "gc_erase");
    const partly = await pressInHome("U0SLOW", ask, "gc_erase:yes");
    expect(textOf(partly)).toContain("nog niet alle berichten");
    expect(h.fake.ok("chat.delete").length).toBe(before);
    expect(await h.count("slack_conversations", "user_id = ?", "U0SLOW")).toBe(0);
    expect(await h.count("slack_posts", "user_id = ?", "U0SLOW")).toBe(posts.length);

    // Someone deleted the messages in Slack meanwhile: Slack answers message_not_found.
    h.fake.answer("chat.delete", { ok: false, error: "message_not_found" });
    const ask2 = await pressInHome("U0SLOW", partly, "gc_erase");
    const done = await pressInHome("U0SLOW", ask2, "gc_erase:yes");
    expect(textOf(done)).toContain("Je gegevens zijn gewist");
    expect(await h.count("slack_posts", "user_id = ?", "U0SLOW")).toBe(0);
  });

  it("sends the person their data as a file in their DM, and erasing deletes it with intervision's DMs", async () => {
    const side = new ChannelSide(h);
    h.fake.answer("conversations.members", { ok: true, members: ["U0LEAD", "U0DATA", "U0ANNA", "U0BOB"] });
    await shortConversation("U0DATA");
    const opened = await side.expectView(() => side.command("U0LEAD"));
    const [parent] = await side.expectCalls(
      () =>
        side.submit(
          "U0LEAD",
          opened,
          startValues({ method: "vijfstappen", caseBringer: "U0DATA", participants: ["U0ANNA", "U0BOB"] }),
        ),
      "chat.postMessage",
      2,
    );
    if (!parent) throw new Error("no parent");
    const round = new RoundView(side, parent);
    expect((await side.reply("U0DATA", round.ts, "Mijn vraag over een lastig gesprek.")).status).toBe(200);
    await round.press("U0LEAD", "Volgende fase");
    // Anna's question reaches the case bringer as a DM to rate: an intervision DM to erase later.
    const dms = side.dms("U0DATA").length;
    expect((await side.reply("U0ANNA", round.ts, "Wat maakte het zo lastig?")).status).toBe(200);
    await h.fake.until(() => side.dms("U0DATA").length === dms + 1, "the rating DM");
    const rating = side.dms("U0DATA").at(-1);
    expect(
      await h.count("slack_posts", "user_id = ? and ts = ?", "U0DATA", String(rating?.response.ts)),
    ).toBe(1);

    const home = await openHome("U0DATA");
    const download = buttonsOf(home).find((b) => b.action_id === "gc_download");
    if (!download) throw new Error("no download button");
    const uploads = h.fake.ok("files.completeUploadExternal").length;
    expect((await h.slack.press("U0DATA", download, undefined)).status).toBe(200);
    const [completed] = (await h.fake.waitFor("files.completeUploadExternal", uploads + 1)).slice(uploads);
    expect(h.fake.ok("files.getUploadURLExternal").length).toBeGreaterThan(0);
    expect(completed?.args.channel_id).toBe("D0DATA");
    const shared = [...h.fake.files.values()].find((f) => f.channel === "D0DATA");
    if (!shared) throw new Error("no file shared in the DM");
    expect(shared.filename).toMatch(/^gesprekscoach-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(shared.content) as {
      slack: { user: string };
      conversations: { conversation: { id: string }; transcript: unknown[] }[];
      intervision: { contributions: { text: string; kind: string }[] };
    };
    expect(data.slack.user).toBe("U0DATA");
    expect(data.conversations.map((c) => c.conversation.id)).toEqual(await conversationsOf("U0DATA"));
    expect(data.intervision.contributions.map((c) => c.text)).toEqual([
      "Mijn vraag over een lastig gesprek.",
    ]);
    // A colleague's words are theirs, not part of this person's download.
    expect(shared.content).not.toContain("Wat maakte het zo lastig?");
    for (const id of await conversationsOf("U0DATA"))
      expect(await h.count("audit_log", "action = 'export' and conversation_id = ?", id)).toBe(1);

    const ask = await pressInHome("U0DATA", await openHome("U0DATA"), "gc_erase");
    const done = await pressInHome("U0DATA", ask, "gc_erase:yes");
    expect(textOf(done)).toContain("Je gegevens zijn gewist");
    // (chat.delete answers message_not_found since the test before: asked for is what counts here.)
    const asked = h.fake.calls
      .filter((c) => c.method === "chat.delete")
      .map((c) => `${c.args.channel} ${c.args.ts}`);
    expect(asked).toContain(`D0DATA ${String(rating?.response.ts)}`);
    expect(h.fake.ok("files.delete").map((c) => c.args.file)).toContain(shared.id);
    expect(h.fake.files.has(shared.id)).toBe(false);
    expect(await h.count("slack_posts", "user_id = ?", "U0DATA")).toBe(0);
    // The contribution is the team's record: it stays.
    expect(await h.count("intervision_contributions", "user_id = ?", "U0DATA")).toBe(1);
  });

  it("deletes intervision's reminders and the facilitator's copy of the record too", async () => {
    const side = new ChannelSide(h);
    const opened = await side.expectView(() => side.command("U0LEAD", "", "C0ERASE"));
    const [parent] = await side.expectCalls(
      () =>
        side.submit(
          "U0LEAD",
          opened,
          startValues({ method: "vijfstappen", caseBringer: "U0BRING", participants: ["U0REMIND", "U0BOB"] }),
        ),
      "chat.postMessage",
      2,
    );
    if (!parent) throw new Error("no parent");
    const round = new RoundView(side, parent);
    const [row] = (
      await db.client.execute("select id, version from intervision_rounds where channel_id = 'C0ERASE'")
    ).rows;
    const [timer] = (
      await db.client.execute({
        sql: "select due_at from timers where id = ?",
        args: [`iv:${String(row?.id)}:${String(row?.version)}:remind`],
      })
    ).rows;
    // The sweep reaches the reminder: the case bringer has not written the question yet, and is reminded.
    const clock = Number(timer?.due_at);
    await sweepAt(clock);
    const reminder = side.dms("U0BRING").find((c) => String(c.args.text).startsWith("Herinnering"));
    if (!reminder) throw new Error("no reminder");
    // The facilitator ends the round and gets the record as Markdown in a DM.
    const end = await side.expectView(() =>
      side.press("U0LEAD", round.control("Beëindig ronde"), round.parentNow),
    );
    await side.submit("U0LEAD", end, textValues("next_steps", ""));
    await h.fake.until(
      () => side.dms("U0LEAD").some((c) => textOf(c).includes("als Markdown")),
      "the Markdown",
    );
    const markdown = side.dms("U0LEAD").filter((c) => blockTextsOf(c).some((t) => t.startsWith("```")));
    expect(markdown.length).toBeGreaterThan(0);

    for (const [user, dms] of [
      ["U0BRING", [reminder]],
      ["U0LEAD", markdown],
    ] as const) {
      const ask = await pressInHome(user, await openHome(user), "gc_erase");
      await pressInHome(user, ask, "gc_erase:yes");
      const asked = h.fake.calls
        .filter((c) => c.method === "chat.delete")
        .map((c) => `${String(c.args.channel)} ${String(c.args.ts)}`);
      for (const dm of dms)
        expect(asked).toContain(`${String(dm.response.channel)} ${String(dm.response.ts)}`);
      expect(await h.count("slack_posts", "user_id = ?", user)).toBe(0);
    }
  });

  it("kept message text out of the logs", () => {
    const output = h.server.child.output();
    expect(output).toContain("slack data erased");
    expect(output).not.toContain("hallo weer");
    expect(output).not.toContain("lastig gesprek");
    expect(output).toContain("slack data downloaded");
  });
});
