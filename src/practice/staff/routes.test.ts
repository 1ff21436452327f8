// The practice's side through the assembled service, with a software passkey that makes real
// WebAuthn answers: enrol once, sign in and out, the inbox shows exactly the own practice's shares,
// share codes are redeemed once, and every refusal is a 4xx with a message that changes nothing.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPracticeRepository } from "../../../db/practice-repository.ts";
import { createShareRepository } from "../../../db/share-repository.ts";
import { createStaffRepository } from "../../../db/staff-repository.ts";
import { productFlows } from "../../../flows/index.ts";
import { type TempDatabase, tempDatabase } from "../../../test/support/database.ts";
import { SoftAuthenticator } from "../../../test/support/soft-authenticator.ts";
import { assemble } from "../../assemble.ts";
import { defaultRateLimits } from "../../http/rate-limit.ts";
import { createLogger } from "../../log.ts";
import { parsePracticeArgs } from "../practice-cli.ts";
import { runStaffCommand } from "../staff-cli.ts";
import type { PracticeStore, ShareStore } from "../store.ts";

const BASE = "https://coach.test";
const DAY = 86_400_000;
let clock = Date.UTC(2027, 0, 6, 8);
let db: TempDatabase;
let practices: PracticeStore;
let shares: ShareStore;
let service: ReturnType<typeof assemble>;
let logLines: string[] = [];

beforeEach(async () => {
  clock = Date.UTC(2027, 0, 6, 8);
  logLines = [];
  db = await tempDatabase();
  practices = createPracticeRepository(db.opened.db);
  shares = createShareRepository(db.opened.db);
  service = assemble({
    db: db.opened.db,
    flows: productFlows(),
    log: createLogger("debug", (line) => logLines.push(line)),
    config: { RETENTION_DAYS: 90, IDLE_DAYS: 30, RATE_LIMIT_CREATES: 100, RATE_LIMIT_TURNS: 1000 },
    slack: undefined,
    now: () => clock,
  });
  await practices.add({ name: "Huisartsen De Linde", region: "NL", outOfHours: "0900-1234" }, clock);
  await practices.add({ name: "Praktijk Oost", region: "BE", outOfHours: "1733" }, clock);
});
afterEach(() => db.cleanup());

const request = (path: string, init: RequestInit = {}) => service.app.request(`${BASE}${path}`, init);
const json = (path: string, body: unknown, cookie?: string) =>
  request(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
const form = (path: string, fields: Record<string, string>, cookie?: string, origin = BASE) =>
  request(path, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { "content-type": "application/x-www-form-urlencoded", origin, ...(cookie ? { cookie } : {}) },
  });
