// The web chat in real headless Chromium: a whole reflection by keyboard only, the first turns
// without JavaScript, resuming by reload and by resume code, axe-core scans and screenshots.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launchBrowser, screenshot } from "../support/browser.ts";
import { type ProductServer, startProductServer } from "../support/product-server.ts";

// The page's own globals, as far as these tests use them inside page.evaluate (this file only).
interface PageElement {
  id: string;
  textContent: string | null;
  value: string;
  tagName: string;
  type: string;
}
declare const document: {
  activeElement: PageElement | null;
  querySelectorAll(selector: string): { length: number };
  documentElement: { scrollWidth: number };
};

let server: ProductServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** Requests that tried to leave the server under test; the pages must make none. */
const thirdParty: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startProductServer(), launchBrowser()]);
}, 60_000);

afterAll(async () => {
  expect(thirdParty).toEqual([]);
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.stop();
});

async function newPage(options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  contexts.push(context);
  // Fail at the step that hangs, well within the test's own time limit.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  await page.bringToFront();
  // Any request that leaves the server under test is a failure: the page must load nothing else.
  await page.route(/^(?!http:\/\/127\.0\.0\.1:\d+\/)/, async (route) => {
    thirdParty.push(route.request().url());
    await route.abort();
  });
  return page;
}

const logCount = (page: Page) => page.locator("#log li").count();

async function waitForTurn(page: Page, before: number) {
  await page.waitForFunction((n) => document.querySelectorAll("#log li").length > n, before);
}

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => (document.activeElement?.textContent ?? "").trim());
}

