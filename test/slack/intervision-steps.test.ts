// The steps care teams ask for, over real HTTP through Bolt's real WebClient against the fake Slack:
// choosing a case together first (the incident method's default), the confidentiality agreement, a
// facilitator removing a contribution, anonymous questions the facilitator approves first, last
// round's agreements at the start of the next, ended rounds in App Home, and the app being
// uninstalled or its token revoked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SlackCall } from "./fake-slack.ts";
import { type SlackHarness, startSlackHarness } from "./harness.ts";
import {
  ChannelSide,
  dbRows,
  type RoundView,
  refOfPost,
  type StartForm,
  textValues,
} from "./intervision-driver.ts";
import { buttonsOf, type Delivery, textOf } from "./slack-client.ts";

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

const rows = (sql: string, ...args: string[]) => dbRows(h, sql, ...args);

const startRound = (form: Partial<StartForm> & { method: StartForm["method"] }, channel: string) =>
  side.startRound(FACILITATOR, { caseBringer: CASE, participants: [ANNA, BOB], ...form }, channel);

const notesAfter = (user: string, send: () => Promise<Delivery>) => side.notesAfter(user, send);

const button = (call: SlackCall | undefined, actionId: string) => {
  const found = buttonsOf(call).find((b) => b.action_id === actionId);
  if (!found) throw new Error(`no ${actionId}`);
  return found;
};

async function endRound(round: RoundView, nextSteps: string) {
  const modal = await side.expectView(() =>
    side.press(FACILITATOR, round.control("Beëindig ronde"), round.parentNow),
  );
  await side.submit(FACILITATOR, modal, textValues("next_steps", nextSteps));
  await h.fake.until(() => round.parentText.includes("Afgerond op"), "the ended parent");
}

describe("choosing a case together first", () => {
  let round: RoundView;

  it("is how the incident method starts by default, without a case bringer yet", async () => {
    round = await startRound(
      { method: "incident", cases: "method", caseBringer: null, participants: [CASE, ANNA, BOB] },
      "C0CASES",
    );
    expect(round.parentText).toContain("Casusinbrenger: nog te kiezen");
    expect(round.parentText).toContain("1. Casus kiezen");
    const phase = round.phaseMessage();
    expect(textOf(phase)).toContain("Fase 1 van 7: Casus kiezen");
    expect(buttonsOf(phase).map((b) => b.text.text)).toContain("Stel een casus voor");
  });

  it("takes each proposal privately and posts it without its author", async () => {
    for (const [user, text] of [
      [ANNA, "Een patiënt die steeds te laat komt."],
      [CASE, "Een familie die het oneens is over de zorg."],
    ] as const) {
      const propose = button(round.phaseMessage(), "gc_iv_propose");
      const modal = await side.expectView(() => side.press(user, propose, refOfPost(round.phaseMessage())));
      expect((modal.args.view as { title: { text: string } }).title.text).toBe("Casusvoorstel");
      const [posted] = await side.expectCalls(
        () => side.submit(user, modal, textValues("text", text)),
        "chat.postMessage",
      );
      expect(textOf(posted)).toContain(text);
      expect(textOf(posted)).not.toContain(user);
      expect(buttonsOf(posted).map((b) => b.text.text)).toEqual(["Stem hierop", "Kies deze casus"]);
    }
    expect(await h.count("intervision_contributions", "kind = 'proposal'")).toBe(2);
  });

  it("counts votes, and lets only the facilitator pick", async () => {
    const proposals = round.thread().filter((c) => textOf(c).includes("Casusvoorstel"));
    const second = proposals[1];
    expect(
      await notesAfter(BOB, () =>
        side.press(BOB, button(second, "gc_iv_vote"), refOfPost(second as SlackCall)),
      ),
    ).toEqual([expect.stringContaining("1 stem")]);
    expect(
      await notesAfter(ANNA, () =>
        side.press(ANNA, button(second, "gc_iv_pick"), refOfPost(second as SlackCall)),
      ),
    ).toEqual([expect.stringContaining("Alleen de gespreksleider")]);
    const posts = side.posts().length;
    await side.press(FACILITATOR, button(second, "gc_iv_pick"), refOfPost(second as SlackCall));
    await h.fake.until(
      () =>
        side
          .posts()
          .slice(posts)
          .some((c) => textOf(c).includes("Fase 2 van 7: Casus")),
      "the case phase",
    );
    // The chosen case's author brings it.
    expect(
      side
        .posts()
        .slice(posts)
        .map((c) => textOf(c))
        .join("\n"),
    ).toContain(`<@${CASE}> is de casusinbrenger`);
    expect(textOf(round.phaseMessage())).toContain(`Aan de beurt: <@${CASE}>.`);
    const [stored] = await rows(
      "select case_bringer_id, phase from intervision_rounds where parent_ts = ?",
      round.ts,
    );
    expect(stored).toMatchObject({ case_bringer_id: CASE, phase: 1 });
    await h.fake.until(
      () => round.parentText.includes(`Casusinbrenger: <@${CASE}>`),
      "the parent's case bringer",
    );
  });

  it("leaves the proposals out of the record", async () => {
    await round.agree([CASE, ANNA, BOB]);
    await side.reply(CASE, round.ts, "De familie wil elk een ander plan.", { channel: "C0CASES" });
    const before = side.posts().length;
    await endRound(round, "");
    const record = side
      .posts()
      .slice(before)
      .map((c) => textOf(c))
      .join("\n");
    expect(record).toContain("*De vraag*\n• De familie wil elk een ander plan.");
    expect(record).not.toContain("te laat komt");
  });
});