const cookieOf = (res: Response) => (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
const rows = async (sql: string) => (await db.opened.client.execute(sql)).rows.map((r) => ({ ...r }));
/** Everything the practice side stores, to prove a refusal changed none of it. */
const stored = async () => ({
  practices: await rows("select * from practices order by id"),
  shares: await rows("select * from shares order by id"),
  staff: await rows("select * from staff order by id"),
  sessions: await rows("select * from staff_sessions order by token_hash"),
  audit: await rows("select * from practice_audit order by id"),
});
/** A patient without a practice link makes a one-time share code. */
async function shareCode(): Promise<string> {
  const patient = cookieOf(await form("/chat/start", { flow: "reflectie", lang: "nl" }));
  const made = await (await form("/samenvatting/delen/code", {}, patient)).text();
  return /class="code">([A-Z0-9]{5}-[A-Z0-9]{5})</.exec(made)?.[1] ?? "";
}

async function invite(slug: string, name: string, admin = false): Promise<string> {
  const stores = { practices, shares, staff: createStaffRepository(db.opened.db) };
  const result = await runStaffCommand(
    { kind: "invite", practice: slug, name, admin, base: BASE },
    stores,
    clock,
    BASE,
  );
  if (!result.ok) throw new Error(result.error);
  return new URL(result.lines[0] ?? "").pathname;
}

/** Enrols a passkey with the link and returns the session cookie it gives. */
async function enrol(link: string, passkey: SoftAuthenticator): Promise<{ res: Response; cookie: string }> {
  const options = (await (await json(`${link}/opties`, {})).json()) as Parameters<
    SoftAuthenticator["create"]
  >[0];
  const res = await json(link, passkey.create(options, BASE));
  return { res, cookie: cookieOf(res) };
}

async function signIn(passkey: SoftAuthenticator): Promise<Response> {
  const options = (await (await json("/praktijk/inloggen/opties", {})).json()) as {
    challenge: string;
    rpId: string;
  };
  return json("/praktijk/inloggen", passkey.get(options, BASE));
}

async function staffOf(slug: string, name: string, admin = false): Promise<string> {
  return (await enrol(await invite(slug, name, admin), new SoftAuthenticator())).cookie;
}

/** A patient starts at the practice's link and shares; returns the share's id. */
async function patientShares(slug: string): Promise<{ shareId: string; cookie: string }> {
  const cookie = cookieOf(await form(`/p/${slug}/start`, { lang: "nl" }));
  await form("/samenvatting/delen", { days: "30" }, cookie);
  const id = cookie.split("=")[1]?.split(".")[0] ?? "";
  const [share] = await shares.ofConversation(id, clock);
  return { shareId: share?.id ?? "", cookie };
}

describe("staff passkeys", () => {
  it("enrol with the one-time link, then sign out and in again with the same passkey", async () => {
    const link = await invite("huisartsen-de-linde", "Anna de Vries");
    const page = await request(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(
      "Welkom Anna de Vries. Maak hier je passkey aan voor Huisartsen De Linde.",
    );
    const passkey = new SoftAuthenticator();
    const { res, cookie } = await enrol(link, passkey);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toEqual({ next: "/praktijk" });
    const setCookie = res.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^__Host-gc_staff=/);
    for (const part of ["HttpOnly", "Secure", "SameSite=Strict", "Path=/", "Max-Age=32400"])
      expect(setCookie).toContain(part);
    expect(setCookie).not.toMatch(/Domain=/i);
    const inbox = await request("/praktijk", { headers: { cookie } });
    expect(inbox.status).toBe(200);
    expect(await inbox.text()).toContain("Aangemeld als Anna de Vries.");

    const out = await form("/praktijk/uitloggen", {}, cookie);
    expect(out.headers.get("location")).toBe("/praktijk/inloggen");
    expect((await request("/praktijk", { headers: { cookie } })).headers.get("location")).toBe(
      "/praktijk/inloggen",
    );

    const again = await signIn(passkey);
    expect(again.status, await again.clone().text()).toBe(200);
    const fresh = cookieOf(again);
    expect(fresh).not.toBe(cookie);
    expect((await request("/praktijk", { headers: { cookie: fresh } })).status).toBe(200);
    // A session lasts a working day.
    clock += 9 * 3_600_000;
    expect((await request("/praktijk", { headers: { cookie: fresh } })).headers.get("location")).toBe(
      "/praktijk/inloggen",
    );
  });

  it("a used enrolment link refuses a second passkey and a second page", async () => {
    const link = await invite("huisartsen-de-linde", "Anna de Vries");
    const passkey = new SoftAuthenticator();
    const options = (await (await json(`${link}/opties`, {})).json()) as Parameters<
      SoftAuthenticator["create"]
    >[0];
    const answer = passkey.create(options, BASE);
    expect((await json(link, answer)).status).toBe(200);
    const replay = await json(link, answer);
    expect(replay.status).toBe(404);
    expect(await replay.json()).toEqual({
      error: { code: "not_found", message: "this enrolment link was used, has expired or never existed" },
    });
    expect((await json(`${link}/opties`, {})).status).toBe(404);
    const page = await request(link);
    expect(page.status).toBe(404);
    expect(await page.text()).toContain("Deze link werkt niet meer");
    expect((await db.opened.client.execute("select count(*) as n from staff_credentials")).rows[0]?.n).toBe(
      1,
    );
  });

  it("an expired enrolment link, a foreign challenge or an unknown passkey are refused", async () => {
    const link = await invite("huisartsen-de-linde", "Anna de Vries");
    clock += DAY;
    expect((await json(`${link}/opties`, {})).status).toBe(404);
    clock -= DAY;
    // An answer to a challenge the server never gave.
    const forged = new SoftAuthenticator().create(
      { challenge: "bm90LWEtY2hhbGxlbmdlLWZyb20tdXM", rp: { id: "coach.test" }, user: { id: "dXNlcg" } },
      BASE,
    );
    const refused = await json(link, forged);
    expect(refused.status).toBe(400);
    // A passkey that never enrolled.
    const stranger = await signIn(new SoftAuthenticator());
    expect(stranger.status).toBe(401);
    expect(await stranger.json()).toEqual({
      error: { code: "unauthorized", message: "this passkey does not sign in here" },
    });
    expect(stranger.headers.get("set-cookie")).toBeNull();
    expect((await db.opened.client.execute("select count(*) as n from staff_sessions")).rows[0]?.n).toBe(0);
  });

  it("a new invitation replaces a lost passkey: the old one no longer signs in", async () => {
    const lost = new SoftAuthenticator();
    const first = await enrol(await invite("huisartsen-de-linde", "Anna de Vries"), lost);
    const replacement = new SoftAuthenticator();
    await enrol(await invite("huisartsen-de-linde", "Anna de Vries"), replacement);
    expect((await signIn(lost)).status).toBe(401);
    expect((await signIn(replacement)).status).toBe(200);
    // The old passkey's session went with it.
    expect((await request("/praktijk", { headers: { cookie: first.cookie } })).status).toBe(303);
  });

  it("slows down sign-in attempts from one client", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await json("/praktijk/inloggen/opties", {})).status);
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    const limited = await json("/praktijk/inloggen/opties", {});
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
  });

  it("a passkey answer for another site's origin does not sign in", async () => {
    const passkey = new SoftAuthenticator();
    await enrol(await invite("huisartsen-de-linde", "Anna de Vries"), passkey);
    const options = (await (await json("/praktijk/inloggen/opties", {})).json()) as { challenge: string };
    const phished = await json(
      "/praktijk/inloggen",
      passkey.get({ ...options, rpId: "coach.test" }, "https://evil.example"),
    );
    expect(phished.status).toBe(401);
  });
});

