// Deadlines and reminders as timer rows across server restarts, swept here on the server's own
// database file with a clock in the future: reminders, deadlines, no double firing, retries.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenedDatabase, openDatabase } from "../../db/libsql.ts";
import { type SlackHarness, startSlackHarness } from "./harness.ts";
import { ChannelSide, RoundView, startValues } from "./intervision-driver.ts";
import { textOf } from "./slack-client.ts";
import { timerSweep } from "./timer-sweep.ts";

const FACILITATOR = "U0LEAD";
const CASE = "U0BRING";
const ANNA = "U0ANNA";
const BOB = "U0BOB";
const HOUR = 3_600_000;

let h: SlackHarness;
let side: ChannelSide;
let db: OpenedDatabase;
let round: RoundView;
let clock = 0;

beforeAll(async () => {
  h = await startSlackHarness();
  side = new ChannelSide(h);
  db = await openDatabase(h.server.dbUrl);
});
afterAll(async () => {
  db?.close();
  await h?.stop();
});

/** A sweep like the server's, over the same database file, with the test's clock. */
const sweep = () => timerSweep(h, db, () => clock);

async function roundRow() {
  const result = await db.client.execute(
    "select phase, version, deadline_at, phase_open, status from intervision_rounds",
  );
  const row = result.rows[0];
  if (!row) throw new Error("no round");
  return {
    phase: Number(row.phase),
    version: Number(row.version),
    deadlineAt: Number(row.deadline_at),
    status: String(row.status),
  };
}

const reminders = () => side.posts().filter((c) => String(c.args.text).startsWith("Herinnering"));