/** Presses Tab until the focused element is the one described, like a keyboard user would. */
async function tabTo(
  page: Page,
  matches: (el: { id: string; text: string; value: string; tag: string }) => boolean,
) {
  for (let i = 0; i < 40; i++) {
    const el = await page.evaluate(() => {
      const a = document.activeElement;
      return {
        id: a?.id ?? "",
        text: (a?.textContent ?? "").trim(),
        value: a?.value ?? "",
        tag: a?.tagName ?? "",
      };
    });
    if (matches(el)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("could not reach the control with Tab");
}

async function typeAnswer(page: Page, text: string) {
  const before = await logCount(page);
  await page.waitForFunction(() => document.activeElement?.id === "answer-text");
  await page.keyboard.type(text);
  await tabTo(page, (el) => el.tag === "BUTTON" && (el.text === "Versturen" || el.text === "Send"));
  await page.keyboard.press("Enter");
  await waitForTurn(page, before);
}

async function choose(page: Page, label: string) {
  const before = await logCount(page);
  await tabTo(page, (el) => el.tag === "BUTTON" && el.text === label);
  await page.keyboard.press("Enter");
  await waitForTurn(page, before);
}

async function grade(page: Page, value: number) {
  const before = await logCount(page);
  await page.waitForFunction(() => document.activeElement?.type === "radio");
  await page.keyboard.press("Space");
  for (let i = 0; i < value; i++) await page.keyboard.press("ArrowRight");
  await tabTo(page, (el) => el.tag === "BUTTON" && el.text === "Verder");
  await page.keyboard.press("Enter");
  await waitForTurn(page, before);
}

async function checkAndGo(page: Page, labels: string[]) {
  const before = await logCount(page);
  for (const label of labels) {
    await tabTo(page, (el) => el.tag === "INPUT" && el.id === `choice-${label}`);
    await page.keyboard.press("Space");
  }
  await tabTo(page, (el) => el.tag === "BUTTON" && el.text === "Verder");
  await page.keyboard.press("Enter");
  await waitForTurn(page, before);
}

async function expectNoAxeViolations(page: Page, name: string) {
  const violations = await axeViolations(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

async function startReflection(page: Page) {
  await page.goto(`${server.base}/`);
  await tabTo(page, (el) => el.text === "Begin met nadenken");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/chat$/);
}

describe("web chat in Chromium", () => {
  it("a whole reflection by keyboard only, ending on the summary page; axe finds nothing on the way", async () => {
    const page = await newPage();
    await page.goto(`${server.base}/`);
    await expectNoAxeViolations(page, "landing");
    await screenshot(page, "landing-1280");
    await startReflection(page);
    expect(await page.locator("#announcer[aria-live=polite]").count()).toBe(1);
    await expectNoAxeViolations(page, "chat: choice");
    await choose(page, "Nederlands");
    await choose(page, "Nederland");
    await choose(page, "Ja, ik doe mee");
    await expectNoAxeViolations(page, "chat: text");
    await screenshot(page, "chat-text-1280");
    await typeAnswer(page, "wandelen in het bos");
    await expect.poll(() => page.locator("#announcer").textContent()).toContain("wandelen in het bos");
    await typeAnswer(page, "tijd met mijn kinderen");
    await typeAnswer(page, "redelijk, maar ik slaap slecht");
    await expectNoAxeViolations(page, "chat: scale");
    await grade(page, 6);
    await choose(page, "Ja, graag");
    for (const value of [6, 5, 7, 7, 4, 6]) await grade(page, value);
    await expectNoAxeViolations(page, "chat: multiple choice");
    await checkAndGo(page, ["meedoen"]);
    await choose(page, "Nu");
    await typeAnswer(page, "de moestuin");
    await choose(page, "Ik wil verder");
    await choose(page, "Ja, dit klopt");
    await choose(page, "Ja, dat is goed");
    await choose(page, "Meedoen");
    await typeAnswer(page, "vaker met mijn oude collega's afspreken");
    await grade(page, 8);
    await typeAnswer(page, "ik voel me dan minder alleen");
    await grade(page, 6);
    await typeAnswer(page, "ik heb ze al eens gemaild");
    await typeAnswer(page, "Ans een berichtje sturen");
    await typeAnswer(page, "morgen");
    await typeAnswer(page, "mijn zus");
    await choose(page, "Ja, goed");
    await typeAnswer(page, "mijn slaap");
    await typeAnswer(page, "hoe kan ik beter slapen?");
    await typeAnswer(page, "mijn knie");
    await choose(page, "Nee");
    await expect.poll(() => page.locator("#phase").textContent()).toBe("Samenvatting");
    await choose(page, "Ja, zo klopt het");
    await page.waitForFunction(
      () => document.activeElement?.textContent?.trim() === "Bekijk je samenvatting",
    );
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/samenvatting$/);
    const text = await page.locator("main").textContent();
    for (const own of [
      "wandelen in het bos",
      "vaker met mijn oude collega's afspreken",
      "Ans een berichtje sturen",
      "hoe kan ik beter slapen?",
    ])
      expect(text).toContain(own);
    expect(await page.locator("svg.spinnenweb title").textContent()).toBe("Je spinnenweb");
    expect(await page.locator("svg.spinnenweb desc").textContent()).toContain("Meedoen 4");
    await expectNoAxeViolations(page, "summary");
    await screenshot(page, "summary-1280");
    await page.setViewportSize({ width: 360, height: 800 });
    await screenshot(page, "summary-360");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it("works without JavaScript: the first turns are plain form posts", async () => {
    const page = await newPage({ javaScriptEnabled: false, width: 360 });
    await page.goto(`${server.base}/`);
    await page.getByRole("button", { name: "Begin met nadenken" }).click();
    await page.waitForURL(/\/chat$/);
    await page.getByRole("button", { name: "Nederlands" }).click();
    await page.getByRole("button", { name: "België (Vlaanderen)" }).click();
    expect(await page.locator("#log").textContent()).toContain("1813");
    await page.getByRole("button", { name: "Ja, ik doe mee" }).click();
    await page.getByLabel("Je antwoord").fill("zingen");
    await page.getByRole("button", { name: "Versturen" }).click();
    await page.waitForURL(/\/chat$/);
    expect(await page.locator("#log").textContent()).toContain("Je wordt blij van zingen.");
    await page.getByRole("button", { name: "Terug" }).click();
    expect(await page.getByLabel("Je antwoord").inputValue()).toBe("zingen");
    await screenshot(page, "chat-nojs-360");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it("reload resumes, and the resume code opens the conversation in a fresh browser", async () => {
    const page = await newPage();
    await startReflection(page);
    await choose(page, "Nederlands");
    await choose(page, "Nederland");
    await choose(page, "Ja, ik doe mee");
    await typeAnswer(page, "schilderen");
    await page.reload();
    expect(await page.locator("#log").textContent()).toContain("schilderen");
    expect(await page.getByLabel("Je antwoord").count()).toBe(1);
    const code = (await page.locator(".resume .code").textContent())?.trim() ?? "";
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(page.url()).not.toContain(code);

    const other = await newPage({ width: 360 });
    // Focus (and so autofocus) belongs to the page in front, as for a person with two windows.
    await other.bringToFront();
    await other.goto(`${server.base}/`);
    await other.getByLabel("Je hervatcode").fill(code.toLowerCase().replaceAll("-", " "));
    await other.getByRole("button", { name: "Ga verder" }).click();
    await other.waitForURL(/\/chat$/);
    expect(await other.locator("#log").textContent()).toContain("schilderen");
    await typeAnswer(other, "meer buiten zijn");
    await page.bringToFront();
    await page.reload();
    expect(await page.locator("#log").textContent()).toContain("meer buiten zijn");
  });

  it("a crisis answer ends coaching with help that no click dismisses; axe finds nothing", async () => {
    const page = await newPage();
    await startReflection(page);
    await choose(page, "Nederlands");
    await choose(page, "Nederland");
    await choose(page, "Ja, ik doe mee");
    await typeAnswer(page, "eigenlijk wil ik niet meer leven");
    await expect.poll(() => page.locator(".help").count()).toBe(1);
    const help = await page.locator(".help").textContent();
    expect(help).toContain("113");
    expect(help).toContain("112");
    expect(await page.locator("#answer-form").count()).toBe(0);
    // A screen reader starts with the help: focus moved to its heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("help-title");
    await expectNoAxeViolations(page, "crisis (chat)");
    await screenshot(page, "crisis-1280");
    await page.goto(`${server.base}/samenvatting`);
    expect(await page.locator(".help").textContent()).toContain("113");
    expect(await page.locator(".summary-section").count()).toBe(0);
    await expectNoAxeViolations(page, "crisis (summary)");
    await page.goto(`${server.base}/chat`);
    expect(await page.locator(".help").count()).toBe(1);
  });

  it("an acute sign not clearly now gets the question with the number; no goes back to the question", async () => {
    const page = await newPage();
    await startReflection(page);
    await choose(page, "Nederlands");
    await choose(page, "Nederland");
    await choose(page, "Ja, ik doe mee");
    await typeAnswer(page, "Ik heb pijn op de borst.");
    await expect.poll(() => page.locator("#log").textContent()).toContain("gebeurt dit nu");
    expect(await page.locator("#log").textContent()).toContain("112");
    await expectNoAxeViolations(page, "acute question (chat)");
    await choose(page, "Nee, nu niet");
    await expect
      .poll(() => page.locator("#log").textContent())
      .toContain("Dan stel ik mijn vraag nog een keer");
    // The same open question again, with its text field, ready to answer.
    await page.waitForFunction(() => document.activeElement?.id === "answer-text");
  });

  it("serves pages with a strict CSP and no caching of anything personal", async () => {
    const page = await newPage();
    const response = await page.goto(`${server.base}/`);
    const csp = response?.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    await startReflection(page);
    const chat = await page.goto(`${server.base}/chat`);
    expect(chat?.headers()["cache-control"]).toBe("no-store");
    expect(chat?.headers()["referrer-policy"]).toBe("no-referrer");
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === "gc_session")).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    expect(await focusedText(page)).toBe("Nederlands");
  });

  it("a practice session ends on a feedback page with the phase timeline; axe finds nothing", async () => {
    const page = await newPage();
    await page.goto(`${server.base}/`);
    await page.getByRole("button", { name: "Oefen een gesprek" }).click();
    await page.waitForURL(/\/chat$/);
    // Choose a patient and whether to get hints: the first option each time.
    while ((await page.locator("#answer-text").count()) === 0) {
      const before = await logCount(page);
      await page.locator("#answer-form button.choice").first().click();
      await waitForTurn(page, before);
    }
    await expectNoAxeViolations(page, "practice chat");
    for (const utterance of [
      "Wat is voor u belangrijk op dit moment?",
      "U merkt dat het lopen zwaarder wordt.",
      "U zou echt meer moeten bewegen.",
    ]) {
      const before = await logCount(page);
      await page.getByLabel("Je antwoord").fill(utterance);
      await page.getByRole("button", { name: "Versturen" }).click();
      await waitForTurn(page, before);
    }
    const before = await logCount(page);
    await page.locator('#answer-form button[name="command"][value="skip"]').click();
    await waitForTurn(page, before);
    await page.getByRole("link", { name: "Bekijk je samenvatting" }).click();
    await page.waitForURL(/\/samenvatting$/);
    expect(await page.locator("h1").textContent()).toBe("Feedback op je oefengesprek");
    expect(await page.locator("table.timeline tbody tr").count()).toBe(3);
    expect(await page.locator("main").textContent()).toContain("U zou echt meer moeten bewegen.");
    await expectNoAxeViolations(page, "practice feedback");
    await screenshot(page, "practice-feedback-1280");
  });
});
