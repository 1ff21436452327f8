// The practice side in real headless Chromium with its virtual authenticator (the DevTools WebAuthn
// domain): staff enrol a passkey and sign in with it, a patient shares from the practice's link and
// another redeems a share code at the desk, and staff see and open exactly their own practice's shares.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenedDatabase, openDatabase } from "../../db/libsql.ts";
import { createPracticeRepository } from "../../db/practice-repository.ts";
import { createShareRepository } from "../../db/share-repository.ts";
import { createStaffRepository } from "../../db/staff-repository.ts";
import { runStaffCommand } from "../../src/practice/staff-cli.ts";
import { axeViolations, launchBrowser } from "../support/browser.ts";
import { type ProductServer, startProductServer } from "../support/product-server.ts";

let server: ProductServer;
let browser: Browser;
let database: OpenedDatabase;
// WebAuthn needs a host name, not an IP address, as its relying party.
let base: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startProductServer(), launchBrowser()]);
  base = server.base.replace("127.0.0.1", "localhost");
  database = await openDatabase(server.dbUrl);
  const practices = createPracticeRepository(database.db);
  await practices.add({ name: "Huisartsen De Linde", region: "NL", outOfHours: "0900-1234" }, Date.now());
  await practices.add({ name: "Praktijk Oost", region: "BE", outOfHours: "1733" }, Date.now());
}, 60_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  database?.close();
  await server?.stop();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  context.setDefaultTimeout(10_000);
  return context.newPage();
}

/** A page whose browser has a platform passkey authenticator that says yes by itself. */
async function staffPage(): Promise<Page> {
  const page = await newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return page;
}

async function invite(slug: string, name: string): Promise<string> {
  const stores = {
    practices: createPracticeRepository(database.db),
    shares: createShareRepository(database.db),
    staff: createStaffRepository(database.db),
  };
  const result = await runStaffCommand(
    { kind: "invite", practice: slug, name, admin: false, base },
    stores,
    Date.now(),
    base,
  );
  if (!result.ok) throw new Error(result.error);
  return result.lines[0] ?? "";
}

async function enrol(page: Page, slug: string, name: string): Promise<void> {
  await page.goto(await invite(slug, name));
  await expectAccessible(page);
  await page.getByRole("button", { name: "Passkey aanmaken" }).click();
  await page.waitForURL(`${base}/praktijk`);
}

/** axe-core's WCAG 2.2 AA scan of the page as it stands, with the page named when it fails. */
async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page), new URL(page.url()).pathname).toEqual([]);
}

describe("the practice side in Chromium", () => {
  it("staff enrol and sign in with a passkey; the inbox shows their own practice's shares only", async () => {
    const linde = await staffPage();
    await enrol(linde, "huisartsen-de-linde", "Anna de Vries");
    await expect(linde.locator("h1").textContent()).resolves.toBe(
      "Gedeelde overzichten voor Huisartsen De Linde",
    );
    const oost = await staffPage();
    await enrol(oost, "praktijk-oost", "Bert Peeters");

    // A patient starts from the practice's link and shares.
    const patient = await newPage();
    await patient.goto(`${base}/p/huisartsen-de-linde`);
    await expect(patient.locator("h1").textContent()).resolves.toBe(
      "Je bezoek voorbereiden met Huisartsen De Linde",
    );
    await expectAccessible(patient);
    await patient.getByRole("button", { name: "Beginnen" }).click();
    await patient.waitForURL(`${base}/chat`);
    await patient.goto(`${base}/samenvatting/delen`);
    await expectAccessible(patient);
    await patient.getByRole("button", { name: "Deel met Huisartsen De Linde" }).click();
    await expect(patient.getByText("Gedeeld met Huisartsen De Linde").count()).resolves.toBe(1);

    await linde.reload();
    await expectAccessible(linde);
    const shared = linde.locator("ol.inbox li a").first();
    await expect(linde.locator("ol.inbox li").count()).resolves.toBe(1);
    await shared.click();
    await expect(linde.locator("h1").textContent()).resolves.toBe("Overzicht van een patiënt");
    await expectAccessible(linde);
    // The script shows the print button; without it the browser's own print still works.
    await expect(linde.locator("button[data-print]").isVisible()).resolves.toBe(true);
    const sharePath = new URL(linde.url()).pathname;

    await oost.reload();
    await expect(oost.locator("ol.inbox li").count()).resolves.toBe(0);
    const foreign = await oost.goto(`${base}${sharePath}`);
    expect(foreign?.status()).toBe(404);

    // Sign out, then back in with the same passkey.
    await linde.goto(`${base}/praktijk`);
    await linde.getByRole("button", { name: "Afmelden" }).click();
    await linde.waitForURL(`${base}/praktijk/inloggen`);
    await expectAccessible(linde);
    await linde.getByRole("button", { name: "Aanmelden met passkey" }).click();
    await linde.waitForURL(`${base}/praktijk`);
    await expect(linde.locator("ol.inbox li").count()).resolves.toBe(1);
  });

  it("a patient without a link shows a share code at the desk, and staff open the summary with it once", async () => {
    const desk = await staffPage();
    await enrol(desk, "huisartsen-de-linde", "Carla Jansen");
    const patient = await newPage();
    await patient.goto(`${base}/`);
    await patient.getByRole("button", { name: "Begin met nadenken" }).click();
    await patient.waitForURL(`${base}/chat`);
    await patient.goto(`${base}/samenvatting/delen`);
    await patient.getByRole("button", { name: "Maak een code" }).click();
    const code = (await patient.locator("p.code").textContent()) ?? "";
    expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);

    await desk.getByLabel("Code (tien tekens)").fill(code.toLowerCase());
    await desk.getByRole("button", { name: "Code gebruiken" }).click();
    await expect(desk.locator("h1").textContent()).resolves.toBe("Overzicht van een patiënt");

    await desk.goto(`${base}/praktijk`);
    await desk.getByLabel("Code (tien tekens)").fill(code);
    await desk.getByRole("button", { name: "Code gebruiken" }).click();
    await expect(desk.getByRole("alert").textContent()).resolves.toContain("Deze code kennen we niet");
  });
});
