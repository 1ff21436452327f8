// The phrase coding of stored JSON: exact round trips whatever a person typed, plain JSON of older
// rows read as it was, and a table that only ever grows.
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CODED, packJson, unpackJson } from "./phrase-code.ts";
import { FROZEN, PHRASES, VALUES } from "./phrases.ts";

const screened = { level: "none", category: null, cues: [] };

describe("phrase coding", () => {
  it("gives back exactly what it was given, for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const normal: unknown = JSON.parse(JSON.stringify(value));
        expect(unpackJson(packJson(normal))).toEqual(normal);
        expect(unpackJson(packJson(normal, false))).toEqual(normal);
      }),
    );
  });

  it("keeps texts that look like references as the person wrote them", () => {
    const tricky = ["~", "~~", "~1", "~:1", "~0", `${CODED}{}`, PHRASES[0] ?? "", `~${PHRASES[0] ?? ""}`];
    // Built from JSON text, so "__proto__" is an own key as it would be in a stored row.
    const value: unknown = JSON.parse(
      JSON.stringify({ texts: tricky, [tricky[2] ?? "k"]: tricky }).replace("{", '{"__proto__":"x",'),
    );
    const back = unpackJson(packJson(value));
    expect(back).toEqual(value);
    expect(Object.keys(back as object)).toContain("__proto__");
  });

  it("codes the flow's own strings and a screening with nothing found to a few bytes", () => {
    const phrase = PHRASES.find((p) => p.length > 20) ?? "";
    expect(packJson([phrase]).length).toBeLessThan(phrase.length);
    expect(packJson(screened).length).toBeLessThanOrEqual(8);
    expect(unpackJson(packJson(screened))).toEqual(screened);
  });

  it("reads plain JSON, as every row stored before the coding holds it", () => {
    expect(unpackJson('{"phase":"gg1","messages":["~1 hallo"]}')).toEqual({
      phase: "gg1",
      messages: ["~1 hallo"],
    });
  });

  it("refuses a reference this table does not have, rather than showing other words", () => {
    expect(() => unpackJson(`${CODED}"~zzzz"`)).toThrow(/phrase/);
    expect(() => unpackJson(`${CODED}"~:zzzz"`)).toThrow(/value/);
  });

  it("never changes an entry a stored row may refer to: every earlier table is a prefix of this one", () => {
    expect(FROZEN.length).toBeGreaterThan(0);
    for (const table of FROZEN) {
      const digest = createHash("sha256")
        .update(JSON.stringify([PHRASES.slice(0, table.phrases), VALUES.slice(0, table.values)]))
        .digest("hex");
      expect(digest).toBe(table.sha256);
    }
    expect(FROZEN.at(-1)).toMatchObject({ phrases: PHRASES.length, values: VALUES.length });
    expect(new Set(PHRASES).size).toBe(PHRASES.length);
    expect(new Set(VALUES).size).toBe(VALUES.length);
  });
});
