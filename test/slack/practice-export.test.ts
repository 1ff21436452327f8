// A practice session in the Slack DM through the real Bolt client: when it ends, the trainee gets the
// session as a Markdown file in the same DM (files.uploadV2), with the words as they were shown, the
// labels and the voice of each reply, and the file is remembered so "delete my data" removes it; a
// button under it opens a modal to mark a label "dat bedoelde ik anders", and the note comes in the file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dm } from "./dm-driver.ts";
import type { SlackCall } from "./fake-slack.ts";
import { type SlackHarness, startSlackHarness } from "./harness.ts";
import { TEAM } from "./slack-client.ts";

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

  it("lets the trainee mark a label 'dat bedoelde ik anders' in a modal, kept and in the Markdown", async () => {
    const trainee = new Dm(h, "U0NOTE");
    await trainee.say("hoi");
    await trainee.start("oefenen");
    await trainee.choose("henk");
    await trainee.choose("nee");
    await trainee.say("U bent kortademig. Rookt u nog?");
    const posts = h.fake.ok("chat.postMessage").length;
    await trainee.command("skip");
    // The finished session's message, then the button under the export.
    const sent = await h.fake.waitFor("chat.postMessage", posts + 2);
    const withButton = sent.slice(posts).find((m) => JSON.stringify(m.args.blocks).includes('"gc_note"'));
    if (!withButton) throw new Error("no label-note button after the export");
    expect(String(withButton.args.text)).toContain("Bedoelde je bij een label iets anders?");
    const button = (withButton.args.blocks as { elements?: { action_id: string }[] }[])
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === "gc_note");
    if (!button) throw new Error("no gc_note button");

    const opened = h.fake.ok("views.open").length;
    const pressed = await h.slack.press("U0NOTE", button as never, withButton);
    expect(pressed.status).toBe(200);
    const open = (await h.fake.waitFor("views.open", opened + 1))[opened] as SlackCall;
    const view = open.args.view as {
      callback_id: string;
      private_metadata: string;
      blocks: { block_id: string; element: { options?: { value: string; text: { text: string } }[] } }[];
    };
    expect(view.callback_id).toBe("gc_note_view");
    const options = view.blocks.find((b) => b.block_id === "gc_note_label")?.element.options ?? [];
    const reflection = options.find((o) => o.text.text.includes("reflectie"));
    expect(reflection?.value).toBe("1.0");
    expect(reflection?.text.text).toContain("Beurt 1, fase 1 (volgend), reflectie: U bent kortademig.");

    const submit = (text: string, label = "1.0") =>
      h.slack.send(
        new URLSearchParams({
          payload: JSON.stringify({
            type: "view_submission",
            team: { id: TEAM, domain: "test" },
            user: { id: "U0NOTE", username: "tester", team_id: TEAM },
            api_app_id: "A0TEST",
            token: "legacy-unused",
            trigger_id: `${Date.now()}.7.note`,
            view: {
              id: String((open.response.view as { id: string }).id),
              team_id: TEAM,
              type: "modal",
              callback_id: view.callback_id,
              private_metadata: view.private_metadata,
              state: {
                values: {
                  gc_note_label: { label: { type: "static_select", selected_option: { value: label } } },
                  gc_note_text: { text: { type: "plain_text_input", value: text } },
                },
              },
              hash: "1.abc",
            },
            response_urls: [],
          }),
        }).toString(),
        "application/x-www-form-urlencoded",
      );

    // An empty line and a label the session does not have are refused inline, and nothing is kept.
    const empty = await submit("   ");
    expect(JSON.parse(empty.text)).toEqual({
      response_action: "errors",
      errors: { gc_note_text: "Schrijf in één regel wat je anders bedoelde. Er is nog niets bewaard." },
    });
    const unknown = await submit("Zo bedoeld.", "9.0");
    expect(JSON.parse(unknown.text).errors).toHaveProperty("gc_note_label");
    expect(await h.count("label_notes")).toBe(0);

    const uploads = h.fake.ok("files.completeUploadExternal").length;
    const kept = await submit("Ik wilde vooral laten merken dat ik het hoorde.");
    expect(kept.status).toBe(200);
    await h.fake.waitFor("files.completeUploadExternal", uploads + 1);
    expect(await h.count("label_notes", "turn = 1 and part = 0")).toBe(1);
    const files = [...h.fake.files.values()].filter((f) => f.channel === "D0NOTE");
    const md = files.at(-1)?.content ?? "";
    expect(files).toHaveLength(2);
    expect(md).toContain(
      "> *Dat bedoelde ik anders (reflectie):* Ik wilde vooral laten merken dat ik het hoorde.",
    );
    expect(files[0]?.content).not.toContain("Dat bedoelde ik anders");
  });
});
