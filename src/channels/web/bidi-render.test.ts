// Answers with text-reordering controls show in the order they were typed on every web page that
// shows them: the chat (the coach's echo and the textarea after "back"), the summary (which is also
// what prints) and the spinnenweb's SVG.
import { jsx } from "hono/jsx";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { productFlows } from "../../../flows/index.ts";
import { type TempDatabase, tempDatabase } from "../../../test/support/database.ts";
import { createApp } from "../../app.ts";
import { createLogger } from "../../log.ts";
import { dimensions } from "../../summary/dimensions.ts";
import type { Summary } from "../../summary/schema.ts";
import { pageCopy } from "./copy.ts";
import { SummaryPage } from "./summary-page.tsx";

const CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
// Typed as "tekenen" and "mijn man", shown reversed or isolated if the controls were let through.
const spoofed = "\u202Etekenen\u202C \u2067mijn\u2069 \u200Fman\u061C";
const shown = "tekenen mijn man";

describe("bidi controls in the web chat", () => {
  let db: TempDatabase;
  beforeEach(async () => {
    db = await tempDatabase();
  });
  afterEach(() => db.cleanup());

  it("never reach the chat page, in the coach's echo nor in the textarea", async () => {
    const BASE = "http://coach.test";
    const app = createApp({ store: db.store, flows: productFlows(), log: createLogger("silent") });
    const post = (path: string, body: Record<string, string>, cookie = "") =>
      app.request(`${BASE}${path}`, {
        method: "POST",
        body: new URLSearchParams(body),
        headers: { "content-type": "application/x-www-form-urlencoded", origin: BASE, cookie },
      });
    const started = await post("/chat/start", { flow: "reflectie", lang: "nl" });
    const cookie = (started.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    let html = "";
    const answer = async (fields: Record<string, string>) => {
      const field = (name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? "";
      await post("/chat/turn", { turnId: field("turnId"), version: field("version"), ...fields }, cookie);
      html = await (await app.request(`${BASE}/chat`, { headers: { cookie } })).text();
    };
    html = await (await app.request(`${BASE}/chat`, { headers: { cookie } })).text();
    for (const choice of ["nl", "NL", "ja"]) await answer({ choice });
    await answer({ text: spoofed, kind: "text" });
    expect(html).toContain(shown);
    await answer({ command: "back" });
    expect(html).toMatch(new RegExp(`<textarea[^>]*>${shown}</textarea>`));
    expect(html).not.toMatch(CONTROLS);
  });
});

describe("bidi controls in the summary and its spinnenweb", () => {
  it("never reach the summary page (also its print) nor the SVG", async () => {
    const text = null;
    const summary: Summary = {
      flow: "reflectie",
      locale: "nl",
      region: "NL",
      complete: true,
      matters: { happy: spoofed, more: text, past: text, present: text, future: text, addition: text },
      health: { experience: spoofed, grade: 7 },
      wants: {
        notNow: false,
        theme: text,
        wish: spoofed,
        importance: 8,
        importanceWhy: text,
        confidence: 6,
        confidenceWhy: text,
      },
      firstStep: { notNow: false, what: spoofed, when: text, who: text },
      visit: {
        mainQuestion: spoofed,
        helpWith: text,
        otherTopics: text,
        complaint: text,
        threeQuestions: false,
        socialHelp: false,
      },
      spinnenweb: dimensions.map((dimension, i) => ({
        dimension,
        label: i === 0 ? `\u202E${dimension}` : dimension,
        grade: i,
        talk: i === 1,
      })),
    };
    const html = String(await jsx(SummaryPage, { copy: pageCopy.nl, summary, done: true }).toString());
    expect(html).toContain(shown);
    expect(html).toContain("<svg");
    expect(html).toContain(">lichaam 0</text>");
    expect(html).not.toMatch(CONTROLS);
  });
});
