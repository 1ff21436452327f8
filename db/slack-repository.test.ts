// The Slack store on a real libsql file: claims (first wins, busy while leased, reclaimable after a
// failure or an expired lease, done for good), user links set field by field, forgetting, and the
// app's DM posts kept per user until they are deleted.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SlackStore } from "../src/channels/slack/store.ts";
import { type TempDatabase, tempDatabase } from "../test/support/database.ts";
import { createSlackRepository } from "./slack-repository.ts";

let db: TempDatabase;
let store: SlackStore;
beforeEach(async () => {
  db = await tempDatabase();
  store = createSlackRepository(db.opened.db);
});
afterEach(() => db.cleanup());

describe("claims", () => {
  it("gives a key to one claimant at a time, and never again once done", async () => {
    expect(await store.claim("event:E1", 1000, 30_000)).toEqual({ kind: "claimed", attempt: 1 });
    expect(await store.claim("event:E1", 2000, 30_000)).toEqual({ kind: "busy" });
    await store.finish("event:E1", 3000);
    expect(await store.claim("event:E1", 4000, 30_000)).toEqual({ kind: "done" });
    expect(await store.claim("event:E1", 10_000_000, 30_000)).toEqual({ kind: "done" });
  });

  it("lets a re-delivery take over a failed attempt or one whose lease ran out", async () => {
    await store.claim("event:E2", 1000, 30_000);
    await store.release("event:E2", 1500);
    expect(await store.claim("event:E2", 2000, 30_000)).toEqual({ kind: "claimed", attempt: 2 });
    expect(await store.claim("event:E2", 31_999, 30_000)).toEqual({ kind: "busy" });
    expect(await store.claim("event:E2", 32_001, 30_000)).toEqual({ kind: "claimed", attempt: 3 });
  });

  it("gives a key claimed by many at once to exactly one", async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () => store.claim("event:E3", 1000, 30_000)),
    );
    expect(outcomes.filter((o) => o.kind === "claimed")).toHaveLength(1);
  });

  it("does not release a claim that is already done", async () => {
    await store.claim("event:E4", 1000, 30_000);
    await store.finish("event:E4", 2000);
    await store.release("event:E4", 3000);
    expect(await store.claim("event:E4", 4000, 30_000)).toEqual({ kind: "done" });
  });

  it("forgets claims older than a day when another one finishes", async () => {
    await store.claim("event:old", 0, 30_000);
    await store.finish("event:old", 1);
    await store.claim("event:new", 25 * 60 * 60 * 1000, 30_000);
    await store.finish("event:new", 25 * 60 * 60 * 1000);
    expect(await store.claim("event:old", 25 * 60 * 60 * 1000, 30_000)).toEqual({
      kind: "claimed",
      attempt: 1,
    });
  });
});

describe("user links", () => {
  it("sets only the fields given, and links a started conversation in one batch", async () => {
    await store.updateUser("T1", "U1", { dmChannel: "D1" }, 1);
    expect(await store.user("T1", "U1")).toEqual({
      teamId: "T1",
      userId: "U1",
      conversationId: null,
      dmChannel: "D1",
      promptTs: null,
    });
    await store.linkConversation(
      {
        conversationId: "c1",
        teamId: "T1",
        userId: "U1",
        flowId: "reflectie",
        startedBy: "interaction:1",
        createdAt: 10,
      },
      { promptTs: null },
    );
    await store.updateUser("T1", "U1", { promptTs: "1.0001" }, 11);
    expect(await store.user("T1", "U1")).toMatchObject({
      conversationId: "c1",
      dmChannel: "D1",
      promptTs: "1.0001",
    });
    expect((await store.startedBy("interaction:1"))?.conversationId).toBe("c1");
    await store.linkConversation(
      {
        conversationId: "c2",
        teamId: "T1",
        userId: "U1",
        flowId: "reflectie",
        startedBy: "interaction:2",
        createdAt: 20,
      },
      { promptTs: null },
    );
    expect((await store.conversations("T1", "U1", 10)).map((c) => c.conversationId)).toEqual(["c2", "c1"]);
    expect(await store.conversations("T1", "U2", 10)).toEqual([]);
  });

  it("forgets a conversation that is gone", async () => {
    await store.linkConversation(
      {
        conversationId: "c1",
        teamId: "T1",
        userId: "U1",
        flowId: "reflectie",
        startedBy: "interaction:1",
        createdAt: 10,
      },
      { promptTs: "1.0" },
    );
    await store.forget("c1");
    expect(await store.user("T1", "U1")).toMatchObject({ conversationId: null, promptTs: null });
    expect(await store.conversations("T1", "U1", 10)).toEqual([]);
  });
});

describe("posts and erasing a user", () => {
  const post = (userId: string, ts: string, createdAt: number) => ({
    teamId: "T1",
    userId,
    channel: `D${userId}`,
    ts,
    createdAt,
  });

  it("keeps each post once per user, oldest first, and forgets them one by one", async () => {
    await store.recordPost(post("U1", "1.2", 20));
    await store.recordPost(post("U1", "1.1", 10));
    await store.recordPost(post("U1", "1.1", 30));
    await store.recordPost(post("U2", "2.1", 10));
    expect((await store.posts("T1", "U1")).map((p) => p.ts)).toEqual(["1.1", "1.2"]);
    await store.forgetPost("DU1", "1.1");
    expect((await store.posts("T1", "U1")).map((p) => p.ts)).toEqual(["1.2"]);
    expect(await store.posts("T1", "U2")).toHaveLength(1);
  });

  it("drops one user's link and conversations, and nobody else's", async () => {
    for (const userId of ["U1", "U2"])
      await store.linkConversation(
        {
          conversationId: `c-${userId}`,
          teamId: "T1",
          userId,
          flowId: "reflectie",
          startedBy: `interaction:${userId}`,
          createdAt: 10,
        },
        { dmChannel: `D${userId}` },
      );
    await store.eraseUser("T1", "U1");
    expect(await store.user("T1", "U1")).toBeUndefined();
    expect(await store.conversations("T1", "U1", 10)).toEqual([]);
    expect(await store.user("T1", "U2")).toMatchObject({ conversationId: "c-U2" });
    expect(await store.conversations("T1", "U2", 10)).toHaveLength(1);
  });
});
