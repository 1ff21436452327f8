// "Dat bedoelde ik anders" on the feedback page, by plain form posts: a note on a label is kept with
// the conversation, shown on the page, in the JSON export, the Markdown and the PDF, and erased with
// it; a bad note gets a 400 in the person's language and keeps nothing.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { productFlows } from "../../../flows/index.ts";
import { type TempDatabase, tempDatabase } from "../../../test/support/database.ts";
import { pdfText } from "../../../test/support/pdf-text.ts";
import { BASE, formPost, hiddenField } from "../../../test/support/web-form.ts";
import { createApp } from "../../app.ts";
import type { Locale } from "../../locales.ts";
import { createLogger } from "../../log.ts";

let db: TempDatabase;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  db = await tempDatabase();
  app = createApp({ store: db.store, flows: productFlows(), log: createLogger("silent") });
});
afterEach(() => db.cleanup());

const post = (path: string, fields: Record<string, string>, cookie: string) =>
  formPost(app, path, fields, cookie);
const get = (path: string, cookie: string) => app.request(`${BASE}${path}`, { headers: { cookie } });
const hidden = hiddenField;

/** A finished practice session with Henk, in the given language: two turns, then ended by the trainee. */
async function finishedSession(lang: Locale, lines: string[]): Promise<string> {
  const started = await post("/chat/start", { flow: "oefenen", lang }, "");
  const cookie = started.headers.get("set-cookie")?.split(";")[0] ?? "";
  const steps: Record<string, string>[] = [
    { choice: "henk" },
    { choice: "nee" },
    ...lines.map((text) => ({ kind: "text", text })),
    { command: "skip" },
  ];
  for (const fields of steps) {
    const html = await (await get("/chat", cookie)).text();
    const r = await post(
      "/chat/turn",
      { turnId: hidden(html, "turnId"), version: hidden(html, "version"), ...fields },
      cookie,
    );
    expect(r.status, await r.clone().text()).toBe(303);
  }
  return cookie;
}

describe("notes on labels of the practice feedback", () => {
  it("keeps a note, shows it on the page and in every export, and erases it with the conversation", async () => {
    const cookie = await finishedSession("nl", ["U bent kortademig. Rookt u nog?"]);
    const page = await (await get("/samenvatting", cookie)).text();
    expect(page).toContain('action="/samenvatting/label"');
    expect(page).toContain("Dat bedoelde ik anders");

    const saved = await post(
      "/samenvatting/label",
      { turn: "1", part: "1", text: "Ik wilde weten hoeveel." },
      cookie,
    );
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe("/samenvatting#label-1-1");
    const shown = await (await get("/samenvatting", cookie)).text();
    expect(shown).toContain("<strong>Dat bedoelde ik anders:</strong> Ik wilde weten hoeveel.");

    // Marking the same label again replaces the note instead of adding one.
    await post(
      "/samenvatting/label",
      { turn: "1", part: "1", text: "Ik wilde weten hoeveel per dag." },
      cookie,
    );
    const md = await (await get("/samenvatting/oefengesprek.md", cookie)).text();
    expect(md).toContain("> *Dat bedoelde ik anders (gesloten vraag):* Ik wilde weten hoeveel per dag.");
    expect(md).not.toContain("weten hoeveel.\n");
    const pdf = await pdfText(
      new Uint8Array(await (await get("/samenvatting/oefengesprek.pdf", cookie)).arrayBuffer()),
    );
    expect(pdf).toContain("Dat bedoelde ik anders (gesloten vraag): Ik wilde weten hoeveel per dag.");
    const exported = (await (await get("/samenvatting/download", cookie)).json()) as {
      labelNotes: { turn: number; part: number; text: string }[];
      conversation: { id: string };
    };
    expect(exported.labelNotes).toMatchObject([
      { turn: 1, part: 1, text: "Ik wilde weten hoeveel per dag." },
    ]);

    const erased = await post("/gegevens/wissen", { confirm: "yes" }, cookie);
    expect(erased.status).toBe(200);
    expect(await db.store.labelNotes(exported.conversation.id)).toEqual([]);
    // Nor can a note be kept for it afterwards.
    const late = { turn: 1, part: 0, text: "te laat", createdAt: 0 };
    expect(await db.store.saveLabelNote(exported.conversation.id, late)).toBe(false);
    expect(await db.store.labelNotes(exported.conversation.id)).toEqual([]);
  });

  it("refuses a bad note with a 400 in the person's language and keeps nothing", async () => {
    for (const [lang, tooLong, unknown] of [
      ["nl", "Houd het bij één regel van hoogstens 200 tekens", "Dit label hoort niet bij dit gesprek"],
      ["en", "Keep it to one line of at most 200 characters", "This label is not part of this conversation"],
    ] as const) {
      const cookie = await finishedSession(lang, [lang === "nl" ? "Hoe gaat het met u?" : "How are you?"]);
      const long = await post("/samenvatting/label", { turn: "1", part: "0", text: "a".repeat(201) }, cookie);
      expect(long.status).toBe(400);
      const html = await long.text();
      expect(html).toContain(tooLong);
      // The words typed stay in the field, so nothing is lost.
      expect(html).toContain(`value="${"a".repeat(201)}"`);
      const other = await post("/samenvatting/label", { turn: "7", part: "0", text: "x" }, cookie);
      expect(other.status).toBe(400);
      expect(await other.text()).toContain(unknown);
      const exported = (await (await get("/samenvatting/download", cookie)).json()) as {
        labelNotes: unknown[];
      };
      expect(exported.labelNotes).toEqual([]);
    }
  });
});
