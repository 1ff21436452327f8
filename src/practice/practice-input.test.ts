// The one reading of a practice's fields that the CLI and both practice pages share: what people
// type is tidied the same way, and the same things are refused.
import { describe, expect, it } from "vitest";
import { practiceInputOf, readNewPractice, readPracticeUpdate } from "./practice-input.ts";

describe("reading a practice's fields", () => {
  it("takes a region in any case, makes an empty welcome line none and an empty slug absent", () => {
    expect(
      readNewPractice({ name: "De Linde", region: " nl ", outOfHours: "0900-1234", welcome: " ", slug: "" }),
    ).toEqual({
      ok: true,
      value: { name: "De Linde", region: "NL", outOfHours: "0900-1234", welcome: null },
    });
    expect(readPracticeUpdate({ welcome: "" })).toEqual({ ok: true, value: { welcome: null } });
    expect(readPracticeUpdate({ region: "be" })).toEqual({ ok: true, value: { region: "BE" } });
  });

  it("names the first wrong field, refuses a slug change and an update that changes nothing", () => {
    expect(readNewPractice({ name: "De Linde", region: "NL", outOfHours: "bel ons" })).toMatchObject({
      ok: false,
      field: "outOfHours",
      error: expect.stringMatching(/^outOfHours: /),
    });
    expect(
      readNewPractice({ name: "De Linde", region: "NL", outOfHours: "1733", slug: "De Linde" }),
    ).toMatchObject({ ok: false, field: "slug" });
    expect(readPracticeUpdate({ name: "De Linde", slug: "nieuw" })).toEqual({
      ok: false,
      field: "slug",
      error: "a practice's slug cannot change",
    });
    expect(readPracticeUpdate({})).toEqual({ ok: false, field: undefined, error: "nothing to change" });
  });

  it("reads text fields of a form and ignores anything else", () => {
    expect(practiceInputOf({ name: "De Linde", region: ["NL", "BE"], csrf: "x" })).toEqual({
      name: "De Linde",
      region: undefined,
      outOfHours: undefined,
      welcome: undefined,
      slug: undefined,
    });
  });
});