describe("the confidentiality agreement", () => {
  let round: RoundView;

  it("opens the round, with the warning about who can read the thread", async () => {
    h.fake.channel("C0PUBLIC", { private: false });
    round = await startRound({ method: "vijfstappen" }, "C0PUBLIC");
    const first = round.phaseMessage();
    expect(textOf(first)).toContain("Vertrouwelijk");
    expect(textOf(first)).toContain("dit is een openbaar kanaal");
    expect(textOf(first)).toContain("liever een privékanaal met alleen de deelnemers");
    expect(round.parentText).toContain("0 van 3 deelnemers akkoord.");
  });

  it("is confirmed by each participant, counted on the parent message", async () => {
    const agree = button(round.phaseMessage(), "gc_iv_agree");
    expect(await notesAfter(ANNA, () => side.press(ANNA, agree, refOfPost(round.phaseMessage())))).toEqual([
      expect.stringContaining("bevestigd"),
    ]);
    await h.fake.until(() => round.parentText.includes("1 van 3 deelnemers akkoord."), "the count");
    expect(
      await notesAfter("U0OTHER", () => side.press("U0OTHER", agree, refOfPost(round.phaseMessage()))),
    ).toEqual([expect.stringContaining("Alleen deelnemers")]);
  });

  it("is asked for once from a participant who writes before confirming; the reply is kept", async () => {
    const first = await notesAfter(CASE, () =>
      side.reply(CASE, round.ts, "Mijn vraag aan jullie.", { channel: "C0PUBLIC" }),
    );
    expect(first).toEqual([expect.stringContaining("Bevestig nog even de afspraak")]);
    expect(
      await notesAfter(CASE, () =>
        side.reply(CASE, round.ts, "Nog een aanvulling.", { channel: "C0PUBLIC" }),
      ),
    ).toEqual([]);
    expect(await h.count("intervision_contributions", "user_id = ? and text like 'Mijn vraag%'", CASE)).toBe(
      1,
    );
  });
});

