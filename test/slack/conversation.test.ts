// A whole reflection in the app's DM over real HTTP: started from a DM message, answered by typed
// messages, scale and choice buttons and checkboxes, with back, skip, pause (resumed by the next
// message) and a press on an old message, ending with the summary posted. Then App Home.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { productFlows } from "../../flows/index.ts";
import { Dm } from "./dm-driver.ts";
import { type SlackHarness, startSlackHarness } from "./harness.ts";
import { answerOf, blocksOf, buttonsOf, TEAM, textOf } from "./slack-client.ts";

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => h?.stop());

/** Which option to take at a choice: these ids first, in this order (the flow's "go on" answers). */
const PREFER = ["nl", "NL", "ja", "klopt", "verder", "nu", "meedoen", "nee", "klaar"];
const typed: string[] = [];
const answer = (n: number) => {
  const text = `Antwoord ${n}: wandelen met de hond & <koffie> bij de buren`;
  typed.push(text);
  return text;
};

describe("a reflection in a Slack DM", () => {
  const dm = () => new Dm(h, "U0WALK");
  let walker: Dm;

  it("offers the flows when the person first writes", async () => {
    walker = dm();
    await walker.say("hoi");
    const starts = buttonsOf(walker.last).filter((b) => b.action_id.startsWith("gc_start"));
    expect(starts.map((b) => (JSON.parse(b.value) as { f: string }).f)).toEqual(productFlows().ids());
    expect(walker.text).toContain("Slack is geen medisch dossier");
    expect(walker.last?.args.channel).toBe("D0WALK");
  });

  it("walks from the start button to the summary by messages and buttons", async () => {
    await walker.start("reflectie");
    expect(walker.input).toBe("choice");
    const languageMessage = walker.last;

    let texts = 0;
    let didBack = false;
    let didSkip = false;
    let didPause = false;
    let didStale = false;
    for (let step = 0; step < 90 && !walker.text.includes("Jouw samenvatting"); step++) {
      const input = walker.input;
      if (input === "scale") {
        await walker.grade(6);
        if (!didBack) {
          didBack = true;
          await walker.command("back");
          expect(walker.input).toBe("scale");
          // The earlier answer is marked, so it can be kept with one press.
          expect(walker.button((b) => answerOf(b)?.value === 6)).toMatchObject({ style: "primary" });
        }
      } else if (input === "choice") {
        const options = walker.options();
        await walker.choose(PREFER.find((id) => options.includes(id)) ?? options[0] ?? "");
        if (!didStale && walker.input === "text") {
          // A press on the language question, long answered: a short note, nothing else changes.
          didStale = true;
          const before = h.fake.ok("chat.postMessage").length;
          const language = walker.button((b) => answerOf(b)?.choice === "en", languageMessage);
          expect((await h.slack.press("U0WALK", language, languageMessage)).status).toBe(200);
          const notes = await h.fake.waitFor("chat.postEphemeral", 1);
          expect(String(notes[0]?.args.text)).toContain("al beantwoord");
          expect(notes[0]?.args.user).toBe("U0WALK");
          expect(h.fake.ok("chat.postMessage").length).toBe(before);
        }
      } else if (input === "scales") {
        // Klaar with nothing chosen: a short note of what is missing; the step stays.
        const klaar = walker.button((b) => b.action_id === "gc_submit");
        const before = h.fake.ok("chat.postEphemeral").length;
        expect((await h.slack.press("U0WALK", klaar, walker.last, { state: {} })).status).toBe(200);
        const notes = await h.fake.waitFor("chat.postEphemeral", before + 1);
        expect(String(notes.at(-1)?.args.text)).toContain("minstens één onderdeel");
        await walker.grades({ lichaam: 6, meedoen: 4 }, ["meedoen"]);
      } else if (input === "multiple") {
        const options = walker.options();
        await walker.tick(options.includes("meedoen") ? ["meedoen"] : options.slice(0, 1));
      } else if (input === "text") {
        const canSkip = buttonsOf(walker.last).some((b) => answerOf(b)?.command === "skip");
        if (!didSkip && canSkip) {
          didSkip = true;
          await walker.command("skip");
        } else if (!didPause && texts === 1) {
          didPause = true;
          const question = walker.text;
          await walker.command("pause");
          expect(walker.input).toBe("none");
          expect(buttonsOf(walker.last).map((b) => b.action_id)).toEqual(["gc_continue"]);
          // The next message brings the question back instead of being taken as the answer.
          await walker.say("ik ben er weer");
          expect(walker.text).toContain("Welkom terug");
          expect(walker.text).toContain(question.split("\n")[0]);
        } else {
          await walker.say(answer(++texts));
        }
      } else throw new Error(`stuck at a message without input: ${walker.text}`);
    }
    expect({ didBack, didSkip, didPause, didStale }).toEqual({
      didBack: true,
      didSkip: true,
      didPause: true,
      didStale: true,
    });

    const summary = walker.text;
    expect(summary).toContain("Jouw samenvatting");
    // The person's own words, with & < > intact after Slack's escaping both ways.
    expect(typed.filter((t) => summary.includes(t)).length).toBeGreaterThanOrEqual(3);
    expect(summary).not.toContain("ik ben er weer");
    expect(buttonsOf(walker.last)).toEqual([]);
  });

  it("took every button press off the message it was pressed in", async () => {
    const updates = h.fake.ok("chat.update");
    expect(updates.length).toBeGreaterThan(10);
    for (const update of updates) expect(blocksOf(update).filter((b) => b.type === "actions")).toEqual([]);
    expect(updates.some((u) => textOf(u).includes("Jouw antwoord: 6"))).toBe(true);
    // The spinnenweb's message says what was given, by name, and keeps no select.
    expect(updates.some((u) => textOf(u).includes("Lichaam 6, Meedoen 4 (hier wil ik over praten)"))).toBe(
      true,
    );
    for (const update of updates)
      expect(blocksOf(update).filter((b) => b.accessory?.type === "static_select")).toEqual([]);
  });

  it("kept the person's words out of the logs", () => {
    const output = h.server.child.output();
    for (const text of typed) expect(output).not.toContain(text.slice(0, 20));
  });

  it("recorded one engine turn per answer, each with a turnId derived from its Slack event", async () => {
    expect(await h.count("events", "turn_id like 'slack:%'")).toBe(
      await h.count("events", "turn_id != 'start'"),
    );
  });
});

