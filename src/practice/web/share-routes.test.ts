// Sharing with consent through the assembled service: what is said before sharing, the share and its
// audit line, taking it back, one-time codes, and erasing or expiry taking the share along.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPracticeRepository } from "../../../db/practice-repository.ts";
import { createShareRepository } from "../../../db/share-repository.ts";
import { productFlows } from "../../../flows/index.ts";
import { type TempDatabase, tempDatabase } from "../../../test/support/database.ts";
import { BASE, formPost } from "../../../test/support/web-form.ts";
import { assemble } from "../../assemble.ts";
import { exportSchema } from "../../channels/web/api-schemas.ts";
import { createLogger } from "../../log.ts";
import type { PracticeStore, ShareStore } from "../store.ts";

const DAY = 86_400_000;
let clock = Date.UTC(2027, 0, 6, 10);
let db: TempDatabase;
let practices: PracticeStore;
let shares: ShareStore;
let service: ReturnType<typeof assemble>;

beforeEach(async () => {
  clock = Date.UTC(2027, 0, 6, 10);
  db = await tempDatabase();
  practices = createPracticeRepository(db.opened.db);
  shares = createShareRepository(db.opened.db);
  service = assemble({
    db: db.opened.db,
    flows: productFlows(),
    log: createLogger("silent"),
    config: { RETENTION_DAYS: 90, IDLE_DAYS: 30, RATE_LIMIT_CREATES: 100, RATE_LIMIT_TURNS: 1000 },
    slack: undefined,
    now: () => clock,
  });
  await practices.add({ name: "Huisartsen De Linde", region: "NL", outOfHours: "0900-1234" }, clock);
});
afterEach(() => db.cleanup());

const post = (path: string, fields: Record<string, string>, cookie?: string) =>
  formPost(service.app, path, fields, cookie);
