// Tests for the help texts and the number table: right numbers per region, nothing of the other region,
// every number from the table, 112 first, and the plain statement that the chat is not read live.
import { describe, expect, it } from "vitest";
import type { Region } from "../locales.ts";
import { checkQuestion, checkQuestionFor, type HelpText, helpFor } from "./help.ts";
import { HELP_NUMBERS } from "./numbers.ts";
import type { ScreenCategory } from "./types.ts";

const REGIONS: Region[] = ["NL", "BE"];
const LOCALES = ["nl", "en"] as const;
const CASES: ["crisis" | "acute", ScreenCategory | null][] = [
  ["crisis", "suicide"],
  ["crisis", "self_harm"],
  ["crisis", "violence"],
  ["crisis", "despair"],
  ["crisis", null],
  ["acute", "acute_medical"],
  ["acute", null],
];

const joined = (help: HelpText): string => [help.title, ...help.lines].join("\n");
/** A number as a whole, so "113" is not found inside "1813" or "0800-0113". */
const hasNumber = (text: string, number: string): boolean =>
  new RegExp(`(?<![\\d-])${number.replace("-", "\\-")}(?![\\d-])`).test(text);

describe("help number table", () => {
  it("carries the date it was checked, as a real ISO date", () => {
    expect(HELP_NUMBERS.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(HELP_NUMBERS.checkedOn))).toBe(false);
  });

  it("has the numbers of both regions", () => {
    expect(HELP_NUMBERS.NL.emergency.phone).toBe("112");
    expect(HELP_NUMBERS.NL.suicide.phone).toBe("113");
    expect(HELP_NUMBERS.NL.suicide.altPhone).toBe("0800-0113");
    expect(HELP_NUMBERS.NL.suicide.web).toBe("113.nl");
    expect(HELP_NUMBERS.NL.violence.phone).toBe("0800-2000");
    expect(HELP_NUMBERS.NL.outOfHoursGp.phone).toBeNull();
    expect(HELP_NUMBERS.BE.emergency.phone).toBe("112");
    expect(HELP_NUMBERS.BE.suicide.phone).toBe("1813");
    expect(HELP_NUMBERS.BE.suicide.web).toBe("zelfmoord1813.be");
    expect(HELP_NUMBERS.BE.suicide.chatHoursVary).toBe(true);
    expect(HELP_NUMBERS.BE.outOfHoursGp.phone).toBe("1733");
    expect(HELP_NUMBERS.BE.violence.phone).toBe("1712");
    expect(HELP_NUMBERS.BE.violence.hours).toBe("weekdays");
  });
});

