// What the sweep does on the server's own database with a clock of the test's: the case the group voted
// for is chosen when nobody picked one, choosing goes on (and the facilitator hears it) when nobody
// proposed a case, working hours follow each participant's own Slack time zone, and a record Slack
// rate-limited halfway is finished later without posting its first part twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenedDatabase, openDatabase } from "../../db/libsql.ts";
import { blockTexts, type SlackCall } from "./fake-slack.ts";
import { type SlackHarness, startSlackHarness } from "./harness.ts";
import { ChannelSide, type RoundView, refOfPost, type StartForm, textValues } from "./intervision-driver.ts";
import { buttonsOf, textOf } from "./slack-client.ts";
import { timerSweep } from "./timer-sweep.ts";

const FACILITATOR = "U0LEAD";
const CASE = "U0BRING";
const ANNA = "U0ANNA";
const BOB = "U0BOB";
const NEW_YORK = "U0NYC";
const HOUR = 3_600_000;

let h: SlackHarness;
let side: ChannelSide;
let db: OpenedDatabase;

beforeAll(async () => {
  h = await startSlackHarness();
  side = new ChannelSide(h);
  db = await openDatabase(h.server.dbUrl);
  h.fake.answer("conversations.members", { ok: true, members: [FACILITATOR, CASE, ANNA, BOB] });
});
afterAll(async () => {
  db?.close();
  await h?.stop();
});

/** One sweep like the server's, over the same database file, at `clock`. */
const sweepAt = (clock: number) => timerSweep(h, db, () => clock).runDueTimers(clock);

async function roundIn(channel: string) {
  const result = await db.client.execute({
    sql: "select id, phase, deadline_at, case_bringer_id, time_zones from intervision_rounds where channel_id = ?",
    args: [channel],
  });
  const row = result.rows[0];
  if (!row) throw new Error(`no round in ${channel}`);
  return {
    id: String(row.id),
    phase: Number(row.phase),
    deadlineAt: Number(row.deadline_at),
    // No case bringer yet is stored as an empty id.
    caseBringer: row.case_bringer_id ? String(row.case_bringer_id) : null,
    timeZones: JSON.parse(String(row.time_zones)) as string[],
  };
}

const choosingRound = (channel: string) =>
  side.startRound(
    FACILITATOR,
    { method: "incident", cases: "method", caseBringer: null, participants: [CASE, ANNA, BOB] },
    channel,
  );

const button = (call: SlackCall | undefined, actionId: string) => {
  const found = buttonsOf(call).find((b) => b.action_id === actionId);
  if (!found) throw new Error(`no ${actionId}`);
  return found;
};

async function propose(round: RoundView, user: string, text: string) {
  const modal = await side.expectView(() =>
    side.press(user, button(round.phaseMessage(), "gc_iv_propose"), refOfPost(round.phaseMessage())),
  );
  await side.expectCalls(() => side.submit(user, modal, textValues("text", text)), "chat.postMessage");
}

describe("choosing a case at the deadline", () => {
  it("gives the case with the most votes to its author when the facilitator picked none", async () => {
    const round = await choosingRound("C0VOTES");
    await propose(round, ANNA, "Een patiënt die elke week belt.");
    await propose(round, CASE, "Een moeder die niet wil dat we haar zoon zien.");
    const proposals = round.thread().filter((c) => textOf(c).includes("Casusvoorstel"));
    expect(proposals).toHaveLength(2);
    const second = proposals[1] as SlackCall;
    // Bob and Anna vote for the second; Anna changes her mind once, which counts once.
    await side.press(ANNA, button(proposals[0], "gc_iv_vote"), refOfPost(proposals[0] as SlackCall));
    await side.press(ANNA, button(second, "gc_iv_vote"), refOfPost(second));
    await side.press(BOB, button(second, "gc_iv_vote"), refOfPost(second));

    const { deadlineAt } = await roundIn("C0VOTES");
    const posts = side.posts().length;
    expect((await sweepAt(deadlineAt)).failed).toBe(0);
    expect(await roundIn("C0VOTES")).toMatchObject({ phase: 1, caseBringer: CASE });
    const shown = side
      .posts()
      .slice(posts)
      .map((c) => textOf(c))
      .join("\n");
    expect(shown).toContain(`<@${CASE}> is de casusinbrenger`);
    expect(shown).toContain("Fase 2 van 7: Casus");
    expect(textOf(round.phaseMessage())).toContain(`Aan de beurt: <@${CASE}>.`);
  });

  it("goes on choosing when nobody proposed a case, and tells the facilitator by DM", async () => {
    await choosingRound("C0NOCASE");
    const before = await roundIn("C0NOCASE");
    const dms = side.dms(FACILITATOR).length;
    expect((await sweepAt(before.deadlineAt)).failed).toBe(0);
    const after = await roundIn("C0NOCASE");
    expect(after).toMatchObject({ phase: 0, caseBringer: null, deadlineAt: before.deadlineAt + 24 * HOUR });
    const told = side.dms(FACILITATOR).slice(dms);
    expect(told.map((c) => textOf(c))).toEqual([expect.stringContaining("nog geen casus voorgesteld")]);
    expect(textOf(told[0])).toContain("<#C0NOCASE>");
  });
});

