// Safety in the DM: a crisis message ends coaching with the help for the person's region, and
// nothing continues it; crisis words typed where a button was expected are screened too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dm } from "./dm-driver.ts";
import { type SlackHarness, startSlackHarness } from "./harness.ts";
import { blocksOf, buttonsOf } from "./slack-client.ts";

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => h?.stop());

async function atFirstQuestion(user: string, region: "NL" | "BE"): Promise<Dm> {
  const dm = new Dm(h, user);
  await dm.say("hoi");
  await dm.start("reflectie");
  await dm.choose("nl");
  await dm.choose(region);
  await dm.choose("ja");
  expect(dm.input).toBe("text");
  return dm;
}

describe("a crisis in a Slack DM", () => {
  it("ends coaching with the Flemish help, without buttons, and repeats the help on every later message", async () => {
    const dm = await atFirstQuestion("U0CRISIS", "BE");
    await dm.say("Ik wil er een einde aan maken");
    expect(dm.text).toContain("1813");
    expect(dm.text).toContain("112");
    expect(blocksOf(dm.last).filter((b) => b.type === "actions")).toEqual([]);
    expect(await h.count("conversations", "status = 'crisis'")).toBe(1);

    await dm.say("het gaat al beter, ga maar verder");
    expect(dm.text).toContain("1813");
    expect(buttonsOf(dm.last)).toEqual([]);
    expect(await h.count("events", "kind = 'answer' and turn_id like 'slack:%'")).toBe(4);
  });

  it("shows the Dutch help for a person in the Netherlands", async () => {
    const dm = await atFirstQuestion("U0CRISISNL", "NL");
    await dm.say("ik wil dood");
    expect(dm.text).toContain("113");
    expect(dm.text).not.toContain("1813");
  });

  it("screens crisis words typed while the step wants a button, and ends coaching in Slack", async () => {
    const dm = new Dm(h, "U0TYPED");
    await dm.say("hoi");
    await dm.start("reflectie");
    expect(dm.input).toBe("choice");
    await dm.say("ik wil niet meer leven");
    expect(dm.text).toContain("113");
    expect(buttonsOf(dm.last)).toEqual([]);
    // Nothing continues the coaching: the next message gets the same help again.
    await dm.say("hallo");
    expect(dm.text).toContain("113");
    expect(buttonsOf(dm.last).filter((b) => b.action_id.startsWith("gc_answer"))).toEqual([]);
    expect(await h.count("conversations", "status = 'crisis'")).toBeGreaterThan(0);
  });

  it("asks directly after an ambiguous answer, with yes and no only (no pause, no back)", async () => {
    const dm = await atFirstQuestion("U0CHECK", "NL");
    await dm.say("ik zie het allemaal niet meer zitten");
    expect(dm.input).toBe("choice");
    expect(dm.options()).toEqual(["ja", "nee"]);
    expect(buttonsOf(dm.last).filter((b) => b.block_id === "gc_nav")).toEqual([]);
    await dm.choose("nee");
    expect(dm.input).not.toBe("none");
    expect(await h.count("conversations", "status = 'check'")).toBe(0);
  });

  it("asks directly after an ambiguous message typed at a button step; no goes back to the step", async () => {
    const dm = new Dm(h, "U0CHECKBTN");
    await dm.say("hoi");
    await dm.start("reflectie");
    await dm.say("ik zie het allemaal niet meer zitten");
    expect(dm.text).toContain("denk je erover om een einde aan je leven te maken");
    expect(dm.options()).toEqual(["ja", "nee"]);
    await dm.choose("nee");
    expect(dm.options()).toEqual(expect.arrayContaining(["nl", "en"]));
  });

  it("yes to the direct question ends coaching in Slack with the help", async () => {
    const dm = new Dm(h, "U0CHECKYES");
    await dm.say("hoi");
    await dm.start("reflectie");
    await dm.say("ik zie het allemaal niet meer zitten");
    await dm.choose("ja");
    expect(dm.text).toContain("113");
    expect(buttonsOf(dm.last)).toEqual([]);
  });

  it("screens the very first message too, before any conversation exists", async () => {
    const dm = new Dm(h, "U0FIRST");
    await dm.say("ik wil dood");
    expect(dm.text).toContain("113");
    expect(buttonsOf(dm.last)).toEqual([]);
  });

  it("screens the message that comes back to a paused conversation", async () => {
    const dm = await atFirstQuestion("U0PAUSED", "NL");
    await dm.command("pause");
    await dm.say("ik wil er een einde aan maken");
    expect(dm.text).toContain("113");
    expect(buttonsOf(dm.last)).toEqual([]);
  });

  it("kept the crisis words out of the logs", () => {
    const output = h.server.child.output();
    for (const words of ["einde aan maken", "ik wil dood", "niet meer leven"])
      expect(output).not.toContain(words);
  });
});
