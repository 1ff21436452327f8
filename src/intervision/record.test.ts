// The record: sections in the method's order with the ratings, asides left out, next steps, masked
// identifiers, and the Markdown.
import { describe, expect, it } from "vitest";
import { buildRecord, type RecordInput, recordMarkdown } from "./record.ts";

const T0 = Date.UTC(2026, 2, 2, 9);
const input: RecordInput = {
  method: "incident",
  locale: "nl",
  startedAt: T0,
  endedAt: T0 + 5 * 86_400_000,
  participantCount: 4,
  contributions: [
    { phase: 0, kind: "contribution", text: "Mevrouw A. wil geen\nverwijzing.", rating: null },
    { phase: 1, kind: "question", text: "Wat zei ze precies?", rating: "warm" },
    { phase: 1, kind: "question", text: "Hoe oud is ze?", rating: null },
    { phase: 1, kind: "answer", text: "Ze is 80.", rating: null },
    { phase: 2, kind: "contribution", text: "Ze lijkt bang.", rating: null },
    { phase: 3, kind: "aside", text: "Dat klopt niet", rating: null },
    { phase: 3, kind: "contribution", text: "Bel mevrouw Jansen op 06-12345678.", rating: null },
    { phase: 4, kind: "contribution", text: "Ik neem het huisbezoek mee.", rating: null },
  ],
  nextSteps: "- Huisbezoek plannen\n- Terugkoppelen in het team",
};

describe("buildRecord", () => {
  const model = buildRecord(input);

  it("has the method's sections in order, then the next steps", () => {
    expect(model.title).toBe("Verslag intervisie: Incidentmethode");
    expect(model.meta).toBe("2 maart 2026 tot 7 maart 2026 · 4 deelnemers");
    expect(model.sections.map((s) => s.heading)).toEqual([
      "De vraag",
      "Verheldering",
      "De kern",
      "De adviezen",
      "Wat de casusinbrenger meeneemt",
      "Evaluatie en terugblik",
      "Afgesproken vervolgstappen",
    ]);
  });

  it("shows questions with their rating and answers, joins lines, and leaves asides out", () => {
    expect(model.sections[0]?.items).toEqual(["Mevrouw A. wil geen verwijzing."]);
    expect(model.sections[1]?.items).toEqual([
      "Vraag (warm): Wat zei ze precies?",
      "Vraag: Hoe oud is ze?",
      "Antwoord: Ze is 80.",
    ]);
    expect(model.sections[3]?.items).toEqual(["Bel [naam] op [telefoonnummer]."]);
    expect(model.sections[5]?.items).toEqual(["Niets ingebracht."]);
    expect(model.sections[6]?.items).toEqual(["Huisbezoek plannen", "Terugkoppelen in het team"]);
    expect(model.masked).toBe(2);
  });

  it("says when no next steps were recorded, in English too", () => {
    const en = buildRecord({ ...input, locale: "en", nextSteps: null, method: "balint", contributions: [] });
    expect(en.sections.map((s) => s.heading)).toContain("Recognition");
    expect(en.sections.at(-1)?.items).toEqual(["No next steps recorded."]);
  });
});

describe("recordMarkdown", () => {
  it("renders headings and lists, escapes Markdown and notes what was masked", () => {
    const markdown = recordMarkdown(buildRecord(input), "nl");
    expect(markdown).toContain("# Verslag intervisie: Incidentmethode\n");
    expect(markdown).toContain("## Verheldering\n\n- Vraag (warm): Wat zei ze precies?\n");
    expect(markdown).toContain("- Bel \\[naam\\] op \\[telefoonnummer\\].");
    expect(markdown).toContain(
      "> 2 gegevens die op een patiëntgegeven leken, zijn in dit verslag weggelaten.",
    );
    expect(markdown).not.toContain("Jansen");
    expect(markdown).not.toContain("Dat klopt niet");
  });
});