describe("working hours", () => {
  it("follow every participant's own Slack time zone: Amsterdam and New York share 14:00-18:00", async () => {
    h.fake.user(NEW_YORK, { tz: "America/New_York" });
    const form: StartForm = {
      method: "vijfstappen",
      caseBringer: CASE,
      participants: [NEW_YORK, BOB],
      workHours: "office",
    };
    await side.startRound(FACILITATOR, form, "C0ZONES");
    const { id, timeZones } = await roundIn("C0ZONES");
    // From users.info: the facilitator's zone first, each zone once.
    expect(timeZones).toEqual(["Europe/Amsterdam", "America/New_York"]);
    // Friday 26 March 2027, 20:00 in Amsterdam: the next phase's deadline would fall on Saturday.
    const clock = Date.UTC(2027, 2, 26, 19);
    await db.client.execute({
      sql: "update timers set due_at = ? where id = ?",
      args: [clock, `iv:${id}:1:deadline`],
    });
    expect((await sweepAt(clock)).failed).toBe(0);
    // Monday 29 March: 08:00 in New York (summer time since 14 March) is 14:00 in Amsterdam, 12:00 UTC;
    // Amsterdam alone would have said 08:00 (06:00 UTC).
    expect(await roundIn("C0ZONES")).toMatchObject({ phase: 1, deadlineAt: Date.UTC(2027, 2, 29, 12) });
  });
});

describe("a record Slack rate-limits halfway", () => {
  it("is finished a minute later without posting any part twice", async () => {
    const people = ["U0P1", "U0P2", "U0P3", "U0P4", "U0P5"];
    const round = await side.startRound(
      FACILITATOR,
      { method: "vijfstappen", caseBringer: CASE, participants: people },
      "C0BURST",
    );
    const paragraph = "Wat ik hierin herken, is hoe moeilijk het is om grenzen te stellen. ".repeat(30);
    await side.reply(CASE, round.ts, `De vraag. ${paragraph}`, { channel: "C0BURST" });
    for (let phase = 1; phase < 5; phase++) {
      await round.press(FACILITATOR, "Volgende fase");
      for (const person of people)
        await side.reply(person, round.ts, `[${person} in fase ${phase}] ${paragraph}`, {
          channel: "C0BURST",
        });
    }
    const modal = await side.expectView(() =>
      side.press(FACILITATOR, round.control("Rond af"), round.parentNow),
    );
    const from = h.fake.calls.length;
    // Two parts go through, then Slack says to slow down.
    h.fake.rateLimit("chat.postMessage", 30, 1, 2);
    const notes = side.ephemerals(FACILITATOR).length;
    await side.submit(FACILITATOR, modal, textValues("next_steps", "Over een maand terugblikken"));
    await h.fake.until(() => side.ephemerals(FACILITATOR).length > notes, "the facilitator's note");
    expect(String(side.ephemerals(FACILITATOR).at(-1)?.args.text)).toContain("over een minuut opnieuw");
    expect(h.fake.refused("chat.postMessage", "ratelimited").length).toBeGreaterThan(0);

    expect((await sweepAt(Date.now() + 61_000)).failed).toBe(0);
    await h.fake.until(() => round.parentText.includes("Afgerond op"), "the ended parent");
    const record = h.fake
      .ok("chat.postMessage")
      .filter((c) => c.args.thread_ts === round.ts && h.fake.calls.indexOf(c) >= from);
    expect(record.length).toBeGreaterThan(3);
    const text = record.map((c) => blockTexts(c.args.blocks).join("\n")).join("\n");
    const times = (needle: string) => text.split(needle).length - 1;
    // Every part once: the first, each contribution, and the agreed next steps.
    expect(times("De ronde is afgerond. Dit is het verslag.")).toBe(1);
    for (let phase = 1; phase < 5; phase++)
      for (const person of people)
        expect(times(`[${person} in fase ${phase}]`), `${person} ${phase}`).toBe(1);
    expect(times("Over een maand terugblikken")).toBe(1);
  }, 60_000);
});
