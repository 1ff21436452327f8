// The invitation link through app.request(): the landing page in the practice's name, a start that
// belongs to the practice with its region preset, the practice's number in the help, the QR code,
// and a clear 404 for a link we do not know.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPracticeRepository } from "../../../db/practice-repository.ts";
import { productFlows } from "../../../flows/index.ts";
import { type TempDatabase, tempDatabase } from "../../../test/support/database.ts";
import { BASE, formPost, hiddenField } from "../../../test/support/web-form.ts";
import { createApp } from "../../app.ts";
import { createLogger } from "../../log.ts";
import type { PracticeStore } from "../store.ts";

let db: TempDatabase;
let practices: PracticeStore;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  db = await tempDatabase();
  practices = createPracticeRepository(db.opened.db);
  app = createApp({ store: db.store, flows: productFlows(), log: createLogger("silent"), practices });
  await practices.add(
    {
      name: "Huisartsen De Linde",
      region: "BE",
      outOfHours: "09 123 45 67",
      welcome: "Welkom, neem gerust je tijd.",
    },
    1,
  );
  await practices.add({ name: "Praktijk Oost", region: "NL", outOfHours: "0900-4444" }, 1);
});
afterEach(() => db.cleanup());

const post = (path: string, fields: Record<string, string>, cookie?: string) =>
  formPost(app, path, fields, cookie);
const hidden = hiddenField;

async function startAt(slug: string): Promise<string> {
  const res = await post(`/p/${slug}/start`, { lang: "nl" });
  expect(res.status).toBe(303);
  expect(res.headers.get("location")).toBe("/chat");
  return (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

const idOf = (cookie: string) => cookie.split("=")[1]?.split(".")[0] ?? "";

describe("a practice's invitation link", () => {
  it("opens the landing page in the practice's name with its welcome line and number", async () => {
    const res = await app.request(`${BASE}/p/huisartsen-de-linde`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Je bezoek voorbereiden met Huisartsen De Linde");
    expect(html).toContain("Welkom, neem gerust je tijd.");
    expect(html).toContain("Bel de huisarts van wacht: 09 123 45 67.");
    expect(html).toContain('action="/p/huisartsen-de-linde/start"');
    const en = await (await app.request(`${BASE}/p/huisartsen-de-linde?lang=en`)).text();
    expect(en).toContain("Preparing your visit with Huisartsen De Linde");
  });

  it("starts a reflection that belongs to the practice, with the practice's region preset", async () => {
    const cookie = await startAt("huisartsen-de-linde");
    expect((await practices.practiceOf(idOf(cookie)))?.slug).toBe("huisartsen-de-linde");
    const row = await db.store.find(idOf(cookie));
    expect(row?.region).toBe("BE");
    // The flow still asks the region; the practice's is the one already chosen.
    let html = await (await app.request(`${BASE}/chat`, { headers: { cookie } })).text();
    const turn = await post(
      "/chat/turn",
      { turnId: hidden(html, "turnId"), version: hidden(html, "version"), choice: "nl" },
      cookie,
    );
    expect(turn.status).toBe(303);
    html = await (await app.request(`${BASE}/chat`, { headers: { cookie } })).text();
    expect(html).toContain('value="BE" aria-pressed="true"');
  });

  it("a conversation started without a link belongs to no practice", async () => {
    const res = await post("/chat/start", { flow: "reflectie", lang: "nl" });
    const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(await practices.practiceOf(idOf(cookie))).toBeUndefined();
  });

  it("shows the practice's own out-of-hours number in the help when coaching stops", async () => {
    const cookie = await startAt("praktijk-oost");
    let html = await (await app.request(`${BASE}/chat`, { headers: { cookie } })).text();
    const answer = async (fields: Record<string, string>) => {
      const res = await post(
        "/chat/turn",
        { turnId: hidden(html, "turnId"), version: hidden(html, "version"), ...fields },
        cookie,
      );
      expect(res.status).toBe(303);
      html = await (await app.request(`${BASE}/chat`, { headers: { cookie } })).text();
    };
    await answer({ choice: "nl" });
    await answer({ choice: "NL" });
    await answer({ choice: "ja" });
    await answer({ text: "ik wil niet meer leven", kind: "text" });
    expect(html).toContain("bel je 0900-4444 voor de huisartsenpost");
    expect(html).not.toContain("website van je huisartsenpraktijk");
    // The JSON API shows the same help, with the conversation's own token.
    const [, id, token] = /=([^.]+)\.([^.]+)\./.exec(cookie) ?? [];
    const api = await app.request(`${BASE}/api/conversations/${id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = JSON.stringify(await api.json());
    expect(body).toContain("bel je 0900-4444 voor de huisartsenpost");
    expect(body).not.toContain("website van je huisartsenpraktijk");
  });

  it("answers a link we do not know with a clear 404 page, and starts nothing", async () => {
    for (const path of ["/p/onbekend", "/p/Not_A-Slug", "/p/de%20linde"]) {
      const res = await app.request(`${BASE}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text()).toContain("Deze uitnodiging kennen we niet");
    }
    const start = await post("/p/onbekend/start", { lang: "nl" });
    expect(start.status).toBe(404);
    expect(start.headers.get("set-cookie")).toBeNull();
  });

  it("starts from a text browser (no Origin) with the form's token, refuses without it, and answers a broken body with 400", async () => {
    const landing = await app.request(`${BASE}/p/huisartsen-de-linde`);
    const html = await landing.text();
    const token = hidden(html, "csrf");
    const formCookie = (landing.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(token).not.toBe("");
    const plain = (fields: Record<string, string>, cookie: string) =>
      app.request(`${BASE}/p/huisartsen-de-linde/start`, {
        method: "POST",
        body: new URLSearchParams(fields),
        headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      });
    expect((await plain({ lang: "nl" }, formCookie)).status).toBe(403);
    expect((await plain({ lang: "nl", csrf: token }, formCookie)).status).toBe(303);
    const broken = await app.request(`${BASE}/p/huisartsen-de-linde/start`, {
      method: "POST",
      body: '--x\r\nContent-Disposition: form-data; name="lang"\r\n\r\nnl',
      headers: { "content-type": "multipart/form-data; boundary=x", origin: BASE },
    });
    expect(broken.status).toBe(400);
    expect(await broken.text()).toContain("Dit formulier kwam niet heel aan");
    expect(broken.headers.get("set-cookie")).toBeNull();
  });

  it("refuses a cross-site start", async () => {
    const res = await app.request(`${BASE}/p/praktijk-oost/start`, {
      method: "POST",
      body: new URLSearchParams({ lang: "nl" }),
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("draws the invitation link as a QR code in SVG", async () => {
    const res = await app.request(`${BASE}/p/praktijk-oost/qr.svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("image/svg+xml");
    expect(await res.text()).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
    expect((await app.request(`${BASE}/p/onbekend/qr.svg`)).status).toBe(404);
  });
});