describe("the inbox", () => {
  it("shows exactly the own practice's shares, and another practice's share is refused", async () => {
    const linde = await staffOf("huisartsen-de-linde", "Anna de Vries");
    const oost = await staffOf("praktijk-oost", "Bert Peeters");
    const { shareId } = await patientShares("huisartsen-de-linde");
    const lindeInbox = await (await request("/praktijk", { headers: { cookie: linde } })).text();
    expect(lindeInbox).toContain(`href="/praktijk/gedeeld/${shareId}"`);
    expect(lindeInbox).toContain("gedeeld op 6 januari 2027, zichtbaar tot 5 februari 2027");
    const oostInbox = await (await request("/praktijk", { headers: { cookie: oost } })).text();
    expect(oostInbox).not.toContain(shareId);
    expect(oostInbox).toContain("Er zijn nu geen gedeelde overzichten.");

    const opened = await request(`/praktijk/gedeeld/${shareId}`, { headers: { cookie: linde } });
    expect(opened.status).toBe(200);
    expect(await opened.text()).toContain("Spinnenweb van de patiënt");
    const fhir = await request(`/praktijk/gedeeld/${shareId}/fhir`, { headers: { cookie: linde } });
    expect(fhir.headers.get("content-type")).toContain("application/fhir+json");
    const bundle = (await fhir.json()) as {
      type: string;
      entry: { resource: { resourceType: string; content?: { attachment: { url: string } }[] } }[];
    };
    expect(bundle.type).toBe("collection");
    const document = bundle.entry.find((e) => e.resource.resourceType === "DocumentReference");
    expect(document?.resource.content?.[0]?.attachment.url).toBe(`/praktijk/gedeeld/${shareId}/pdf`);
    const pdf = await request(`/praktijk/gedeeld/${shareId}/pdf`, { headers: { cookie: linde } });
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe("%PDF-");
    expect((await request(`/praktijk/gedeeld/${shareId}/pdf`, { headers: { cookie: oost } })).status).toBe(
      404,
    );

    const foreign = await request(`/praktijk/gedeeld/${shareId}`, { headers: { cookie: oost } });
    expect(foreign.status).toBe(404);
    expect((await request(`/praktijk/gedeeld/${shareId}/fhir`, { headers: { cookie: oost } })).status).toBe(
      404,
    );
    const anonymous = await request(`/praktijk/gedeeld/${shareId}`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({
      error: { code: "unauthorized", message: "sign in with your passkey first" },
    });

    const conversationId = (
      await shares.visibleTo(shareId, (await practices.bySlug("huisartsen-de-linde"))?.id ?? "", clock)
    )?.conversationId;
    const views = (await shares.auditOf(conversationId ?? "")).filter((a) => a.action === "view");
    expect(views).toHaveLength(3);
    expect(views.every((v) => v.actor === "staff" && v.staffId)).toBe(true);
  });

  it("a withdrawn or expired share disappears from the inbox and cannot be opened", async () => {
    const linde = await staffOf("huisartsen-de-linde", "Anna de Vries");
    const first = await patientShares("huisartsen-de-linde");
    const second = await patientShares("huisartsen-de-linde");
    await form("/samenvatting/delen/intrekken", { share: first.shareId }, first.cookie);
    let inbox = await (await request("/praktijk", { headers: { cookie: linde } })).text();
    expect(inbox).not.toContain(first.shareId);
    expect(inbox).toContain(second.shareId);
    expect((await request(`/praktijk/gedeeld/${first.shareId}`, { headers: { cookie: linde } })).status).toBe(
      404,
    );
    clock += 30 * DAY;
    // The staff session ended with the working day, so sign in again.
    const lindeId = (await practices.bySlug("huisartsen-de-linde"))?.id ?? "";
    expect(await shares.inbox(lindeId, clock)).toEqual([]);
    const again = await staffOf("huisartsen-de-linde", "Anna de Vries");
    inbox = await (await request("/praktijk", { headers: { cookie: again } })).text();
    expect(inbox).toContain("Er zijn nu geen gedeelde overzichten.");
    expect(inbox).not.toContain(second.shareId);
  });

  it("redeems a patient's share code once; a reused or mistyped code is refused and changes nothing", async () => {
    const linde = await staffOf("huisartsen-de-linde", "Anna de Vries");
    const oost = await staffOf("praktijk-oost", "Bert Peeters");
    const patient = cookieOf(await form("/chat/start", { flow: "reflectie", lang: "nl" }));
    const made = await (await form("/samenvatting/delen/code", {}, patient)).text();
    const code = /class="code">([A-Z0-9]{5}-[A-Z0-9]{5})</.exec(made)?.[1] ?? "";
    const redeemed = await form("/praktijk/code", { code: code.toLowerCase().replace("-", " ") }, linde);
    expect(redeemed.status).toBe(303);
    const location = redeemed.headers.get("location") ?? "";
    expect(location).toMatch(/^\/praktijk\/gedeeld\/[0-9a-f-]{36}$/);
    expect((await request(location, { headers: { cookie: linde } })).status).toBe(200);

    const reused = await form("/praktijk/code", { code }, oost);
    expect(reused.status).toBe(404);
    expect(await reused.text()).toContain("Deze code kennen we niet, of hij is al gebruikt of verlopen.");
    expect((await request(location, { headers: { cookie: oost } })).status).toBe(404);
    expect((await form("/praktijk/code", { code: "NOT-A-CODE" }, linde)).status).toBe(404);
    const patientPage = await (await request("/samenvatting/delen", { headers: { cookie: patient } })).text();
    expect(patientPage).toContain("Gedeeld met Huisartsen De Linde");
  });

  it("a share code older than 7 days is refused", async () => {
    const patient = cookieOf(await form("/chat/start", { flow: "reflectie", lang: "nl" }));
    const made = await (await form("/samenvatting/delen/code", {}, patient)).text();
    const code = /class="code">([A-Z0-9]{5}-[A-Z0-9]{5})</.exec(made)?.[1] ?? "";
    clock += 7 * DAY;
    const linde = await staffOf("huisartsen-de-linde", "Anna de Vries");
    expect((await form("/praktijk/code", { code }, linde)).status).toBe(404);
  });

  it("refuses staff posts from another site; a page visit without a session goes to sign in", async () => {
    const linde = await staffOf("huisartsen-de-linde", "Anna de Vries");
    const crossSite = await form("/praktijk/code", { code: "ABCDE-23456" }, linde, "https://evil.example");
    expect(crossSite.status).toBe(403);
    const signOut = await form("/praktijk/uitloggen", {}, linde, "https://evil.example");
    expect(signOut.status).toBe(403);
    expect((await request("/praktijk", { headers: { cookie: linde } })).status).toBe(200);
    const visit = await request("/praktijk");
    expect(visit.status).toBe(303);
    expect(visit.headers.get("location")).toBe("/praktijk/inloggen");
  });

  it("staff change their own practice's details; a bad number is refused and nothing changes", async () => {
    const linde = await staffOf("huisartsen-de-linde", "Anna de Vries");
    const page = await request("/praktijk/instellingen", { headers: { cookie: linde } });
    expect(await page.text()).toContain('value="0900-1234"');
    const fields = {
      name: "Huisartsen De Linde",
      region: "NL",
      outOfHours: "088 130 96 70",
      welcome: "Fijn dat je er bent.",
    };
    const saved = await form("/praktijk/instellingen", fields, linde);
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain("Opgeslagen.");
    expect(await practices.bySlug("huisartsen-de-linde")).toMatchObject({
      outOfHours: "088 130 96 70",
      welcome: "Fijn dat je er bent.",
    });
    const bad = await form(
      "/praktijk/instellingen",
      { ...fields, outOfHours: "bel ons", welcome: "" },
      linde,
    );
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Kijk nog eens naar: nummer buiten kantooruren.");
    expect((await practices.bySlug("huisartsen-de-linde"))?.welcome).toBe("Fijn dat je er bent.");
    // Without a session, or from another site, nothing changes either.
    expect((await form("/praktijk/instellingen", { ...fields, name: "Overgenomen" })).status).toBe(401);
    expect(
      (
        await form(
          "/praktijk/instellingen",
          { ...fields, name: "Overgenomen" },
          linde,
          "https://evil.example",
        )
      ).status,
    ).toBe(403);
    expect((await practices.bySlug("huisartsen-de-linde"))?.name).toBe("Huisartsen De Linde");
    expect((await practices.bySlug("praktijk-oost"))?.outOfHours).toBe("1733");
  });

  it("logs no share code, enrolment link, passkey material or summary content", async () => {
    const link = await invite("huisartsen-de-linde", "Anna de Vries");
    const passkey = new SoftAuthenticator();
    const { cookie } = await enrol(link, passkey);
    await signIn(passkey);
    const patient = cookieOf(await form("/chat/start", { flow: "reflectie", lang: "nl" }));
    const made = await (await form("/samenvatting/delen/code", {}, patient)).text();
    const code = /class="code">([A-Z0-9]{5}-[A-Z0-9]{5})</.exec(made)?.[1] ?? "";
    const opened = await form("/praktijk/code", { code }, cookie);
    await request(opened.headers.get("location") ?? "", { headers: { cookie } });
    const logged = logLines.join("\n");
    expect(logLines.length).toBeGreaterThan(5);
    for (const secret of [
      code,
      code.replace("-", ""),
      link.split("/").pop() ?? "",
      passkey.id,
      cookie.split("=")[1] ?? "",
    ])
      expect(logged).not.toContain(secret);
    expect(logged).not.toContain("Welkom");
    expect(logged).not.toContain("Anna de Vries");
  });

  it("shows the practice's invitation link and its QR code, and what the practice can see", async () => {
    const linde = await staffOf("huisartsen-de-linde", "Anna de Vries");
    const html = await (await request("/praktijk", { headers: { cookie: linde } })).text();
    expect(html).toContain('href="https://coach.test/p/huisartsen-de-linde"');
    expect(html).toContain('src="/p/huisartsen-de-linde/qr.svg"');
    expect(html).toContain("het overzicht van de reflectie, niet het gesprek");
  });
});

describe("posts without a session", () => {
  const fields = { name: "Overgenomen", region: "NL", outOfHours: "0900-9999", welcome: "" };
  const posts: [string, Record<string, string>][] = [
    ["/praktijk/code", {}],
    ["/praktijk/instellingen", fields],
    ["/praktijk/uitloggen", {}],
    ["/praktijk/beheer", { ...fields, slug: "overgenomen" }],
    ["/praktijk/beheer/huisartsen-de-linde", fields],
  ];

  it("refuse every staff post with 401 and a message, as a form and as an API call, changing nothing", async () => {
    // An administrator exists, and a patient's code waits: a refused post must redeem or change nothing.
    const admin = await staffOf("huisartsen-de-linde", "Anna de Vries", true);
    const code = await shareCode();
    const before = await stored();
    for (const [path, body] of posts) {
      const withCode = path === "/praktijk/code" ? { ...body, code } : body;
      const page = await form(path, withCode);
      expect(page.status, path).toBe(401);
      const text = await page.text();
      expect(text, path).toContain("Je bent niet aangemeld");
      expect(text, path).toContain("Er is niets opgeslagen of veranderd.");
      expect(text, path).toContain('href="/praktijk/inloggen"');
      const api = await json(path, withCode);
      expect(api.status, path).toBe(401);
      expect(await api.json(), path).toEqual({
        error: { code: "unauthorized", message: "sign in with your passkey first; nothing was changed" },
      });
      const english = await form(`${path}?lang=en`, withCode);
      expect(await english.text(), path).toContain("You are not signed in");
    }
    // A session that ended with the working day is no session either.
    clock += 9 * 3_600_000;
    for (const [path, body] of posts) {
      const ended = await form(path, path === "/praktijk/code" ? { ...body, code } : body, admin);
      expect(ended.status, path).toBe(401);
    }
    expect(await stored()).toEqual(before);
    // A page visit still goes to sign in: that is what a person needs.
    const visit = await request("/praktijk/beheer", { headers: { cookie: admin } });
    expect(visit.status).toBe(303);
    expect(visit.headers.get("location")).toBe("/praktijk/inloggen");
  });
});

describe("share codes are rate-limited like resume codes", () => {
  it("past the limit even the right code is refused with 429 and Retry-After, and nothing changes", async () => {
    const linde = await staffOf("huisartsen-de-linde", "Anna de Vries");
    const code = await shareCode();
    const limit = defaultRateLimits.resumes.max;
    for (let i = 0; i < limit; i++) {
      const guess = await form("/praktijk/code", { code: `ABCDE-${String(23456 + i)}` }, linde);
      expect(guess.status).toBe(404);
    }
    const before = await stored();
    const limited = await form("/praktijk/code", { code }, linde);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.json()).toEqual({
      error: {
        code: "rate_limited",
        message: expect.stringMatching(/^too many requests; try again in \d+ seconds$/),
      },
    });
    expect(await stored()).toEqual(before);
    expect((await rows("select practice_id, redeemed_at from shares"))[0]).toEqual({
      practice_id: null,
      redeemed_at: null,
    });
    expect(before.audit.some((line) => line.action === "redeem")).toBe(false);
    // The resume code's limit is the same one: one guess more than it allows is refused too.
    const resumes: number[] = [];
    for (let i = 0; i <= limit; i++)
      resumes.push(
        (await form("/chat/resume", { code: `AAAA-BBBB-CC${String(i).padStart(2, "0")}` })).status,
      );
    expect(resumes.slice(0, limit).every((status) => status === 404)).toBe(true);
    expect(resumes[limit]).toBe(429);
  });
});

