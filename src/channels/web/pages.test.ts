// The web pages through app.request(): form posts without JavaScript, the session cookie, CSRF
// and caching rules, and each page renders.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { productFlows } from "../../../flows/index.ts";
import { type TempDatabase, tempDatabase } from "../../../test/support/database.ts";
import { createApp } from "../../app.ts";
import { createLogger } from "../../log.ts";

let db: TempDatabase;
let app: ReturnType<typeof createApp>;
const BASE = "http://coach.test";

beforeEach(async () => {
  db = await tempDatabase();
  app = createApp({ store: db.store, flows: productFlows(), log: createLogger("silent") });
});
afterEach(() => db.cleanup());

function form(fields: Record<string, string | string[]>): URLSearchParams {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  return body;
}

async function post(path: string, fields: Record<string, string | string[]>, cookie?: string) {
  return app.request(`${BASE}${path}`, {
    method: "POST",
    body: form(fields),
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: BASE,
      ...(cookie ? { cookie } : {}),
    },
  });
}

async function start(lang = "nl"): Promise<string> {
  const res = await post("/chat/start", { flow: "reflectie", lang });
  expect(res.status).toBe(303);
  expect(res.headers.get("location")).toBe("/chat");
  const setCookie = res.headers.get("set-cookie") ?? "";
  expect(setCookie).toMatch(/HttpOnly/);
  expect(setCookie).toMatch(/SameSite=Lax/);
  return setCookie.split(";")[0] ?? "";
}

async function page(path: string, cookie: string) {
  const res = await app.request(`${BASE}${path}`, { headers: { cookie } });
  return { res, html: await res.text() };
}

function hidden(html: string, name: string): string {
  return new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? "";
}

describe("web pages", () => {
  it("landing page in Dutch by default and English on request", async () => {
    const nl = await app.request(`${BASE}/`);
    expect(await nl.text()).toContain('<html lang="nl">');
    const en = await app.request(`${BASE}/?lang=en`);
    expect(await en.text()).toContain('<html lang="en">');
  });

  it("a conversation by plain form posts: start, choose, type, go back", async () => {
    const cookie = await start();
    let { res, html } = await page("/chat", cookie);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(html).toContain('role="status"');
    expect(html).toContain("Nederlands");
    const answer = async (fields: Record<string, string | string[]>) => {
      const r = await post(
        "/chat/turn",
        { turnId: hidden(html, "turnId"), version: hidden(html, "version"), ...fields },
        cookie,
      );
      expect(r.status, await r.clone().text()).toBe(303);
      ({ res, html } = await page("/chat", cookie));
    };
    await answer({ choice: "nl" });
    await answer({ choice: "BE" });
    expect(html).toContain("1813");
    await answer({ choice: "ja" });
    expect(html).toContain("Fase 1 van 3: vertellen");
    await answer({ text: "tekenen", kind: "text" });
    expect(html).toContain("Je wordt blij van tekenen.");
    await answer({ command: "back" });
    expect(html).toMatch(/<textarea[^>]*>tekenen<\/textarea>/);
  });

  it("the same form posted twice (a double click) stores the answer once", async () => {
    const cookie = await start();
    const { html } = await page("/chat", cookie);
    const fields = { turnId: hidden(html, "turnId"), version: hidden(html, "version"), choice: "nl" };
    const [a, b] = await Promise.all([
      post("/chat/turn", fields, cookie),
      post("/chat/turn", fields, cookie),
    ]);
    expect([a.status, b.status]).toEqual([303, 303]);
    const id = cookie.split("=")[1]?.split(".")[0] ?? "";
    expect(await db.store.events(id)).toHaveLength(2);
  });

  it("a stale form (answered in another tab) shows where the person is, with a 409", async () => {
    const cookie = await start();
    const { html } = await page("/chat", cookie);
    await post(
      "/chat/turn",
      { turnId: "tab-one-0001", version: hidden(html, "version"), choice: "nl" },
      cookie,
    );
    const stale = await post(
      "/chat/turn",
      { turnId: "tab-two-0001", version: hidden(html, "version"), choice: "en" },
      cookie,
    );
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain("Dit antwoord hoorde bij een eerdere vraag");
  });

  it("refuses a cross-site form post", async () => {
    const cookie = await start();
    const res = await app.request(`${BASE}/chat/turn`, {
      method: "POST",
      body: form({ turnId: "evil-000001", version: "0", choice: "nl" }),
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: "https://evil.example",
        cookie,
      },
    });
    expect(res.status).toBe(403);
    const id = cookie.split("=")[1]?.split(".")[0] ?? "";
    expect(await db.store.events(id)).toHaveLength(1);
  });

  it("the resume code opens the same conversation from a browser without the cookie", async () => {
    const cookie = await start();
    const { html } = await page("/chat", cookie);
    const code = /<p class="code">([0-9A-Z-]+)<\/p>/.exec(html)?.[1] ?? "";
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const wrong = await post("/chat/resume", { code: "AAAA-BBBB-CCCC" });
    expect(wrong.status).toBe(404);
    const resumed = await post("/chat/resume", { code: code.toLowerCase() });
    expect(resumed.status).toBe(303);
    const other = (resumed.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(other).not.toBe(cookie);
    expect((await page("/chat", other)).html).toContain(code);
  });

  it("without a session the chat sends you to the start page", async () => {
    const res = await app.request(`${BASE}/chat`);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/");
  });

  it("erasing needs the confirmation and then removes everything", async () => {
    const cookie = await start();
    const id = cookie.split("=")[1]?.split(".")[0] ?? "";
    const unconfirmed = await post("/gegevens/wissen", {}, cookie);
    expect(unconfirmed.status).toBe(303);
    expect(await db.store.find(id)).toBeDefined();
    const erased = await post("/gegevens/wissen", { confirm: "yes" }, cookie);
    expect(erased.status).toBe(200);
    expect(await erased.text()).toContain("Alles is gewist");
    expect(await db.store.find(id)).toBeUndefined();
  });

  it("serves the stylesheet and script from its own origin", async () => {
    const css = await app.request(`${BASE}/static/app.css`);
    expect(css.headers.get("content-type")).toContain("text/css");
    const js = await app.request(`${BASE}/static/chat.js`);
    expect(js.headers.get("content-type")).toContain("javascript");
    expect(await js.text()).toContain('getElementById("announcer")');
  });
});
