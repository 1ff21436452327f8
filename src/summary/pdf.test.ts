// The PDF of a summary: a real PDF, in the person's language, with the sections in the page's order;
// read back with pdf-lib to check what it holds without a PDF viewer.
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { summaryPdf } from "./pdf.ts";
import type { Summary } from "./schema.ts";

const summary: Summary = {
  flow: "reflectie",
  locale: "nl",
  region: "BE",
  complete: true,
  matters: {
    happy: "wandelen met de hond",
    more: "rust",
    past: null,
    present: null,
    future: null,
    addition: null,
  },
  health: { experience: "Niet zo best, mijn rug doet pijn 🙁", grade: 5 },
  wants: {
    notNow: false,
    theme: "Meedoen",
    wish: "vaker afspreken met oud-collega’s",
    importance: 8,
    importanceWhy: "ik voel me dan minder alleen",
    confidence: 6,
    confidenceWhy: "ik heb ze al eens gemaild",
  },
  firstStep: { notNow: false, what: "Ans een berichtje sturen", when: "morgen", who: "mijn zus" },
  visit: {
    mainQuestion: "Hoe kan ik beter slapen, nu mijn knie 's nachts zeurt?",
    helpWith: "mijn slaap",
    otherTopics: null,
    complaint: "knie",
    threeQuestions: true,
    socialHelp: false,
  },
  spinnenweb: [
    { dimension: "lichaam", label: "Lichaam", grade: 5, talk: false },
    { dimension: "mentaal", label: "Gevoel en gedachten", grade: 6, talk: false },
    { dimension: "zingeving", label: "Zingeving", grade: 7, talk: false },
    { dimension: "kwaliteit", label: "Kwaliteit van leven", grade: 7, talk: false },
    { dimension: "meedoen", label: "Meedoen", grade: 4, talk: true },
    { dimension: "dagelijks", label: "Dagelijks leven", grade: null, talk: false },
  ],
};

const date = new Date("2026-12-03T21:30:00Z");

describe("summaryPdf", () => {
  it("makes an A4 PDF in the person's language, titled and dated", async () => {
    const bytes = await summaryPdf(summary, { date });
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe("Mijn voorbereiding op de afspraak");
    const { width, height } = doc.getPage(0).getSize();
    expect(Math.round(width)).toBe(595);
    expect(Math.round(height)).toBe(842);
  });

  it("is the same bytes for the same summary and date, and differs by language", async () => {
    const a = await summaryPdf(summary, { date });
    const b = await summaryPdf(summary, { date });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const en = await PDFDocument.load(await summaryPdf({ ...summary, locale: "en" }, { date }));
    expect(en.getTitle()).toBe("My preparation for the appointment");
  });

  it("draws characters the font lacks as something, instead of failing", async () => {
    await expect(summaryPdf(summary, { date })).resolves.toBeInstanceOf(Uint8Array);
  });

  it("goes on to a second page when the answers are long", async () => {
    const long = { ...summary, matters: { ...summary.matters, addition: "en nog iets ".repeat(400) } };
    const doc = await PDFDocument.load(await summaryPdf(long, { date }));
    expect(doc.getPageCount()).toBeGreaterThan(1);
    const short = await PDFDocument.load(await summaryPdf(summary, { date }));
    expect(short.getPageCount()).toBe(1);
  });
});
