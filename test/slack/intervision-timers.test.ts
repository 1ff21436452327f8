// Deadlines and reminders as timer rows across server restarts, swept here on the server's own
// database file with a clock in the future: reminders, deadlines, no double firing, retries.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIntervisionRepository } from "../../db/intervision-repository.ts";
import { type OpenedDatabase, openDatabase } from "../../db/libsql.ts";
import { createTimerRepository } from "../../db/timer-repository.ts";
import { intervisionTimerHandlers } from "../../src/channels/slack/intervision/wiring.ts";
import { createLogger } from "../../src/log.ts";
import { createTimerSweep } from "../../src/timers/sweep.ts";
import { type SlackHarness, startSlackHarness } from "./harness.ts";
import { ChannelSide, RoundView, startValues } from "./intervision-driver.ts";
import { BOT_TOKEN, textOf } from "./slack-client.ts";

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
function sweep() {
  return createTimerSweep({
    store: createTimerRepository(db.db),
    handlers: intervisionTimerHandlers(
      { botToken: BOT_TOKEN, apiUrl: h.fake.apiUrl },
      createIntervisionRepository(db.db),
      createLogger("silent"),
      () => clock,
    ),
    log: createLogger("silent"),
  });
}

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

  it("forget a round whose start never reached the channel, instead of running it later", async () => {
    const opened = await side.expectView(() => side.command(FACILITATOR));
    h.fake.fail("chat.postMessage", 500, 1);
    const failed = await side.submit(
      FACILITATOR,
      opened,
      startValues({ method: "roddel", caseBringer: CASE, participants: [ANNA, BOB] }),
    );
    expect(failed.status).toBe(500);
    expect(await h.count("intervision_rounds", "parent_ts is null")).toBe(1);
    const posts = side.posts().length;
    clock += 30 * 24 * HOUR;
    expect((await sweep().runDueTimers(clock)).failed).toBe(0);
    expect(await h.count("intervision_rounds", "parent_ts is null")).toBe(0);
    expect(await h.count("timers", "id like 'iv:%' and status = 'pending'")).toBe(0);
    expect(side.posts()).toHaveLength(posts);
  });
});