describe("intervision timers", () => {
  it("start with the round: a deadline and a reminder row per phase", async () => {
    const opened = await side.expectView(() => side.command(FACILITATOR));
    const [parent] = await side.expectCalls(
      () =>
        side.submit(
          FACILITATOR,
          opened,
          startValues({ method: "incident", caseBringer: CASE, participants: [ANNA, BOB], hours: 24 }),
        ),
      "chat.postMessage",
      2,
    );
    if (!parent) throw new Error("no parent");
    round = new RoundView(side, parent);
    await round.press(FACILITATOR, "Volgende fase");
    expect(await h.count("timers", "id like 'iv:%' and status = 'pending'")).toBe(4);
    expect(await h.count("timers", "event like '%intervision.remind%'")).toBe(2);
    // Anna asks a question in the question phase; Bob does not.
    expect((await side.reply(ANNA, round.ts, "Wat gebeurde er daarna?")).status).toBe(200);
  });

  it("survive a restart of the server", async () => {
    await h.server.restart();
    expect(await h.count("timers", "id like 'iv:%' and status = 'pending'")).toBe(4);
  });

  it("remind only the participants who have not contributed to the phase, once", async () => {
    const { deadlineAt } = await roundRow();
    const remindAt = deadlineAt - 6 * HOUR;
    clock = remindAt - 60_000;
    await sweep().runDueTimers(clock);
    expect(reminders()).toHaveLength(0);

    // Phase 1's reminder (for the case bringer, who never wrote) is due too, but its version is past.
    clock = remindAt;
    expect((await sweep().runDueTimers(clock)).failed).toBe(0);
    const sent = reminders();
    expect(sent.map((c) => c.args.channel)).toEqual([BOB]);
    expect(textOf(sent[0])).toContain("fase *Feitelijke vragen* tot <!date^");
    expect(textOf(sent[0])).toContain("nog niets bijgedragen");
    expect(textOf(sent[0])).toMatch(/<https:\/\/test\.slack\.com\/archives\/C0TEAM\/p\d+\|Naar de draad>/);

    expect((await sweep().runDueTimers(clock)).fired).toBe(0);
    expect(reminders()).toHaveLength(1);
  });

  it("move the phase on at its deadline, once, even with two sweeps at the same moment", async () => {
    const { deadlineAt, version } = await roundRow();
    const posts = side.posts().length;
    clock = deadlineAt;
    const [a, b] = await Promise.all([sweep().runDueTimers(clock), sweep().runDueTimers(clock)]);
    expect(a.failed + b.failed).toBe(0);
    const [phase, ...more] = side.posts().slice(posts);
    expect(more).toEqual([]);
    expect(phase?.args.thread_ts).toBe(round.ts);
    expect(textOf(phase)).toContain("De tijd voor de vorige fase is om.");
    expect(textOf(phase)).toContain("Fase 3 van 6: Analyse");
    expect(round.parentText).toMatch(/▶️ \*3\. Analyse\*/);
    expect(await roundRow()).toMatchObject({ phase: 2, version: version + 1, deadlineAt: clock + 24 * HOUR });
    expect((await sweep().runDueTimers(clock + 1)).fired).toBe(0);
    expect(side.posts().length).toBe(posts + 1);
  });

  it("ignore the deadline an extension replaced, and keep the new one across a restart", async () => {
    const before = await roundRow();
    await round.press(FACILITATOR, "Verleng 24 uur");
    const extended = await roundRow();
    expect(extended.deadlineAt).toBe(before.deadlineAt + 24 * HOUR);
    await h.server.restart();

    const posts = side.posts().length;
    clock = before.deadlineAt;
    await sweep().runDueTimers(clock);
    expect(
      side
        .posts()
        .slice(posts)
        .filter((c) => c.args.thread_ts === round.ts),
    ).toEqual([]);
    expect((await roundRow()).phase).toBe(2);

    clock = extended.deadlineAt;
    await sweep().runDueTimers(clock);
    expect((await roundRow()).phase).toBe(3);
    expect(textOf(side.posts().at(-1))).toContain("Fase 4 van 6: Adviesronde");
  });

  it("retry a deadline whose Slack call failed, and post its phase once", async () => {
    const { deadlineAt } = await roundRow();
    // The phase's reminders first, so the failure below hits the deadline's post.
    clock = deadlineAt - 60_000;
    await sweep().runDueTimers(clock);
    clock = deadlineAt;
    h.fake.fail("chat.postMessage", 500, 1);
    expect(await sweep().runDueTimers(clock)).toMatchObject({ fired: 0, failed: 1 });
    // Saved, not yet shown: the retry shows it instead of moving on again.
    expect((await roundRow()).phase).toBe(4);
    const posts = side.posts().length;
    clock = deadlineAt + 60 * 60_000;
    expect((await sweep().runDueTimers(clock)).failed).toBe(0);
    const shown = side
      .posts()
      .slice(posts)
      .filter((c) => c.args.thread_ts === round.ts);
    expect(shown.map((c) => textOf(c)).filter((t) => t.includes("Fase 5 van 6"))).toHaveLength(1);
    expect((await roundRow()).phase).toBe(4);
  });

  it("end the round at the last deadline with the record", async () => {
    for (let i = 0; i < 3 && (await roundRow()).status === "running"; i++) {
      clock = (await roundRow()).deadlineAt;
      await sweep().runDueTimers(clock);
    }
    expect((await roundRow()).status).toBe("ended");
    expect(
      textOf(
        side
          .posts()
          .filter((c) => c.args.thread_ts === round.ts)
          .at(-1),
      ),
    ).toContain("De gespreksleider heeft het verslag ook als Markdown gekregen.");
    expect(await h.count("timers", "id like 'iv:%' and status != 'done'")).toBe(0);
  });

  it("try a start Slack refused for a moment again a minute later, and tell the facilitator", async () => {
    const opened = await side.expectView(() => side.command(FACILITATOR, "", "C0RETRY"));
    h.fake.fail("chat.postMessage", 500, 1);
    const notes = side.ephemerals(FACILITATOR).length;
    const first = await side.submit(
      FACILITATOR,
      opened,
      startValues({ method: "roddel", caseBringer: CASE, participants: [ANNA, BOB] }),
    );
    // Not a 500 nobody sees: the facilitator hears it, and a timer tries again.
    expect(first.status).toBe(200);
    await h.fake.until(() => side.ephemerals(FACILITATOR).length > notes, "the facilitator's note");
    expect(String(side.ephemerals(FACILITATOR).at(-1)?.args.text)).toContain("over een minuut opnieuw");
    expect(await h.count("intervision_rounds", "channel_id = 'C0RETRY' and parent_ts is null")).toBe(1);
    expect(await h.count("timers", "id like 'iv:%:announce' and status = 'pending'")).toBe(1);
    const posts = side.posts().length;
    await sweep().runDueTimers(Date.now() + 61_000);
    const [parent, phase] = side.posts().slice(posts);
    expect(parent?.args.channel).toBe("C0RETRY");
    expect(textOf(parent)).toContain("Intervisie: Roddelmethode");
    expect(phase?.args.thread_ts).toBe(parent?.response.ts);
    expect(await h.count("intervision_rounds", "channel_id = 'C0RETRY' and parent_ts is null")).toBe(0);
  });

  it("forget a round whose channel refuses the app for good, and tell the facilitator by DM", async () => {
    const opened = await side.expectView(() => side.command(FACILITATOR, "", "C0GONE"));
    // Removed from the channel between opening the modal and starting the round.
    h.fake.channel("C0GONE", { member: false });
    const dms = side.dms(FACILITATOR).length;
    const pending = () => h.count("timers", "id like 'iv:%' and status = 'pending'");
    const before = await pending();
    const refused = await side.submit(
      FACILITATOR,
      opened,
      startValues({ method: "roddel", caseBringer: CASE, participants: [ANNA, BOB] }),
    );
    expect(refused.status).toBe(200);
    await h.fake.until(() => side.dms(FACILITATOR).length > dms, "the facilitator's DM");
    expect(h.fake.refused("chat.postMessage", "not_in_channel").length).toBeGreaterThan(0);
    expect(textOf(side.dms(FACILITATOR).at(-1))).toContain("/invite @Gesprekscoach");
    expect(await h.count("intervision_rounds", "channel_id = 'C0GONE'")).toBe(0);
    // Its deadline and reminder went with it: nothing runs later for a round nobody saw.
    expect(await pending()).toBe(before);
  });

  it("block a round whose channel was archived: no endless retries, a DM and the record so far", async () => {
    const opened = await side.expectView(() => side.command(FACILITATOR, "", "C0ARCH"));
    const [parent] = await side.expectCalls(
      () =>
        side.submit(
          FACILITATOR,
          opened,
          startValues({ method: "vijfstappen", caseBringer: CASE, participants: [ANNA, BOB] }),
        ),
      "chat.postMessage",
      2,
    );
    if (!parent) throw new Error("no parent");
    const archived = new RoundView(side, parent);
    expect(
      (await side.reply(CASE, archived.ts, "Hoe ga ik om met een boze collega?", { channel: "C0ARCH" }))
        .status,
    ).toBe(200);
    h.fake.channel("C0ARCH", { archived: true });
    const [row] = (
      await db.client.execute("select id, deadline_at from intervision_rounds where channel_id = 'C0ARCH'")
    ).rows;
    const dms = side.dms(FACILITATOR).length;
    clock = Number(row?.deadline_at);
    const swept = await sweep().runDueTimers(clock);
    expect(swept.failed).toBe(0);
    expect(h.fake.refused("chat.postMessage", "is_archived").length).toBeGreaterThan(0);
    const [stored] = (
      await db.client.execute(
        "select status, blocked_reason from intervision_rounds where channel_id = 'C0ARCH'",
      )
    ).rows;
    expect(stored).toMatchObject({ status: "blocked", blocked_reason: "is_archived" });
    expect(await h.count("timers", "id like ? and status = 'pending'", `iv:${String(row?.id)}:%`)).toBe(0);
    const told = side
      .dms(FACILITATOR)
      .slice(dms)
      .map((c) => textOf(c))
      .join("\n");
    expect(told).toContain("is gestopt: het kanaal is gearchiveerd");
    expect(told).toContain("Hoe ga ik om met een boze collega?");
    // Nothing left to try: a later sweep sends nothing.
    const calls = h.fake.calls.length;
    expect(await sweep().runDueTimers(clock + 2 * HOUR)).toMatchObject({ fired: 0, failed: 0 });
    expect(h.fake.calls.length).toBe(calls);
  });

  it("wait as long as Slack's Retry-After asks when it rate-limits a reminder", async () => {
    const opened = await side.expectView(() => side.command(FACILITATOR, "", "C0SLOW"));
    await side.expectCalls(
      () =>
        side.submit(
          FACILITATOR,
          opened,
          startValues({ method: "vijfstappen", caseBringer: CASE, participants: [ANNA, BOB] }),
        ),
      "chat.postMessage",
      2,
    );
    const [row] = (await db.client.execute("select id from intervision_rounds where channel_id = 'C0SLOW'"))
      .rows;
    const id = `iv:${String(row?.id)}:1:remind`;
    const [timer] = (await db.client.execute({ sql: "select due_at from timers where id = ?", args: [id] }))
      .rows;
    clock = Number(timer?.due_at);
    h.fake.rateLimit("chat.postMessage", 120, 1);
    expect(await sweep().runDueTimers(clock)).toMatchObject({ fired: 0, failed: 1 });
    const [after] = (
      await db.client.execute({ sql: "select status, due_at from timers where id = ?", args: [id] })
    ).rows;
    // 120 s, as Slack said, not the sweep's own 30 s backoff.
    expect(after).toMatchObject({ status: "pending", due_at: clock + 120_000 });
    expect(await sweep().runDueTimers(clock + 120_000)).toMatchObject({ failed: 0 });
    expect(reminders().filter((c) => textOf(c).includes("<#C0SLOW>")).length).toBeGreaterThan(0);
  });

  it("do not retry a reminder Slack will never deliver (a DM to a bot)", async () => {
    const opened = await side.expectView(() => side.command(FACILITATOR, "", "C0TURNED"));
    await side.expectCalls(
      () =>
        side.submit(
          FACILITATOR,
          opened,
          startValues({ method: "vijfstappen", caseBringer: "U0TURNED", participants: [ANNA, BOB] }),
        ),
      "chat.postMessage",
      2,
    );
    // The account became a bot integration after the round started.
    h.fake.user("U0TURNED", { is_bot: true });
    const [row] = (await db.client.execute("select id from intervision_rounds where channel_id = 'C0TURNED'"))
      .rows;
    const id = `iv:${String(row?.id)}:1:remind`;
    const [timer] = (await db.client.execute({ sql: "select due_at from timers where id = ?", args: [id] }))
      .rows;
    clock = Number(timer?.due_at);
    expect(await sweep().runDueTimers(clock)).toMatchObject({ failed: 0 });
    expect(h.fake.refused("chat.postMessage", "cannot_dm_bot")).toHaveLength(1);
    const [after] = (await db.client.execute({ sql: "select status from timers where id = ?", args: [id] }))
      .rows;
    expect(after).toMatchObject({ status: "done" });
  });

  it("keep deadlines and reminders in working hours: a Friday-evening phase ends on Monday at 08:00", async () => {
    const opened = await side.expectView(() => side.command(FACILITATOR, "", "C0WORK"));
    await side.expectCalls(
      () =>
        side.submit(
          FACILITATOR,
          opened,
          startValues({
            method: "vijfstappen",
            caseBringer: CASE,
            participants: [ANNA, BOB],
            workHours: "office",
          }),
        ),
      "chat.postMessage",
      2,
    );
    const [row] = (await db.client.execute("select id from intervision_rounds where channel_id = 'C0WORK'"))
      .rows;
    const id = String(row?.id);
    // Friday 26 March 2027, 20:00 in Amsterdam; summer time starts that Sunday.
    clock = Date.UTC(2027, 2, 26, 19);
    await db.client.execute({
      sql: "update timers set due_at = ? where id = ?",
      args: [clock, `iv:${id}:1:deadline`],
    });
    await sweep().runDueTimers(clock);
    const [moved] = (
      await db.client.execute({
        sql: "select phase, deadline_at from intervision_rounds where id = ?",
        args: [id],
      })
    ).rows;
    // Saturday 20:00 is no working time: Monday 29 March 08:00 summer time, 06:00 UTC.
    expect(moved).toMatchObject({ phase: 1, deadline_at: Date.UTC(2027, 2, 29, 6) });
    // No working hour is left between now and then for a reminder: none is planned, not one at night.
    expect(await h.count("timers", "id = ?", `iv:${id}:2:remind`)).toBe(0);
  });
});
