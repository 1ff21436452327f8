// The web chat in real headless Chromium: a whole reflection by keyboard only, the first turns
// without JavaScript, resuming by reload and by resume code, axe-core scans and screenshots.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactsDir, axeViolations, launchBrowser, screenshot } from "../support/browser.ts";
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

/** The spinnenweb by keyboard: per part, Space and arrows on its scale, Tab to its mark, Tab on. */
async function gradeAll(page: Page, values: number[], marks: string[]) {
  const before = await logCount(page);
  const ids = ["lichaam", "mentaal", "zingeving", "kwaliteit", "meedoen", "dagelijks"];
  // Each scale starts on "geen cijfer": one arrow to 0, then one per step up.
  await page.waitForFunction(() => document.activeElement?.id === "scale-lichaam-none");
  for (const [i, id] of ids.entries()) {
    await tabTo(page, (el) => el.id === `scale-${id}-none`);
    for (let n = 0; n <= (values[i] ?? 0); n++) await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`scale-${id}-${values[i] ?? 0}`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`mark-${id}`);
    if (marks.includes(id)) await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
  }
  await tabTo(page, (el) => el.tag === "BUTTON" && el.text === "Verder");
  await page.keyboard.press("Enter");
  await waitForTurn(page, before);
}

/** Each part of the spinnenweb on one row: the eleven labels of every scale share one top. */
async function expectOneRowPerScale(page: Page) {
  const rows = await page
    .locator(".scale-item .scale-row")
    .evaluateAll((scales) =>
      scales.map((row) => [...row.querySelectorAll("label")].map((l) => l.getBoundingClientRect().top)),
    );
  expect(rows).toHaveLength(6);
  // Eleven labels per part, all at the same height (within a pixel of rounding): no wrap.
  for (const tops of rows) {
    expect(tops).toHaveLength(11);
    expect(Math.max(...tops) - Math.min(...tops), JSON.stringify(tops)).toBeLessThan(1);
  }
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
    // The spinnenweb: one step, six scales and their marks.
    await expectNoAxeViolations(page, "chat: spinnenweb");
    await expectOneRowPerScale(page);
    await screenshot(page, "chat-spinnenweb-1280");
    await gradeAll(page, [6, 5, 7, 7, 4, 6], ["meedoen"]);
    await expect
      .poll(() => page.locator("#log").textContent())
      .toContain("Meedoen 4 (hier wil ik over praten)");
    await choose(page, "Nu");
    await typeAnswer(page, "de moestuin");
    await choose(page, "Ik wil verder");
    // The review, a short bulleted list, names the grades of the one spinnenweb step by part.
    const log = await page.locator("#log").textContent();
    expect(log).toContain(
      "• Je gaf deze cijfers: Lichaam 6, Gevoel en gedachten 5, Zingeving 7, Kwaliteit van leven 7, Meedoen 4, Dagelijks leven 6.",
    );
    expect(log).toContain("• Je wilt graag praten over Meedoen.");
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
    // Meedoen got a 4: help in the neighbourhood is offered; the person may decline.
    await choose(page, "Nee, dank je");
    await choose(page, "Nee");
    await expect.poll(() => page.locator("#phase").textContent()).toBe("Samenvatting");
    await choose(page, "Ja, zo klopt het");
    await expectNoAxeViolations(page, "chat: closing question");
    await choose(page, "Fijn");
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
    expect(await page.locator("svg.spinnenweb title").textContent()).toBe("Mijn spinnenweb");
    expect(await page.locator("svg.spinnenweb desc").textContent()).toContain("Meedoen 4");
    // The grades also as a list, the marked one in words, and the marks explained.
    expect(await page.locator(".web-list li").count()).toBe(6);
    expect(await page.locator(".web-list li.talk").textContent()).toContain("Meedoen: 4");
    expect(await page.locator(".web-legend").isVisible()).toBe(true);
    expect(await page.locator("h1").textContent()).toBe("Mijn voorbereiding op de afspraak");
    // The question for the appointment comes first.
    expect(await page.locator(".summary-section h2").first().textContent()).toBe(
      "Mijn vraag voor de afspraak",
    );
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
    // The 0-10 scale fits on one row at 360 px.
    await page.getByRole("button", { name: "Versturen" }).click();
    for (let i = 0; i < 2; i++) await page.locator('button[name="command"][value="skip"]').click();
    // A form post is a navigation: measure once the new page and its style sheet have loaded.
    await page.waitForLoadState("load");
    const tops = await page
      .locator(".scale-option label")
      .evaluateAll((labels) => labels.map((l) => Math.round(l.getBoundingClientRect().top)));
    expect(tops).toHaveLength(11);
    expect(new Set(tops).size).toBe(1);
    await screenshot(page, "chat-scale-nojs-360");
    // The spinnenweb as one form: every part on one row, answered by clicks and one post.
    await page.locator('button[name="command"][value="skip"]').click();
    await expectOneRowPerScale(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, "chat-spinnenweb-nojs-360");
    await page.locator("#scale-lichaam-3").check();
    await page.getByLabel("Hier wil ik over praten: Meedoen").check();
    await page.getByRole("button", { name: "Verder" }).click();
    await page.waitForURL(/\/chat$/);
    expect(await page.locator("#log").textContent()).toContain(
      "Lichaam 3, Meedoen (hier wil ik over praten)",
    );
    // The summary so far: the print button stays hidden without JavaScript; the PDF link is there.
    await page.goto(`${server.base}/samenvatting`);
    expect(await page.locator("[data-print]").isVisible()).toBe(false);
    expect(await page.getByRole("link", { name: "Download als PDF" }).count()).toBe(1);
    expect(await page.locator(".resume .code").count()).toBe(1);
    await screenshot(page, "summary-nojs-360");
  });

  for (const [js, width] of [
    [true, 360],
    [false, 1280],
  ] as const)
    it(`the spinnenweb at ${width} px ${js ? "with" : "without"} JavaScript: one row per part, back keeps what was given${js ? "; axe finds nothing" : ""}`, async () => {
      const page = await newPage({ javaScriptEnabled: js, width });
      await page.goto(`${server.base}/`);
      await page.getByRole("button", { name: "Begin met nadenken" }).click();
      await page.waitForURL(/\/chat$/);
      const click = async (locator: ReturnType<Page["locator"]>) => {
        const before = await logCount(page);
        await locator.click();
        if (js) await waitForTurn(page, before);
        else await page.waitForURL(/\/chat$/);
      };
      await click(page.getByRole("button", { name: "Nederland" }));
      await click(page.getByRole("button", { name: "Ja, ik doe mee" }));
      for (let i = 0; i < 4; i++)
        await click(page.locator('#answer-form button[name="command"][value="skip"]'));
      expect(await page.locator(".scale-item").count()).toBe(6);
      await expectOneRowPerScale(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // axe runs as a script in the page, so only where the page runs scripts.
      if (js) await expectNoAxeViolations(page, `spinnenweb ${width}`);
      await screenshot(page, `chat-spinnenweb-${js ? "" : "nojs-"}${width}`);
      // The step alone, legible without the conversation above it.
      await page.locator("#answer").screenshot({ path: `${artifactsDir}chat-spinnenweb-step-${width}.png` });
      await page.locator("#scale-zingeving-8").check();
      await page.getByLabel("Hier wil ik over praten: Zingeving").check();
      await click(page.getByRole("button", { name: "Verder" }));
      expect(await page.locator("#log").textContent()).toContain("Zingeving 8 (hier wil ik over praten)");
      await click(page.getByRole("button", { name: "Terug" }));
      expect(await page.locator("#scale-zingeving-8").isChecked()).toBe(true);
      expect(await page.getByLabel("Hier wil ik over praten: Zingeving").isChecked()).toBe(true);
      expect(await page.locator("#scale-lichaam-8").isChecked()).toBe(false);
    });

  it("declining at the start, starting again while open, privacy and the practice page; axe finds nothing", async () => {
    const page = await newPage({ width: 360 });
    await page.goto(`${server.base}/`);
    await page.getByRole("button", { name: "Begin met nadenken" }).click();
    await page.waitForURL(/\/chat$/);
    await page.goto(`${server.base}/`);
    await page.getByRole("button", { name: "Begin met nadenken" }).click();
    expect(await page.locator("h1").textContent()).toBe("Je hebt al een gesprek open");
    await expectNoAxeViolations(page, "continue or start anew");
    await screenshot(page, "start-again-360");
    await page.getByRole("link", { name: "Verder met mijn gesprek" }).click();
    await page.waitForURL(/\/chat$/);
    await choose(page, "Nederland");
    // With the script, the page after declining replaces the chat as a whole.
    await page.getByRole("button", { name: "Nee, liever niet" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Je doet niet mee");
    expect(await page.locator("main").textContent()).toContain("We hebben geen antwoorden van je bewaard.");
    expect(await page.getByRole("link", { name: /samenvatting/i }).count()).toBe(0);
    await expectNoAxeViolations(page, "declined");
    await screenshot(page, "declined-360");
    for (const [path, name] of [
      ["/privacy", "privacy"],
      ["/oefenen", "practice-page"],
    ] as const) {
      await page.goto(`${server.base}${path}`);
      await expectNoAxeViolations(page, name);
      await screenshot(page, `${name}-360`);
    }
  });

  it("reload resumes, and the resume code opens the conversation in a fresh browser", async () => {
    const page = await newPage();
    await startReflection(page);
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
    // The landing page chose the language: the first question is where the person lives.
    expect(await focusedText(page)).toBe("Nederland");
  });

  it("a practice session ends on a feedback page with the phase timeline and a note on a label; axe finds nothing", async () => {
    const page = await newPage();
    await page.goto(`${server.base}/`);
    await page.getByRole("link", { name: "Zorgverlener in opleiding? Oefenen doe je hier." }).click();
    await page.waitForURL(/\/oefenen/);
    await expectNoAxeViolations(page, "practice page");
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

    // "Dat bedoelde ik anders" on the third turn's label: a plain form, back on the page with the note.
    const label = page.locator("#label-3-0");
    await label.getByText("Dat bedoelde ik anders").click();
    await label.getByLabel("Wat bedoelde je? Eén regel is genoeg.").fill("Ik wilde het als vraag stellen.");
    await label.getByRole("button", { name: "Bewaar" }).click();
    await page.waitForURL(/\/samenvatting#label-3-0$/);
    expect(await page.locator("#label-3-0 .label-note").textContent()).toBe(
      "Dat bedoelde ik anders: Ik wilde het als vraag stellen.",
    );
    await expectNoAxeViolations(page, "practice feedback with a note");
  });
});