const get = (path: string, cookie: string) => service.app.request(`${BASE}${path}`, { headers: { cookie } });
const cookieOf = (res: Response) => (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
const idOf = (cookie: string) => cookie.split("=")[1]?.split(".")[0] ?? "";

describe("sharing with the practice", () => {
  it("says what is shared, with whom and until when before anything is shared", async () => {
    const cookie = cookieOf(await post("/p/huisartsen-de-linde/start", { lang: "nl" }));
    const summary = await (await get("/samenvatting", cookie)).text();
    expect(summary).toContain('href="/samenvatting/delen"');
    const res = await get("/samenvatting/delen", cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const html = await res.text();
    expect(html).toContain("Het gesprek zelf, met alles wat je typte, deel je niet.");
    expect(html).toContain("Alleen de medewerkers van Huisartsen De Linde");
    expect(html).toMatch(/value="30"[^>]*checked/);
    expect(html).toContain("Deel met Huisartsen De Linde");
    expect(await shares.ofConversation(idOf(cookie), clock)).toEqual([]);
  });

  it("shares for the chosen days with an audit line, and takes it back on request", async () => {
    const cookie = cookieOf(await post("/p/huisartsen-de-linde/start", { lang: "nl" }));
    const id = idOf(cookie);
    const shared = await post("/samenvatting/delen", { days: "7" }, cookie);
    expect(shared.status).toBe(303);
    const [share] = await shares.ofConversation(id, clock);
    expect(share).toMatchObject({ expiresAt: clock + 7 * DAY, byCode: false });
    expect(await (await get("/samenvatting/delen", cookie)).text()).toContain(
      "Gedeeld met Huisartsen De Linde, tot 13 januari 2027.",
    );
    const withdrawn = await post("/samenvatting/delen/intrekken", { share: share?.id ?? "" }, cookie);
    expect(withdrawn.status).toBe(200);
    expect(await withdrawn.text()).toContain("Ingetrokken.");
    expect(await shares.ofConversation(id, clock)).toEqual([]);
    expect((await shares.auditOf(id)).map((a) => [a.action, a.actor, a.shareId])).toEqual([
      ["share", "patient", share?.id],
      ["withdraw", "patient", share?.id],
    ]);
  });

  it("refuses a share for other days, without a practice, or another's withdrawal, and changes nothing", async () => {
    const cookie = cookieOf(await post("/p/huisartsen-de-linde/start", { lang: "nl" }));
    const id = idOf(cookie);
    const tooLong = await post("/samenvatting/delen", { days: "365" }, cookie);
    expect(tooLong.status).toBe(400);
    expect(await tooLong.text()).toContain("Kies hoe lang de praktijk je overzicht mag zien");
    const plain = cookieOf(await post("/chat/start", { flow: "reflectie", lang: "nl" }));
    const noPractice = await post("/samenvatting/delen", { days: "30" }, plain);
    expect(noPractice.status).toBe(400);
    expect(await noPractice.text()).toContain("Je begon dit gesprek niet via de link van een praktijk.");
    expect(await shares.ofConversation(idOf(plain), clock)).toEqual([]);
    await post("/samenvatting/delen", { days: "30" }, cookie);
    const [share] = await shares.ofConversation(id, clock);
    const other = await post("/samenvatting/delen/intrekken", { share: share?.id ?? "" }, plain);
    expect(other.status).toBe(404);
    expect(await shares.ofConversation(id, clock)).toHaveLength(1);
    expect((await post("/samenvatting/delen", { days: "30" })).headers.get("location")).toBe("/");
    const crossSite = await service.app.request(`${BASE}/samenvatting/delen/intrekken`, {
      method: "POST",
      body: new URLSearchParams({ share: share?.id ?? "" }),
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: "https://evil.example",
        cookie,
      },
    });
    expect(crossSite.status).toBe(403);
    expect(await shares.ofConversation(id, clock)).toHaveLength(1);
  });

  it("makes a one-time code without a practice link, shown once and stored only as a hash", async () => {
    const cookie = cookieOf(await post("/chat/start", { flow: "reflectie", lang: "nl" }));
    const page = await (await get("/samenvatting/delen", cookie)).text();
    expect(page).toContain("Maak een code");
    const res = await post("/samenvatting/delen/code", {}, cookie);
    const html = await res.text();
    const code = /class="code">([A-Z0-9]{5}-[A-Z0-9]{5})</.exec(html)?.[1];
    expect(code).toBeDefined();
    expect(html).toContain("tot 13 januari 2027");
    const rows = await db.opened.client.execute("select code_hash, practice_id from shares");
    expect(rows.rows).toHaveLength(1);
    expect(String(rows.rows[0]?.code_hash)).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows.rows)).not.toContain(code?.replace("-", ""));
    // The code is not shown again.
    expect(await (await get("/samenvatting/delen", cookie)).text()).not.toContain(code ?? "-");
  });

  it("erasing the conversation erases its shares and its practice link", async () => {
    const cookie = cookieOf(await post("/p/huisartsen-de-linde/start", { lang: "nl" }));
    const id = idOf(cookie);
    await post("/samenvatting/delen", { days: "30" }, cookie);
    const erased = await post("/gegevens/wissen", { confirm: "yes" }, cookie);
    expect(erased.status).toBe(200);
    expect(await shares.ofConversation(id, clock)).toEqual([]);
    expect(await practices.practiceOf(id)).toBeUndefined();
  });

  it("the patient's download carries the practice, the shares and their audit lines, never a code", async () => {
    const cookie = cookieOf(await post("/p/huisartsen-de-linde/start", { lang: "nl" }));
    await post("/samenvatting/delen", { days: "30" }, cookie);
    const code = /class="code">([A-Z0-9]{5}-[A-Z0-9]{5})</.exec(
      await (await post("/samenvatting/delen/code", {}, cookie)).text(),
    )?.[1];
    const exported = (await (await get("/samenvatting/download", cookie)).json()) as {
      practice: { name: string } | null;
      shares: Array<{ byCode: boolean; expiresAt: number }>;
      practiceAudit: Array<{ action: string }>;
    };
    expect(code).toBeDefined();
    expect(exported.practice?.name).toBe("Huisartsen De Linde");
    expect(exported.shares.map((s) => s.byCode).sort()).toEqual([false, true]);
    expect(exported.practiceAudit.map((a) => a.action)).toEqual(["share", "share-code"]);
    expect(JSON.stringify(exported)).not.toContain(code?.replace("-", "") ?? "-");
    // The API's export schema (its OpenAPI contract) describes these fields exactly.
    expect(exportSchema.safeParse(exported).error).toBeUndefined();
  });

  it("the privacy page says what the practice can see", async () => {
    const html = await (await service.app.request(`${BASE}/privacy`)).text();
    expect(html).toContain("Wat je huisartsenpraktijk kan zien");
    expect(html).toContain("Ze zien het overzicht, nooit het gesprek zelf.");
  });

  it("the sweep deletes shares that expired", async () => {
    const cookie = cookieOf(await post("/p/huisartsen-de-linde/start", { lang: "nl" }));
    await post("/samenvatting/delen", { days: "7" }, cookie);
    await service.sweep.runDueTimers(clock + 7 * DAY + 1);
    const rows = await db.opened.client.execute("select id from shares");
    expect(rows.rows).toEqual([]);
    // The audit line outlives the share, as long as the conversations' own audit lines do.
    expect((await db.opened.client.execute("select action from practice_audit")).rows).toHaveLength(1);
    await service.sweep.runDueTimers(clock + 91 * DAY);
    expect((await db.opened.client.execute("select action from practice_audit")).rows).toEqual([]);
  });
});