describe("removing a contribution", () => {
  let round: RoundView;

  beforeAll(async () => {
    round = await startRound({ method: "vijfstappen" }, "C0REMOVE");
    await round.agree([CASE, ANNA, BOB]);
    await round.press(FACILITATOR, "Volgende fase");
  });

  it("is the facilitator's: anyone else gets a private note", async () => {
    const ts = side.nextTs();
    await side.reply(ANNA, round.ts, "Ik ken haar, ze woont naast mij.", { ts, channel: "C0REMOVE" });
    const notes = await notesAfter(BOB, () =>
      side.shortcut(BOB, { ts, threadTs: round.ts, author: ANNA }, "C0REMOVE"),
    );
    expect(notes).toEqual([expect.stringContaining("Alleen de gespreksleider")]);
    expect(await h.count("intervision_contributions", "message_ts = ?", ts)).toBe(1);
  });

  it("takes a person's reply out of the record, audited without content, and asks its author to delete it", async () => {
    const [row] = await rows(
      "select id, message_ts from intervision_contributions where text like 'Ik ken haar%'",
    );
    const ts = String(row?.message_ts);
    const confirm = await side.expectView(() =>
      side.shortcut(FACILITATOR, { ts, threadTs: round.ts, author: ANNA }, "C0REMOVE"),
    );
    expect(textOf(confirm)).toContain("gaat uit het verslag");
    const dms = side.dms(ANNA).length;
    const notes = await notesAfter(FACILITATOR, () => side.submit(FACILITATOR, confirm, {}));
    expect(notes).toEqual([expect.stringContaining(`alleen <@${ANNA}>`)]);
    expect(await h.count("intervision_contributions", "message_ts = ?", ts)).toBe(0);
    expect(textOf(side.dms(ANNA).slice(dms).at(0))).toContain("uit het verslag gehaald");
    const [round1] = await rows("select id from intervision_rounds where parent_ts = ?", round.ts);
    const audit = await rows("select action, actor, detail from audit_log where action = 'remove'");
    expect(audit.map((a) => ({ ...a }))).toEqual([
      { action: "remove", actor: "channel", detail: `facilitator:${String(round1?.id)}` },
    ]);
    expect(JSON.stringify(audit)).not.toContain("naast mij");
  });

  it("deletes a message the app posted from the thread as well", async () => {
    const write = button(round.phaseMessage(), "gc_iv_write");
    const modal = await side.expectView(() => side.press(BOB, write, refOfPost(round.phaseMessage())));
    const [posted] = await side.expectCalls(
      () => side.submit(BOB, modal, textValues("text", "Bel haar dochter op maandag.")),
      "chat.postMessage",
    );
    const ts = String(posted?.response.ts);
    const confirm = await side.expectView(() =>
      side.shortcut(FACILITATOR, { ts, threadTs: round.ts, byApp: true }, "C0REMOVE"),
    );
    const notes = await notesAfter(FACILITATOR, () => side.submit(FACILITATOR, confirm, {}));
    expect(notes).toEqual([expect.stringContaining("uit de draad")]);
    expect(h.fake.has("C0REMOVE", ts)).toBe(false);
    expect(await h.count("intervision_contributions", "message_ts = ?", ts)).toBe(0);
  });

  it("says so when the message is not a contribution", async () => {
    const notes = await notesAfter(FACILITATOR, () =>
      side.shortcut(FACILITATOR, { ts: "1.1", threadTs: "9.9", author: ANNA }, "C0REMOVE"),
    );
    expect(notes).toEqual([expect.stringContaining("staat niet in het verslag")]);
  });
});

describe("anonymous questions the facilitator approves first", () => {
  let round: RoundView;

  it("wait for the facilitator instead of being posted", async () => {
    round = await startRound({ method: "vijfstappen", anonymous: true, moderated: true }, "C0REVIEW");
    await round.agree([CASE, ANNA, BOB]);
    await round.press(FACILITATOR, "Volgende fase");
    const ask = button(round.phaseMessage(), "gc_iv_ask");
    const dms = side.dms(FACILITATOR).length;
    for (const text of ["Wat had je zelf nodig gehad?", "Waarom deed je zo dom?"]) {
      const modal = await side.expectView(() => side.press(BOB, ask, refOfPost(round.phaseMessage())));
      const notes = await notesAfter(BOB, () => side.submit(BOB, modal, textValues("text", text)));
      expect(notes).toEqual([expect.stringContaining("wacht op de gespreksleider")]);
    }
    expect(round.thread().some((c) => textOf(c).includes("Wat had je zelf"))).toBe(false);
    const reviews = side.dms(FACILITATOR).slice(dms);
    expect(reviews).toHaveLength(2);
    expect(textOf(reviews[0])).toContain("wacht op jouw goedkeuring");
    expect(textOf(reviews[0])).not.toContain(BOB);
  });

  it("reach the thread without a name, and the case bringer, once approved", async () => {
    const review = side.dms(FACILITATOR).find((c) => textOf(c).includes("Wat had je zelf"));
    const caseDms = side.dms(CASE).length;
    const posts = side.posts().length;
    await side.press(FACILITATOR, button(review, "gc_iv_approve"), refOfPost(review as SlackCall));
    await h.fake.until(() => side.dms(CASE).length === caseDms + 1, "the rating DM");
    const posted = side
      .posts()
      .slice(posts)
      .find((c) => c.args.thread_ts === round.ts);
    expect(textOf(posted)).toContain("Anonieme vraag");
    expect(textOf(posted)).not.toContain(BOB);
    expect(
      await h.count("intervision_contributions", "review is null and text like 'Wat had je zelf%'"),
    ).toBe(1);
  });

  it("are deleted when declined, with an audit line, and the asker is told", async () => {
    const review = side.dms(FACILITATOR).find((c) => textOf(c).includes("zo dom"));
    const dms = side.dms(BOB).length;
    expect(
      await notesAfter(ANNA, () =>
        side.press(ANNA, button(review, "gc_iv_reject"), refOfPost(review as SlackCall)),
      ),
    ).toEqual([expect.stringContaining("Alleen de gespreksleider")]);
    await side.press(FACILITATOR, button(review, "gc_iv_reject"), refOfPost(review as SlackCall));
    await h.fake.until(() => side.dms(BOB).length === dms + 1, "the asker's DM");
    expect(textOf(side.dms(BOB).at(-1))).toContain("niet geplaatst");
    expect(await h.count("intervision_contributions", "text like '%zo dom%'")).toBe(0);
    expect(await h.count("audit_log", "action = 'remove' and detail like 'rejected:%'")).toBe(1);
    expect(round.thread().some((c) => textOf(c).includes("zo dom"))).toBe(false);
  });

  it("stay out of the thread when approved only after the round ended", async () => {
    const ask = button(round.phaseMessage(), "gc_iv_ask");
    const modal = await side.expectView(() => side.press(BOB, ask, refOfPost(round.phaseMessage())));
    await side.submit(BOB, modal, textValues("text", "Wat zou je een volgende keer anders doen?"));
    const review = side.dms(FACILITATOR).find((c) => textOf(c).includes("een volgende keer anders"));
    await endRound(round, "");
    const posts = side.posts().length;
    expect(
      await notesAfter(FACILITATOR, () =>
        side.press(FACILITATOR, button(review, "gc_iv_approve"), refOfPost(review as SlackCall)),
      ),
    ).toEqual([expect.stringContaining("loopt niet meer")]);
    expect(side.posts().slice(posts)).toEqual([]);
    expect(
      await h.count("intervision_contributions", "review = 'pending' and text like '%anders doen%'"),
    ).toBe(1);
  });
});

