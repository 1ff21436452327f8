// The shared text form of src/coaching: what each of its two shapes keeps and changes.
import { describe, expect, it } from "vitest";
import { foldText, foldUtterance } from "./normalize.ts";

describe("foldText", () => {
  it("lowercases, folds accents and curly apostrophes, and squeezes spaces", () => {
    expect(foldText("  Oké,   dat  IDEËEN ’t  ")).toBe("oke, dat ideeen 't");
    expect(foldText("Don`t ´t ʼs")).toBe("don't 't 's");
  });

  it("keeps, drops or spaces double quotes as asked", () => {
    expect(foldText("Hij zei “nee”")).toBe("hij zei “nee”");
    expect(foldText("Hij zei “nee”", "drop")).toBe("hij zei nee");
    expect(foldText("Hij zei„nee”", "space")).toBe("hij zei nee");
  });
});

describe("foldUtterance", () => {
  it("drops quotes and transcript annotations, ends a sentence at an ellipsis, makes a dash a comma", () => {
    expect(foldUtterance("“Ja” (lacht) [onverstaanbaar] nou… dus — goed")).toBe("ja nou. dus , goed");
    expect(foldUtterance("Tja...  (pause) so")).toBe("tja. so");
  });
});
