// The intervision store on a real database file: a start creates one round however often it is
// submitted, a change wins only from the version it read and brings its timers in the same batch,
// announcing is claimed with a lease, and a re-delivered contribution is the same row.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type RoundPlan, startState, timersFor, transition } from "../src/intervision/round.ts";
import type { IntervisionStore, RoundSetup } from "../src/intervision/store.ts";
import { createLogger } from "../src/log.ts";
import { createTimerSweep } from "../src/timers/sweep.ts";
import { type TempDatabase, tempDatabase } from "../test/support/database.ts";
import { createIntervisionRepository } from "./intervision-repository.ts";
import { createTimerRepository } from "./timer-repository.ts";

const T0 = 1_800_000_000_000;
const plan: RoundPlan = { method: "incident", phaseHours: 24, caseCollection: false, workZones: null };
const setup: RoundSetup = {
  teamId: "T1",
  channelId: "C1",
  method: "incident",
  locale: "nl",
  facilitatorId: "U0FAC",
  caseBringerId: "U0CASE",
  phaseHours: 24,
  anonymousQuestions: false,
  moderated: false,
  caseCollection: false,
  workHours: "always",
  timeZones: ["Europe/Amsterdam"],
  channelPrivate: true,
};

let db: TempDatabase;
let store: IntervisionStore;
beforeEach(async () => {
  db = await tempDatabase();
  store = createIntervisionRepository(db.opened.db);
});
afterEach(() => db.cleanup());

const timerIds = async () =>
  (await db.opened.client.execute("select id from timers order by id")).rows.map((r) => String(r.id));

async function create(id = "R1", startKey = "view:V1") {
  const state = startState(plan, T0);
  return store.create(setup, ["U0CASE", "U0ANNA"], {
    id,
    startKey,
    state,
    timers: timersFor(state, plan, T0),
    now: T0,
  });
}