describe("App Home", () => {
  it("shows the person's finished summary, start buttons and the medical-record statement", async () => {
    const before = h.fake.ok("views.publish").length;
    expect((await h.slack.homeOpened("U0WALK")).status).toBe(200);
    const [view] = (await h.fake.waitFor("views.publish", before + 1)).slice(before);
    expect(view?.args.user_id).toBe("U0WALK");
    expect(view?.args.view).toMatchObject({ type: "home" });
    const text = textOf(view);
    expect(text).toContain("Slack is geen medisch dossier");
    expect(text).toContain("webchat");
    expect(text).toContain(typed[typed.length - 1]?.slice(0, 20));
    expect(text).toContain("Je hebt nu geen lopend gesprek");
    const starts = buttonsOf(view).filter((b) => b.action_id.startsWith("gc_start"));
    expect(starts.map((b) => (JSON.parse(b.value) as { f: string }).f)).toEqual(productFlows().ids());
  });

  it("shows another person only their own open conversation, with a button that continues it in the DM", async () => {
    const other = new Dm(h, "U0OTHER");
    await other.say("hallo");
    await other.start("reflectie");
    const question = other.text;

    const before = h.fake.ok("views.publish").length;
    await h.slack.homeOpened("U0OTHER");
    const [view] = (await h.fake.waitFor("views.publish", before + 1)).slice(before);
    const text = textOf(view);
    expect(text).toContain("Je gesprek loopt nog");
    expect(text).toContain("Nog geen afgeronde gesprekken");
    for (const t of typed) expect(text).not.toContain(t.slice(0, 20));

    const cont = buttonsOf(view).find((b) => b.action_id === "gc_continue");
    if (!cont) throw new Error("no continue button");
    const post = await h.expectPost(() => h.slack.press("U0OTHER", cont, undefined));
    expect(post.args.channel).toBe("D0OTHER");
    expect(textOf(post)).toContain("Welkom terug");
    expect(textOf(post)).toContain(question.split("\n")[0]);
    expect(await h.count("slack_users", "team_id = ? and conversation_id is not null", TEAM)).toBe(2);
  });

  it("/coach offers to continue the open conversation or start another", async () => {
    const post = await h.expectPost(() => h.slack.command("U0OTHER"));
    expect(post.args.channel).toBe("D0OTHER");
    expect(textOf(post)).toContain("Je hebt een gesprek dat nog loopt");
    expect(buttonsOf(post).map((b) => b.action_id)).toContain("gc_continue");
  });

  it("declining at the start erases the conversation at once, as the coach says", async () => {
    const before = await h.count("conversations");
    const nope = new Dm(h, "U0NOPE");
    await nope.say("hoi");
    await nope.start("reflectie");
    await nope.choose("nl");
    await nope.choose("NL");
    await nope.choose("nee");
    expect(nope.text).toContain("geen antwoorden van je bewaard");
    await expect.poll(() => h.count("conversations")).toBe(before);
  });
});