describe("help texts", () => {
  const tableNumbers = new Set(
    REGIONS.flatMap((region) =>
      Object.values(HELP_NUMBERS[region]).flatMap((line) =>
        typeof line === "object"
          ? [line.phone, line.altPhone].filter((n): n is string => typeof n === "string")
          : [],
      ),
    ),
  );

  for (const region of REGIONS) {
    for (const locale of LOCALES) {
      for (const [level, category] of CASES) {
        const help = helpFor(level, category, region, locale);
        const text = joined(help);
        const label = `${region} ${locale} ${level}/${category}`;

        it(`${label}: says the chat is not read live and is no emergency service`, () => {
          expect(help.title.length).toBeGreaterThan(0);
          expect(text).toMatch(locale === "nl" ? /niet live gelezen/ : /Nobody reads this chat live/);
          expect(text).toMatch(locale === "nl" ? /geen hulpdienst/ : /not an emergency or crisis service/);
        });

        it(`${label}: names 112 before any other number`, () => {
          const first = text.search(/\d{3,}/);
          expect(text.slice(first, first + 3)).toBe("112");
        });

        it(`${label}: uses only numbers from the table`, () => {
          for (const found of text.match(/\d[\d-]{2,}\d/g) ?? []) expect(tableNumbers).toContain(found);
        });

        it(`${label}: keeps sentences short`, () => {
          for (const line of help.lines) {
            for (const sentence of line.split(/(?<=[.?!:])\s/)) {
              expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(26);
            }
          }
        });
      }
    }
  }

  for (const locale of LOCALES) {
    it(`NL crisis (${locale}) names 113, 0800-0113, 113.nl and 112, and nothing Belgian`, () => {
      const text = joined(helpFor("crisis", "suicide", "NL", locale));
      for (const n of ["113", "0800-0113", "112"]) expect(hasNumber(text, n), n).toBe(true);
      expect(text).toContain("113.nl");
      expect(text).toContain("huisartsenpost");
      for (const n of ["1813", "1733", "1712", "101"]) expect(hasNumber(text, n), n).toBe(false);
      expect(text).not.toContain("zelfmoord1813.be");
    });

    it(`BE crisis (${locale}) names 1813, zelfmoord1813.be, 1733 and 112, and nothing Dutch`, () => {
      const text = joined(helpFor("crisis", "suicide", "BE", locale));
      for (const n of ["1813", "1733", "112"]) expect(hasNumber(text, n), n).toBe(true);
      expect(text).toContain("zelfmoord1813.be");
      for (const n of ["113", "0800-0113", "0800-2000"]) expect(hasNumber(text, n), n).toBe(false);
      expect(text).not.toContain("113.nl");
      expect(text).not.toContain("huisartsenpost");
      // the chat hours move: the text sends people to the website instead of naming times
      expect(text).not.toMatch(/\d{1,2}[:.]\d{2}|\d{1,2} ?uur/);
    });

    it(`NL violence (${locale}) names Veilig Thuis 0800-2000 and 112`, () => {
      const text = joined(helpFor("crisis", "violence", "NL", locale));
      expect(text).toContain("Veilig Thuis");
      expect(hasNumber(text, "0800-2000")).toBe(true);
      expect(hasNumber(text, "112")).toBe(true);
      expect(hasNumber(text, "1712")).toBe(false);
    });

    it(`BE violence (${locale}) names 1712 and 112, not Veilig Thuis`, () => {
      const text = joined(helpFor("crisis", "violence", "BE", locale));
      expect(hasNumber(text, "1712")).toBe(true);
      expect(hasNumber(text, "112")).toBe(true);
      expect(text).not.toContain("Veilig Thuis");
      expect(hasNumber(text, "0800-2000")).toBe(false);
    });

    it(`acute (${locale}) says call 112 now, then the out-of-hours GP for the region`, () => {
      const nl = joined(helpFor("acute", "acute_medical", "NL", locale));
      const be = joined(helpFor("acute", "acute_medical", "BE", locale));
      expect(nl).toMatch(locale === "nl" ? /Bel nu meteen 112/ : /Call 112 now/);
      expect(nl).toContain("huisartsenpost");
      expect(hasNumber(nl, "1733")).toBe(false);
      expect(be).toMatch(locale === "nl" ? /Bel nu meteen 112/ : /Call 112 now/);
      expect(hasNumber(be, "1733")).toBe(true);
      expect(be).not.toContain("huisartsenpost");
      for (const text of [nl, be]) {
        expect(hasNumber(text, "113")).toBe(false);
        expect(hasNumber(text, "1813")).toBe(false);
      }
    });
  }

  it("writes Dutch for nl and English for en", () => {
    expect(joined(helpFor("crisis", "suicide", "NL", "nl"))).toContain("Bel");
    expect(joined(helpFor("crisis", "suicide", "NL", "en"))).toContain("Call");
  });

  it("gives self-harm its own opening line", () => {
    const suicide = helpFor("crisis", "suicide", "NL", "nl").lines.join(" ");
    const selfHarm = helpFor("crisis", "self_harm", "NL", "nl").lines.join(" ");
    expect(selfHarm).toContain("jezelf pijn doen");
    expect(suicide).not.toContain("jezelf pijn doen");
  });
});

describe("check question", () => {
  for (const locale of LOCALES) {
    it(`asks directly about ending one's life (${locale})`, () => {
      const q = checkQuestion(locale);
      expect(q.question.endsWith("?")).toBe(true);
      expect(q.question).toMatch(locale === "nl" ? /einde aan je leven/ : /ending your life/);
      expect(q.yes.length).toBeGreaterThan(0);
      expect(q.no.length).toBeGreaterThan(0);
      expect(q.yes).not.toBe(q.no);
    });
  }
});

describe("check question per category", () => {
  for (const locale of LOCALES) {
    it(`asks about safety, not about ending one's life, for violence (${locale})`, () => {
      const q = checkQuestionFor("violence", locale);
      expect(q.question.endsWith("?")).toBe(true);
      expect(q.question).toMatch(locale === "nl" ? /bang voor iemand/ : /afraid of someone/);
      expect(q.question).not.toMatch(locale === "nl" ? /einde aan je leven/ : /ending your life/);
      expect(q.yes).not.toBe(q.no);
    });

    it(`asks about hurting oneself and about ending one's life for self-harm (${locale})`, () => {
      const q = checkQuestionFor("self_harm", locale);
      expect(q.question.endsWith("?")).toBe(true);
      expect(q.question).toMatch(locale === "nl" ? /jezelf pijn/ : /hurt yourself/);
      expect(q.question).toMatch(locale === "nl" ? /einde aan je leven/ : /ending your life/);
    });

    it(`keeps the suicide question for suicide, despair and unknown (${locale})`, () => {
      for (const category of ["suicide", "despair", "acute_medical", null] as const) {
        expect(checkQuestionFor(category, locale)).toEqual(checkQuestion(locale));
      }
    });
  }
});