describe("the next round in the same channel", () => {
  it("opens with the agreed next steps of the last one", async () => {
    const first = await startRound({ method: "balint" }, "C0AGAIN");
    await endRound(first, "Huisbezoek plannen\nTerugkoppelen in het overleg");
    const second = await startRound({ method: "roddel" }, "C0AGAIN");
    const opening = textOf(second.phaseMessage());
    expect(opening).toContain("Afspraken uit de vorige ronde in dit kanaal");
    expect(opening).toContain("• Huisbezoek plannen\n• Terugkoppelen in het overleg");
    expect(opening).toContain("Hoe is het daarmee gegaan?");
    // Only the same channel's.
    const elsewhere = await startRound({ method: "roddel" }, "C0NEWCHAN");
    expect(textOf(elsewhere.phaseMessage())).not.toContain("Afspraken uit de vorige ronde");
  });
});

describe("App Home", () => {
  it("lists ended rounds with a link to their record", async () => {
    const [published] = await side.expectCalls(() => h.slack.homeOpened(ANNA), "views.publish");
    const text = textOf(published);
    expect(text).toContain("Afgeronde intervisierondes");
    expect(text).toMatch(
      /\*Balint-light\* in <#C0AGAIN> · afgerond op <!date\^\d+\^\{date_long\}\|[^>]+> · <https:\/\/test\.slack\.com\/archives\/C0AGAIN\/p\d+\|verslag>/,
    );
  });
});

describe("when Slack lets the app go", () => {
  it("stops every running round of the workspace and its timers when the app is uninstalled, audited", async () => {
    const running = await h.count("intervision_rounds", "status = 'running'");
    expect(running).toBeGreaterThan(0);
    expect(await h.count("timers", "id like 'iv:%' and status = 'pending'")).toBeGreaterThan(0);
    const calls = h.fake.calls.length;
    expect((await side.lifecycle("app_uninstalled")).status).toBe(200);
    expect(await h.count("intervision_rounds", "status = 'running'")).toBe(0);
    expect(await h.count("intervision_rounds", "status = 'blocked' and blocked_reason = 'uninstalled'")).toBe(
      running,
    );
    expect(await h.count("timers", "id like 'iv:%' and status = 'pending'")).toBe(0);
    expect(await h.count("audit_log", "action = 'uninstall' and detail = ?", String(running))).toBe(1);
    // Nothing is sent: there is nobody left to send with.
    expect(h.fake.calls.slice(calls)).toEqual([]);
  });

  it("does the same when the bot token is revoked", async () => {
    await startRound({ method: "vijfstappen" }, "C0LATER");
    expect((await side.lifecycle("tokens_revoked")).status).toBe(200);
    expect(
      await h.count("intervision_rounds", "status = 'blocked' and blocked_reason = 'token_revoked'"),
    ).toBe(1);
    expect(await h.count("audit_log", "action = 'revoke'")).toBe(1);
  });

  it("kept contribution text out of the logs", () => {
    const output = h.server.child.output();
    for (const typed of ["te laat komt", "naast mij", "zo dom", "Huisbezoek plannen"])
      expect(output).not.toContain(typed);
    expect(output).toContain("intervision stopped for workspace");
  });
});