describe("the administrator's page", () => {
  const zuid = {
    name: "Gezondheidscentrum Zuid",
    region: "nl",
    outOfHours: "0900 1515",
    welcome: "",
    slug: "",
  };

  it("an administrator lists, adds and changes practices, checked like the CLI, and audited", async () => {
    const admin = await staffOf("huisartsen-de-linde", "Anna de Vries", true);
    expect(await (await request("/praktijk", { headers: { cookie: admin } })).text()).toContain(
      'href="/praktijk/beheer"',
    );
    const list = await request("/praktijk/beheer", { headers: { cookie: admin } });
    expect(list.status).toBe(200);
    const listed = await list.text();
    for (const part of ["Huisartsen De Linde", "Praktijk Oost", 'href="/p/praktijk-oost"'])
      expect(listed).toContain(part);
    expect(listed).toContain('href="/praktijk/beheer/praktijk-oost"');
    expect(listed).toContain('name="csrf"');

    const added = await form("/praktijk/beheer", zuid, admin);
    expect(added.status).toBe(200);
    expect(await added.text()).toContain("Gezondheidscentrum Zuid staat erbij.");
    expect(await practices.bySlug("gezondheidscentrum-zuid")).toMatchObject({
      region: "NL",
      outOfHours: "0900 1515",
      welcome: null,
    });
    const again = await form("/praktijk/beheer", zuid, admin);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("Er is al een praktijk met het adres gezondheidscentrum-zuid.");

    // What the CLI refuses, the page refuses, and nothing is added.
    const bad: [Record<string, string>, string[]][] = [
      [{ ...zuid, outOfHours: "bel ons" }, ["--out-of-hours", "bel ons"]],
      [{ ...zuid, region: "DE" }, ["--region", "DE"]],
      [{ ...zuid, name: "Z" }, ["--name", "Z"]],
      [{ ...zuid, slug: "Zuid Centrum" }, ["--slug", "Zuid Centrum"]],
    ];
    for (const [fields, options] of bad) {
      const cli = parsePracticeArgs([
        "add",
        ...["--name", zuid.name, "--region", zuid.region, "--out-of-hours", zuid.outOfHours],
        ...options,
      ]);
      expect(cli.ok, options.join(" ")).toBe(false);
      const refused = await form("/praktijk/beheer", fields, admin);
      expect(refused.status, options.join(" ")).toBe(400);
      expect(await refused.text()).toContain("Er is nog niets opgeslagen.");
    }
    expect(await practices.list()).toHaveLength(3);

    // An administrator changes any practice, not only their own.
    const page = await request("/praktijk/beheer/praktijk-oost", { headers: { cookie: admin } });
    expect(await page.text()).toContain('value="1733"');
    const oost = { name: "Praktijk Oost", region: "BE", outOfHours: "1733", welcome: "Welkom bij ons." };
    const saved = await form("/praktijk/beheer/praktijk-oost", oost, admin);
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain("Opgeslagen.");
    expect((await practices.bySlug("praktijk-oost"))?.welcome).toBe("Welkom bij ons.");
    const badNumber = await form("/praktijk/beheer/praktijk-oost", { ...oost, outOfHours: "x" }, admin);
    expect(badNumber.status).toBe(400);
    expect(await badNumber.text()).toContain("Kijk nog eens naar: nummer buiten kantooruren.");
    // The invitation link's slug never changes, as on the command line.
    const moved = await form("/praktijk/beheer/praktijk-oost", { ...oost, slug: "oost" }, admin);
    expect(moved.status).toBe(400);
    expect(await practices.bySlug("praktijk-oost")).toMatchObject({ outOfHours: "1733" });
    expect(await practices.bySlug("oost")).toBeUndefined();
    const unknown = await form("/praktijk/beheer/nergens-te-vinden", oost, admin);
    expect(unknown.status).toBe(404);
    expect((await request("/praktijk/beheer/nergens-te-vinden", { headers: { cookie: admin } })).status).toBe(
      404,
    );

    const english = await (await request("/praktijk/beheer?lang=en", { headers: { cookie: admin } })).text();
    expect(english).toContain("Manage practices");
    expect(english).toContain("Add a practice");

    const adminId = (await rows("select id from staff where admin = 1"))[0]?.id;
    const audit = await rows(
      "select action, actor, staff_id from practice_audit where action like 'practice-%' order by id",
    );
    expect(audit).toEqual([
      { action: "practice-add", actor: "staff", staff_id: adminId },
      { action: "practice-update", actor: "staff", staff_id: adminId },
    ]);
  });

  it("a member without the admin role is refused with 403 and a message, and nothing changes", async () => {
    const bert = await staffOf("praktijk-oost", "Bert Peeters");
    expect(await (await request("/praktijk", { headers: { cookie: bert } })).text()).not.toContain(
      "/praktijk/beheer",
    );
    const before = await stored();
    for (const path of ["/praktijk/beheer", "/praktijk/beheer/praktijk-oost"]) {
      const page = await request(path, { headers: { cookie: bert } });
      expect(page.status, path).toBe(403);
      expect(await page.text(), path).toContain("Praktijken toevoegen en wijzigen kan alleen een beheerder.");
    }
    const add = await form("/praktijk/beheer", zuid, bert);
    expect(add.status).toBe(403);
    expect(await add.text()).toContain("Er is niets veranderd.");
    const own = { name: "Overgenomen", region: "BE", outOfHours: "1733", welcome: "" };
    expect((await form("/praktijk/beheer/praktijk-oost", own, bert)).status).toBe(403);
    expect((await form("/praktijk/beheer/huisartsen-de-linde", own, bert)).status).toBe(403);
    const api = await json("/praktijk/beheer", zuid, bert);
    expect(api.status).toBe(403);
    expect(await api.json()).toEqual({
      error: {
        code: "forbidden",
        message: "only an administrator can add or change practices; nothing was changed",
      },
    });
    const english = await request("/praktijk/beheer?lang=en", { headers: { cookie: bert } });
    expect(await english.text()).toContain("For administrators only");
    expect(await stored()).toEqual(before);
  });

  it("the invitation sets the role: --admin gives it, a new invitation without it takes it away", async () => {
    const anna = await staffOf("huisartsen-de-linde", "Anna de Vries", true);
    expect((await request("/praktijk/beheer", { headers: { cookie: anna } })).status).toBe(200);
    await invite("huisartsen-de-linde", "Anna de Vries");
    expect((await request("/praktijk/beheer", { headers: { cookie: anna } })).status).toBe(403);
  });
});