describe("the intervision repository", () => {
  it("creates a round once per start, with its participants and first timers", async () => {
    const first = await create();
    const again = await create("R2");
    expect(again.id).toBe(first.id);
    expect(await store.participants("R1")).toEqual(["U0ANNA", "U0CASE"]);
    expect(await timerIds()).toEqual(["iv:R1:1:deadline", "iv:R1:1:remind"]);
    expect(await store.runningFor("T1", "U0ANNA", 5)).toHaveLength(1);
    expect(await store.runningFor("T1", "U0FAC", 5)).toHaveLength(1);
    expect(await store.runningFor("T1", "U0ELSE", 5)).toHaveLength(0);
  });

  it("saves a change only from the version it read, with its timers", async () => {
    const round = await create();
    const next = transition(round, plan, { type: "advance" }, T0 + 1);
    if (!next.ok) throw new Error("refused");
    const change = { state: next.state, changeKey: "k1", timers: timersFor(next.state, plan, T0 + 1) };
    expect(await store.change("R1", 1, change, T0 + 1)).toBe(true);
    expect(await store.change("R1", 1, { ...change, changeKey: "k2" }, T0 + 2)).toBe(false);
    expect(await store.get("R1")).toMatchObject({ version: 2, phase: 1, changeKey: "k1" });
    expect(await timerIds()).toContain("iv:R1:2:deadline");
  });

  it("lets one announcer at a time show a version, until it finishes or its lease runs out", async () => {
    await create();
    expect(await store.claimAnnouncement("R1", 1, T0, 30_000)).toBe(true);
    expect(await store.claimAnnouncement("R1", 1, T0 + 1, 30_000)).toBe(false);
    expect(await store.claimAnnouncement("R1", 1, T0 + 30_001, 30_000)).toBe(true);
    await store.finishAnnouncement("R1", 1);
    expect(await store.claimAnnouncement("R1", 1, T0 + 60_000, 30_000)).toBe(false);
    expect((await store.get("R1"))?.announcedVersion).toBe(1);
  });

  it("stores a re-delivered contribution once and returns the first row", async () => {
    await create();
    const contribution = {
      roundId: "R1",
      phase: 1,
      userId: "U0ANNA",
      kind: "question" as const,
      anonymous: false,
      text: "Wat gebeurde er?",
      messageTs: "1.2",
      sourceKey: "ts:1.2",
      createdAt: T0,
    };
    const first = await store.addContribution(contribution);
    const again = await store.addContribution({ ...contribution, text: "anders" });
    expect(first.created).toBe(true);
    expect(again).toEqual({ contribution: first.contribution, created: false });
    expect(await store.questionsBy("R1", 1, "U0ANNA")).toBe(1);
    expect(await store.contributors("R1", 1)).toEqual(["U0ANNA"]);
    await store.rate("R1", first.contribution.id, "koud", T0);
    await store.rate("R1", first.contribution.id, "warm", T0 + 1);
    expect(await store.ratings("R1")).toEqual([{ contributionId: first.contribution.id, rating: "warm" }]);
  });

  it("discards a round that never reached its channel, with its timers", async () => {
    await create();
    await store.discard("R1");
    expect(await store.get("R1")).toBeUndefined();
    expect(await timerIds()).toEqual([]);
    expect(await store.participants("R1")).toEqual([]);
  });

  it("is purged by the retention sweep once a round has been quiet for RETENTION_DAYS", async () => {
    await create();
    await create("R9", "view:V9");
    await db.opened.client.execute({
      sql: "update intervision_rounds set updated_at = ? where id = 'R9'",
      args: [T0 + 50 * 86_400_000],
    });
    await store.addContribution({
      roundId: "R1",
      phase: 1,
      userId: "U0ANNA",
      kind: "question",
      anonymous: false,
      text: "Wat gebeurde er?",
      messageTs: "1.2",
      sourceKey: "ts:1.2",
      createdAt: T0,
    });
    await store.vote("R1", "U0CASE", "C1", T0);
    const sweep = createTimerSweep({
      store: createTimerRepository(db.opened.db),
      handlers: {},
      log: createLogger("silent"),
      auditRetentionDays: 90,
    });
    await sweep.runDueTimers(T0 + 90 * 86_400_000 + 1);
    const left = async (table: string) =>
      Number(
        (await db.opened.client.execute(`select count(*) as n from ${table} where round_id = 'R1'`)).rows[0]
          ?.n,
      );
    expect(await store.get("R1")).toBeUndefined();
    expect(await left("intervision_contributions")).toBe(0);
    expect(await left("intervision_participants")).toBe(0);
    expect(await left("intervision_votes")).toBe(0);
    // The purged round's timers go with it (done ones would outlive it otherwise); the quiet one keeps its own.
    const ids = await timerIds();
    expect(ids.filter((id) => id.startsWith("iv:R1:"))).toEqual([]);
    expect(ids.filter((id) => id.startsWith("iv:R9:")).length).toBeGreaterThan(0);
    expect(await store.get("R9")).toBeDefined();
  });

  const question = {
    roundId: "R1",
    phase: 1,
    userId: "U0ANNA",
    kind: "question" as const,
    anonymous: false,
    text: "Wat gebeurde er?",
    messageTs: "1.2",
    sourceKey: "ts:1.2",
    createdAt: T0,
  };

  it("edits and removes a contribution with its rating, and audits a removal without content", async () => {
    await create();
    const { contribution } = await store.addContribution(question);
    await store.rate("R1", contribution.id, "warm", T0);
    expect(await store.contributionByTs("R1", "1.2")).toMatchObject({ id: contribution.id });
    await store.editContribution(contribution.id, "Wat gebeurde er daarna?", true, T0 + 5);
    expect(await store.contribution(contribution.id)).toMatchObject({
      text: "Wat gebeurde er daarna?",
      hasFile: true,
      editedAt: T0 + 5,
    });
    await store.setContributionDm(contribution.id, "rating", "D0CASE", "9.9");
    const removed = await store.removeContribution(contribution.id, { at: T0 + 6, reason: "facilitator" });
    expect(removed).toMatchObject({ ratingChannel: "D0CASE", ratingTs: "9.9" });
    expect(await store.contribution(contribution.id)).toBeUndefined();
    expect(await store.ratings("R1")).toEqual([]);
    const audit = await db.opened.client.execute("select action, actor, detail from audit_log");
    expect(audit.rows.map((r) => ({ ...r }))).toEqual([
      { action: "remove", actor: "channel", detail: "facilitator:R1" },
    ]);
    expect(await store.removeContribution(contribution.id)).toBeUndefined();
  });

  it("counts one vote per person, and notes something once", async () => {
    await create();
    await store.vote("R1", "U0ANNA", "C1", T0);
    await store.vote("R1", "U0ANNA", "C2", T0 + 1);
    await store.vote("R1", "U0CASE", "C2", T0 + 2);
    expect(await store.votes("R1")).toEqual([{ contributionId: "C2", count: 2 }]);
    expect(await store.noticeOnce("R1", "U0X", "outsider", T0)).toBe(true);
    expect(await store.noticeOnce("R1", "U0X", "outsider", T0 + 1)).toBe(false);
    expect(await store.noticeOnce("R1", "U0X", "other", T0 + 1)).toBe(true);
  });

  it("records who agreed to the confidentiality, participants only", async () => {
    await create();
    expect(await store.confirm("R1", "U0ANNA", T0)).toBe(true);
    expect(await store.confirm("R1", "U0ANNA", T0 + 1)).toBe(true);
    expect(await store.confirm("R1", "U0ELSE", T0)).toBe(false);
    expect(await store.confirmed("R1")).toEqual(["U0ANNA"]);
  });

  it("lists ended rounds and finds the channel's previous one", async () => {
    const first = await create();
    const end = transition(first, plan, { type: "end" }, T0 + 10);
    if (!end.ok) throw new Error("refused");
    await store.change(
      "R1",
      1,
      { state: end.state, changeKey: "e", timers: [], nextSteps: "Bellen" },
      T0 + 10,
    );
    await create("R2", "view:V2");
    expect((await store.endedFor("T1", "U0ANNA", 5)).map((r) => r.id)).toEqual(["R1"]);
    expect(await store.previousInChannel("T1", "C1", T0 + 1)).toMatchObject({
      id: "R1",
      nextSteps: "Bellen",
    });
    expect(await store.previousInChannel("T1", "C1", T0)).toBeUndefined();
    expect(await store.previousInChannel("T1", "C2", T0 + 1)).toBeUndefined();
  });

  it("stops every running round of a team when the app is uninstalled, with its timers", async () => {
    await create();
    await store.retryAnnouncement("R1", 1, T0 + 60_000);
    expect(await timerIds()).toEqual(["iv:R1:1:announce", "iv:R1:1:deadline", "iv:R1:1:remind"]);
    expect(await store.stopTeam("T1", "uninstall", T0 + 1)).toBe(1);
    expect(await store.get("R1")).toMatchObject({
      status: "blocked",
      blockedReason: "uninstalled",
      deadlineAt: null,
      version: 2,
    });
    expect(await timerIds()).toEqual([]);
    expect(await store.stopTeam("T1", "revoke", T0 + 2)).toBe(0);
    const audit = await db.opened.client.execute("select action, detail from audit_log order by id");
    expect(audit.rows.map((r) => [r.action, r.detail])).toEqual([
      ["uninstall", "1"],
      ["revoke", "0"],
    ]);
  });
});
