// The web pages through app.request(): form posts without JavaScript, the session cookie, CSRF
// and caching rules, and each page renders.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { productFlows } from "../../../flows/index.ts";
import { type TempDatabase, tempDatabase } from "../../../test/support/database.ts";
import { BASE, formBody, formPost, hiddenField } from "../../../test/support/web-form.ts";
import { createApp } from "../../app.ts";
import { createLogger } from "../../log.ts";

let db: TempDatabase;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  db = await tempDatabase();
  app = createApp({ store: db.store, flows: productFlows(), log: createLogger("silent") });
});
afterEach(() => db.cleanup());

const post = (path: string, fields: Record<string, string | string[]>, cookie?: string) =>
  formPost(app, path, fields, cookie);

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

const hidden = hiddenField;

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
    await answer({ choice: "BE" });
    expect(html).toContain("1813");
    await answer({ choice: "ja" });
    expect(html).toContain("Fase 1 van 3: vertellen");
    await answer({ text: "tekenen", kind: "text" });
    expect(html).toContain("Je wordt blij van tekenen.");
    await answer({ command: "back" });
    expect(html).toMatch(/<textarea[^>]*>tekenen<\/textarea>/);
  });

  it("says what is missing in the person's language, not the engine's English", async () => {
    for (const [lang, empty, noChoice] of [
      ["nl", "Je hebt nog niets getypt", "Kies eerst een van de antwoorden."],
      ["en", "You have not typed anything yet", "Please choose one of the answers first."],
    ] as const) {
      const cookie = await start(lang);
      let { html } = await page("/chat", cookie);
      const send = async (fields: Record<string, string>) =>
        post(
          "/chat/turn",
          { turnId: hidden(html, "turnId"), version: hidden(html, "version"), ...fields },
          cookie,
        );
      const none = await send({ kind: "choice" });
      expect(none.status).toBe(400);
      expect(await none.text()).toContain(noChoice);
      for (const choice of ["NL", "ja"]) {
        expect((await send({ choice })).status).toBe(303);
        ({ html } = await page("/chat", cookie));
      }
      const blank = await send({ kind: "text", text: "   " });
      expect(blank.status).toBe(400);
      const said = await blank.text();
      expect(said).toContain(empty);
      expect(said).not.toMatch(/text answer|choose at least/);
      const long = await send({ kind: "text", text: "a".repeat(1200) });
      expect(await long.text()).toContain(lang === "nl" ? "1200 tekens" : "1200 characters");
    }
  });

  it("a form far too large gets a page in Dutch and English, and changes nothing", async () => {
    const cookie = await start();
    const before = await page("/chat", cookie);
    const res = await post(
      "/chat/turn",
      {
        turnId: hidden(before.html, "turnId"),
        version: hidden(before.html, "version"),
        text: "x".repeat(300_000),
      },
      cookie,
    );
    expect(res.status).toBe(413);
    const html = await res.text();
    expect(html).toContain("Te lang om te versturen");
    expect(html).toContain("Too long to send");
    expect(hidden((await page("/chat", cookie)).html, "version")).toBe(hidden(before.html, "version"));
  });

  it("the language chosen on the landing page is not asked again", async () => {
    const cookie = await start("en");
    const { html } = await page("/chat", cookie);
    expect(html).toContain("Where do you live?");
    expect(html).not.toMatch(/name="choice" value="nl"/);
  });

  it("declining at the start erases the conversation at once and says so, with no summary", async () => {
    const cookie = await start();
    const id = cookie.split("=")[1]?.split(".")[0] ?? "";
    let { html } = await page("/chat", cookie);
    for (const choice of ["NL", "nee"]) {
      const res = await post(
        "/chat/turn",
        { turnId: hidden(html, "turnId"), version: hidden(html, "version"), choice },
        cookie,
      );
      if (choice === "nee") {
        expect(res.status).toBe(200);
        html = await res.text();
      } else ({ html } = await page("/chat", cookie));
    }
    expect(html).toContain("We hebben geen antwoorden van je bewaard.");
    expect(html).not.toContain("/samenvatting");
    expect(await db.store.find(id)).toBeUndefined();
  });

  it("starting again while a conversation is open asks continue-or-new, and keeps the old one", async () => {
    const cookie = await start();
    const id = cookie.split("=")[1]?.split(".")[0] ?? "";
    const again = await post("/chat/start", { flow: "reflectie", lang: "nl" }, cookie);
    expect(again.status).toBe(200);
    const html = await again.text();
    expect(html).toContain("Je hebt al een gesprek open");
    const code = /<p class="code">([0-9A-Z-]+)<\/p>/.exec(html)?.[1] ?? "";
    expect(code).toMatch(/^[0-9A-Z]{4}-/);
    const fresh = await post("/chat/start", { flow: "reflectie", lang: "nl", again: "yes" }, cookie);
    expect(fresh.status).toBe(303);
    expect((fresh.headers.get("set-cookie") ?? "").split(";")[0]).not.toBe(cookie);
    expect(await db.store.find(id)).toBeDefined();
  });

  it("labels each answer field with its question", async () => {
    const cookie = await start();
    let { html } = await page("/chat", cookie);
    expect(html).toMatch(
      /<legend><span id="answer-question" class="visually-hidden">Waar woon je\?[^<]*<\/span>/,
    );
    for (const choice of ["NL", "ja"]) {
      await post(
        "/chat/turn",
        { turnId: hidden(html, "turnId"), version: hidden(html, "version"), choice },
        cookie,
      );
      ({ html } = await page("/chat", cookie));
    }
    expect(html).toMatch(
      /<label for="answer-text" id="answer-label"><span id="answer-question" class="visually-hidden">[^<]+\? <\/span>Je antwoord<\/label>/,
    );
  });

  it("the summary page: title with date for the care provider, the question first, grades as a list with a legend, tel: links", async () => {
    const cookie = await start();
    let { html } = await page("/chat", cookie);
    const steps: Record<string, string | string[]>[] = [
      { choice: "NL" },
      { choice: "ja" },
      { kind: "text", text: "wandelen" },
      { command: "skip" },
      { command: "skip" },
      { command: "skip" },
      {
        kind: "scales",
        ...Object.fromEntries(
          ["lichaam", "mentaal", "zingeving", "kwaliteit", "meedoen", "dagelijks"].map((d, i) => [
            `scale-${d}`,
            String([6, 5, 7, 7, 4, 6][i]),
          ]),
        ),
        mark: "meedoen",
      },
    ];
    for (const fields of steps) {
      const res = await post(
        "/chat/turn",
        { turnId: hidden(html, "turnId"), version: hidden(html, "version"), ...fields },
        cookie,
      );
      expect(res.status, JSON.stringify(fields)).toBe(303);
      ({ html } = await page("/chat", cookie));
    }
    ({ html } = await page("/samenvatting", cookie));
    expect(html).toContain("<h1>Mijn voorbereiding op de afspraak</h1>");
    expect(html).toContain("Voor mijn huisarts of praktijkondersteuner (POH)");
    expect(html).toMatch(/Ingevuld op \d{1,2} [a-z]+ \d{4}/);
    expect(html).toMatch(/<ol class="web-list"[^>]*><li>Lichaam: 6<\/li>/);
    expect(html).toContain(
      '<li class="talk"><strong>Meedoen</strong>: 4<span class="visually-hidden"> (hier wil ik over praten)</span></li>',
    );
    expect(html).toContain("Vetgedrukt met een rode stip: hier wil ik over praten.");
    expect(html).not.toMatch(/Meedoen 4 \*/);
    expect(html).toContain('<a class="tel" href="tel:112">112</a>');
    expect(html).toContain('href="/samenvatting/pdf"');
    expect(html).toContain('class="code"');
  });

  it("the summary as a PDF: from the page's link with the cookie, and from the API with the same token rule as the export", async () => {
    const cookie = await start();
    const [id, token] = (cookie.split("=")[1] ?? "").split(".");
    const fromPage = await page("/samenvatting/pdf", cookie);
    expect(fromPage.res.headers.get("content-type")).toBe("application/pdf");
    expect(fromPage.res.headers.get("cache-control")).toBe("no-store");
    expect(fromPage.html.startsWith("%PDF-")).toBe(true);
    const fromApi = await app.request(`${BASE}/api/conversations/${id}/pdf`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(fromApi.status).toBe(200);
    expect(fromApi.headers.get("content-disposition")).toContain("gesprekscoach-samenvatting.pdf");
    const refused = await app.request(`${BASE}/api/conversations/${id}/pdf`, {
      headers: { authorization: "Bearer wrong-token-0000000000" },
    });
    expect(refused.status).toBe(401);
  });

  it("the landing page is for patients; practice and quiz have their own page, linked discreetly", async () => {
    const landing = await (await app.request(`${BASE}/`)).text();
    expect(landing).not.toContain('value="oefenen"');
    expect(landing).not.toContain('value="quiz"');
    expect(landing).toContain('href="/oefenen?lang=nl"');
    const practice = await (await app.request(`${BASE}/oefenen`)).text();
    expect(practice).toContain('value="oefenen"');
    expect(practice).toContain('value="quiz"');
  });

  it("the privacy page names who is responsible, or says plainly that it is not set; rights, retention, authorities", async () => {
    const unset = await (await app.request(`${BASE}/privacy`)).text();
    expect(unset).toContain("heeft haar naam hier nog niet ingevuld");
    expect(unset).toContain("Er is hier nog geen contactadres");
    for (const word of ["inzien", "verbeteren", "wissen", "meenemen", "bezwaar", "90 dagen", "30 dagen"])
      expect(unset).toContain(word);
    expect(unset).toContain("Autoriteit Persoonsgegevens");
    expect(unset).toContain("Gegevensbeschermingsautoriteit");
    const named = createApp({
      store: db.store,
      flows: productFlows(),
      log: createLogger("silent"),
      retentionDays: 60,
      privacy: { controllerName: "Huisartsenpraktijk De Linde", contact: "privacy@delinde.example" },
    });
    const en = await (await named.request(`${BASE}/privacy?lang=en`)).text();
    expect(en).toContain("Huisartsenpraktijk De Linde is responsible");
    expect(en).toContain("privacy@delinde.example");
    expect(en).toContain("after 60 days");
  });

  it("counts the closing question in the log, without what was chosen", async () => {
    const lines: string[] = [];
    app = createApp({
      store: db.store,
      flows: productFlows(),
      log: createLogger("info", (l) => lines.push(l)),
    });
    const cookie = await start();
    let { html } = await page("/chat", cookie);
    const skip = { command: "skip" };
    for (const fields of [
      { choice: "NL" },
      { choice: "ja" },
      skip,
      skip,
      skip,
      skip,
      skip,
      { choice: "verder" },
      { choice: "klopt" },
      { choice: "nietnu" },
      { choice: "nee" },
      { choice: "klaar" },
      { choice: "lastig" },
    ]) {
      const res = await post(
        "/chat/turn",
        { turnId: hidden(html, "turnId"), version: hidden(html, "version"), ...fields },
        cookie,
      );
      expect(res.status, JSON.stringify(fields)).toBe(303);
      ({ html } = await page("/chat", cookie));
    }
    const counted = lines.filter((l) => l.includes('"closing question"'));
    expect(counted).toHaveLength(1);
    expect(JSON.parse(counted[0] ?? "{}")).toMatchObject({ answered: true });
    expect(counted[0]).not.toContain("lastig");
  });

  it("declining over the JSON API erases the conversation too", async () => {
    const created = await app.request(`${BASE}/api/conversations`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ flow: "reflectie", locale: "nl" }),
    });
    const { id, token } = (await created.json()) as { id: string; token: string };
    let version = 0;
    for (const choice of ["nl", "NL", "nee"]) {
      const res = await app.request(`${BASE}/api/conversations/${id}/turns`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ turnId: `decline-${choice}-01`, answer: { choice }, version }),
      });
      expect(res.status).toBe(200);
      version = ((await res.json()) as { state: { version: number } }).state.version;
    }
    expect(await db.store.find(id)).toBeUndefined();
  });

  it("the same form posted twice (a double click) stores the answer once", async () => {
    const cookie = await start();
    const { html } = await page("/chat", cookie);
    const fields = { turnId: hidden(html, "turnId"), version: hidden(html, "version"), choice: "NL" };
    const [a, b] = await Promise.all([
      post("/chat/turn", fields, cookie),
      post("/chat/turn", fields, cookie),
    ]);
    expect([a.status, b.status]).toEqual([303, 303]);
    const id = cookie.split("=")[1]?.split(".")[0] ?? "";
    // The start, the language from the landing page, and the one answer.
    expect(await db.store.events(id)).toHaveLength(3);
  });

  it("a stale form (answered in another tab) shows where the person is, with a 409", async () => {
    const cookie = await start();
    const { html } = await page("/chat", cookie);
    await post(
      "/chat/turn",
      { turnId: "tab-one-0001", version: hidden(html, "version"), choice: "NL" },
      cookie,
    );
    const stale = await post(
      "/chat/turn",
      { turnId: "tab-two-0001", version: hidden(html, "version"), choice: "BE" },
      cookie,
    );
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain("Dit antwoord hoorde bij een eerdere vraag");
  });

  it("refuses a cross-site form post", async () => {
    const cookie = await start();
    const res = await app.request(`${BASE}/chat/turn`, {
      method: "POST",
      body: formBody({ turnId: "evil-000001", version: "1", choice: "NL" }),
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: "https://evil.example",
        cookie,
      },
    });
    expect(res.status).toBe(403);
    const id = cookie.split("=")[1]?.split(".")[0] ?? "";
    expect(await db.store.events(id)).toHaveLength(2);
  });

  it("a text browser (no Origin, no Sec-Fetch-Site) posts with the form token; without it, or cross-site, it is refused", async () => {
    const landing = await app.request(`${BASE}/`);
    const html = await landing.text();
    const token = hidden(html, "csrf");
    expect(token).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    expect(html.match(/<form[^>]*method="post"/g)?.length).toBe(html.match(/name="csrf"/g)?.length);
    const tokenCookie = (landing.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const bare = (fields: Record<string, string>, cookie: string, origin?: string) =>
      app.request(`${BASE}/chat/start`, {
        method: "POST",
        body: formBody(fields),
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          cookie,
          ...(origin ? { origin } : {}),
        },
      });
    const started = await bare({ flow: "reflectie", lang: "nl", csrf: token }, tokenCookie);
    expect(started.status).toBe(303);
    const missing = await bare({ flow: "reflectie", lang: "nl" }, tokenCookie);
    expect(missing.status).toBe(403);
    const said = await missing.text();
    expect(said).toContain("<!DOCTYPE html>");
    expect(said).toContain("Dit formulier kwam niet van deze site");
    expect((await bare({ flow: "reflectie", lang: "nl", csrf: token }, "")).status).toBe(403);
    const crossSite = await bare(
      { flow: "reflectie", lang: "nl", csrf: token },
      tokenCookie,
      "https://evil.example",
    );
    expect(crossSite.status).toBe(403);
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
