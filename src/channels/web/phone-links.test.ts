// Help numbers become tel: links; look-alikes (years, grades, web addresses) stay text.
import { describe, expect, it } from "vitest";
import { withPhoneLinks } from "./phone-links.ts";

const phones = (text: string) => withPhoneLinks(text).filter((p) => p.kind === "phone");

describe("withPhoneLinks", () => {
  it("finds the numbers of the help table, the longest first", () => {
    expect(phones("Bel 113 of 0800-0113, bij gevaar 112.")).toEqual([
      { kind: "phone", text: "113", tel: "113" },
      { kind: "phone", text: "0800-0113", tel: "08000113" },
      { kind: "phone", text: "112", tel: "112" },
    ]);
    expect(phones("Zelfmoordlijn 1813")).toEqual([{ kind: "phone", text: "1813", tel: "1813" }]);
  });

  it("leaves years, other numbers and web addresses alone", () => {
    expect(phones("In 2026 gaf ik een 7; kijk op 113.nl of bel 11234.")).toEqual([]);
  });

  it("keeps every character of the text, in order", () => {
    const text = "Heb je dringend hulp nodig? Bel dan 112. Denk je aan zelfdoding? Bel 113 of 0800-0113.";
    expect(
      withPhoneLinks(text)
        .map((p) => p.text)
        .join(""),
    ).toBe(text);
  });
});
