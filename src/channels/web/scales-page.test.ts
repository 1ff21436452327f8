// The spinnenweb's one step on the web: one form with six scales and their marks, posted without
// JavaScript, refused in the person's language when empty; and the same step over the JSON API.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { productFlows } from "../../../flows/index.ts";
import { type TempDatabase, tempDatabase } from "../../../test/support/database.ts";
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

const post = (path: string, fields: [string, string][], cookie?: string) =>
  formPost(app, path, fields, cookie);
const hidden = hiddenField;

/** A web conversation at the spinnenweb step, answered by plain form posts. */
async function atWeb(lang: Locale) {
  const started = await post("/chat/start", [
    ["flow", "reflectie"],
    ["lang", lang],
  ]);
  const cookie = (started.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  let html = await (await app.request(`${BASE}/chat`, { headers: { cookie } })).text();
  const send = async (fields: [string, string][]) => {
    const res = await post(
      "/chat/turn",
      [["turnId", hidden(html, "turnId")], ["version", hidden(html, "version")], ...fields],
      cookie,
    );
    if (res.status === 303) html = await (await app.request(`${BASE}/chat`, { headers: { cookie } })).text();
    return res;
  };
  for (const fields of [[["choice", "NL"]], [["choice", "ja"]], ...Array(4).fill([["command", "skip"]])])
    expect((await send(fields)).status).toBe(303);
  return { send, html: () => html };
}

const radios = (html: string, name: string) => html.match(new RegExp(`name="${name}"`, "g"))?.length ?? 0;

describe("the spinnenweb step on the web", () => {
  it("is one form with six scales of eleven, a description and a mark each, nothing required", async () => {
    const { html } = await atWeb("nl");
    const page = html();
    for (const d of ["lichaam", "mentaal", "zingeving", "kwaliteit", "meedoen", "dagelijks"]) {
      // Eleven grades and "geen cijfer", which is where every scale starts.
      expect(radios(page, `scale-${d}`)).toBe(12);
      expect(page).toMatch(new RegExp(`id="scale-${d}-none" name="scale-${d}" value="" checked`));
      expect(page).toContain(`id="mark-${d}" name="mark" value="${d}"`);
    }
    expect(page.match(/<form /g)).toHaveLength(1);
    expect(page).toContain('<legend class="scale-name">Gevoel en gedachten</legend>');
    expect(page).toContain("Hoe je je lichamelijk voelt, hoe je slaapt, eet en beweegt");
    expect(page).toContain('Hier wil ik over praten<span class="visually-hidden">: Meedoen</span>');
    // A part may stay empty: no radio is required, and an untouched scale sends an empty value.
    expect(page).not.toMatch(/type="radio"[^>]*required/);
  });

  it("takes the grades and marks in one post, and shows them again after back", async () => {
    const { send, html } = await atWeb("nl");
    const res = await send([
      ["scale-lichaam", "4"],
      ["scale-mentaal", ""],
      ["scale-meedoen", "3"],
      ["mark", "meedoen"],
      ["kind", "scales"],
    ]);
    expect(res.status).toBe(303);
    expect(html()).toContain("Lichaam 4, Meedoen 3 (hier wil ik over praten)");
    expect(html()).not.toContain('name="scale-lichaam"');
    expect((await send([["command", "back"]])).status).toBe(303);
    expect(html()).toMatch(/id="scale-lichaam-4" name="scale-lichaam" value="4" checked/);
    expect(html()).toMatch(/id="mark-meedoen" name="mark" value="meedoen" checked/);
    expect(html()).not.toMatch(/id="mark-lichaam"[^>]*checked/);
  });

  it("says in the person's language when nothing was filled in", async () => {
    for (const [lang, said] of [
      ["nl", "Je hebt nog niets ingevuld."],
      ["en", "Nothing is filled in yet."],
    ] as const) {
      const { send } = await atWeb(lang);
      const empty = await send([["kind", "scales"]]);
      expect(empty.status).toBe(400);
      expect(await empty.text()).toContain(said);
      const wrong = await send([
        ["scale-lichaam", "12"],
        ["kind", "scales"],
      ]);
      expect(wrong.status).toBe(400);
      expect(await wrong.text()).toContain(
        lang === "nl" ? "Geef Lichaam een heel cijfer" : "give Body a whole number",
      );
    }
  });
});

interface Reply {
  id: string;
  token: string;
  state: { input: { kind: string } };
  error: { message: string };
  transcript: unknown[];
  summary: { spinnenweb: unknown[] };
}

describe("the spinnenweb step over the JSON API", () => {
  async function json(method: string, path: string, body?: unknown, token?: string) {
    const res = await app.request(`${BASE}${path}`, {
      method,
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    // The shapes are checked by the assertions themselves.
    return { status: res.status, body: (await res.json()) as Reply };
  }

  it("is a 'scales' input answered by { scales, marks }, with clear refusals in the person's language", async () => {
    const created = await json("POST", "/api/conversations", { flow: "reflectie", locale: "nl" });
    const { id, token } = created.body;
    let state = created.body.state;
    let n = 0;
    const turn = (answer: unknown) =>
      json("POST", `/api/conversations/${id}/turns`, { turnId: `api-turn-${n++}`, answer }, token);
    for (const answer of [
      { choice: "nl" },
      { choice: "NL" },
      { choice: "ja" },
      ...Array(4).fill({ command: "skip" }),
    ])
      state = (await turn(answer)).body.state;
    expect(state.input).toMatchObject({ kind: "scales", markLabel: "Hier wil ik over praten" });
    const single = await turn({ value: 5 });
    expect(single.status).toBe(400);
    expect(single.body.error.message).toMatch(/cijfers per onderdeel/);
    const unknown = await turn({ scales: { slaap: 5 } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe('"slaap" is geen onderdeel van deze vraag.');
    const malformed = await turn({ scales: { lichaam: "vijf" } });
    expect(malformed.status).toBe(400);
    const ok = await turn({ scales: { lichaam: 6, zingeving: 8 }, marks: ["zingeving"] });
    expect(ok.status).toBe(200);
    const view = await json("GET", `/api/conversations/${id}`, undefined, token);
    expect(view.body.transcript).toContainEqual({
      role: "user",
      text: "Lichaam 6, Zingeving 8 (hier wil ik over praten)",
    });
    const summary = await json("GET", `/api/conversations/${id}/summary`, undefined, token);
    expect(summary.body.summary.spinnenweb).toContainEqual(
      expect.objectContaining({ dimension: "zingeving", grade: 8, talk: true }),
    );
  });

  it("is described in /openapi.json: the scales input and the scales answer", async () => {
    const doc = JSON.stringify((await json("GET", "/openapi.json")).body);
    expect(doc).toContain('"scales"');
    expect(doc).toContain("markLabel");
    expect(doc).toContain("A grade per scale id");
  });
});
