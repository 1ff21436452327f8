// A practice session in the Slack DM through the real Bolt client: when it ends, the trainee gets the
// session as a Markdown file in the same DM (files.uploadV2), with the words as they were shown, the
// labels and the voice of each reply, and the file is remembered so "delete my data" removes it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dm } from "./dm-driver.ts";
import { type SlackHarness, startSlackHarness } from "./harness.ts";

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => h?.stop());

describe("a practice session's export in Slack", () => {
  it("shares the session as a Markdown file in the DM when the trainee ends it", async () => {
    const trainee = new Dm(h, "U0OEFEN");
    await trainee.say("hoi");
    await trainee.start("oefenen");
    await trainee.choose("henk");
    await trainee.choose("nee");
    const reply = await trainee.say("U bent kortademig. Rookt u nog?");
    const shown = /Henk: ([^\n]+)/.exec(String(reply.args.text ?? ""))?.[1] ?? "";
    expect(shown.length).toBeGreaterThan(0);
    await trainee.say("Wat vindt u zelf belangrijk?");

    // No file while the session runs.
    expect([...h.fake.files.values()].filter((f) => f.channel === "D0OEFEN")).toEqual([]);
    const uploads = h.fake.ok("files.completeUploadExternal").length;
    await trainee.command("skip");
    await h.fake.waitFor("files.completeUploadExternal", uploads + 1);

    const file = [...h.fake.files.values()].find((f) => f.channel === "D0OEFEN");
    if (!file) throw new Error("no file shared in the DM");
    expect(file.filename).toBe("oefengesprek.md");
    const md = file.content;
    expect(md).toMatch(/^# Oefengesprek met Henk/);
    expect(md).toContain("**Jij:** U bent kortademig. *(reflectie)* Rookt u nog? *(gesloten vraag)*");
    expect(md).toContain("**Jij:** Wat vindt u zelf belangrijk? *(open vraag)*");
    // The reply as it was shown in the DM, voiced by the rules (no model is configured here).
    expect(md).toContain(`**Henk:** ${shown.replace(/([*_[\]#<>|`])/g, "\\$1")} *(stem: regels)*`);
    expect(md).toContain("## In getallen");
    expect(md).toContain("## Wie de patiënt was");
    // Remembered with the DM's posts, so "delete my data" deletes the file too.
    expect(await h.count("slack_posts", "user_id = ? and kind = 'file' and ts = ?", "U0OEFEN", file.id)).toBe(
      1,
    );
  });

  it("sends the Markdown as messages within Slack's limits when Slack will not take the file", async () => {
    const trainee = new Dm(h, "U0NOFILE");
    await trainee.say("hoi");
    await trainee.start("oefenen");
    await trainee.choose("ans");
    await trainee.choose("nee");
    await trainee.say("Wat maakt een dag voor u de moeite waard? *echt*");
    h.fake.refuse("files.getUploadURLExternal", "missing_scope");
    const posts = h.fake.ok("chat.postMessage").length;
    await trainee.command("skip");
    // The finished session's message, then the export's.
    const sent = (await h.fake.waitFor("chat.postMessage", posts + 2)).slice(posts + 1);
    const text = sent.map((m) => JSON.stringify(m.args.blocks)).join("");
    expect(text).toContain("Dit gesprek om mee te nemen naar je opleider of supervisie, als Markdown:");
    expect(text).toContain("```# Oefengesprek met Ans");
    // The Markdown's own escapes survive, as JSON writes them ("\\*" for the Markdown's "\*").
    expect(text).toContain(
      "Wat maakt een dag voor u de moeite waard? *(open vraag)* \\\\*echt\\\\* *(overig)*",
    );
    expect(h.fake.refused("files.getUploadURLExternal", "missing_scope")).toHaveLength(1);
    expect([...h.fake.files.values()].filter((f) => f.channel === "D0NOFILE")).toEqual([]);
  });
});
