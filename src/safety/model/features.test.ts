import { describe, expect, it } from "vitest";
import { CONCEPTS } from "./concepts.ts";
import { features, hash } from "./features.ts";

/** The lexicon's groups a sentence touches, by plain prefix matching (whole words: under four letters, or "="). */
function groupsOf(sentence: string): string[] {
  const tokens = sentence.split(" ");
  return Object.keys(CONCEPTS)
    .sort()
    .filter((name) =>
      (CONCEPTS[name] ?? "")
        .split(" ")
        .some((word) =>
          tokens.some((t) =>
            word.startsWith("=") ? t === word.slice(1) : word.length < 4 ? t === word : t.startsWith(word),
          ),
        ),
    );
}

/** The features spelled out as strings, the slow way the fast code must agree with. */
function spelledOut(normalized: string): Set<number> {
  const out = new Set<number>();
  let prev: string | null = null;
  for (const token of normalized.split(" ")) {
    if (token === "" || token === "." || token === ",") {
      prev = null;
      continue;
    }
    const word = /[0-9]/.test(token) ? "#" : token;
    out.add(hash(`w ${word}`));
    if (prev !== null) out.add(hash(`b ${prev} ${word}`));
    prev = word;
    if (word === "#") continue;
    const padded = ` ${token} `;
    for (let i = 0; i + 4 <= padded.length; i++) out.add(hash(`c ${padded.slice(i, i + 4)}`));
  }
  for (const sentence of normalized.split(" . ")) {
    const groups = groupsOf(sentence);
    groups.forEach((a, i) => {
      out.add(hash(`k ${a}`));
      for (const b of groups.slice(i + 1)) out.add(hash(`kk ${a} ${b}`));
    });
  }
  return out;
}

describe("features", () => {
  it("equal the hashes of their spelled-out names", () => {
    for (const text of [
      "ik wil niet meer , echt . zo moe",
      "a",
      "zelfmoordgedachten",
      "i do not see the point",
      "antwoord c8e0a1b2 nummer 4 , om 14 . 30u 3x",
      "ik heb de hele strip oxazepam met wijn genomen . nu ben ik suf",
    ]) {
      const fast = features(text);
      expect(new Set(fast)).toEqual(spelledOut(text));
      expect(fast.length).toBe(new Set(fast).size);
    }
  });

  it("name the lexicon's groups a sentence touches, and each pair of them, never across sentences", () => {
    const f = features("ik heb de hele strip oxazepam met wijn genomen");
    expect(f).toContain(hash("k pills"));
    expect(f).toContain(hash("kk alcohol pills"));
    expect(features("de hele strip . met wijn")).not.toContain(hash("kk alcohol pills"));
  });

  it("read every token with a digit as the same one feature, with no letter groups", () => {
    expect(new Set(features("antwoord c8e0a1b2"))).toEqual(new Set(features("antwoord 7")));
    expect(features("c8e0a1b2")).toEqual([hash("w #")]);
  });

  it("pair no words across a sentence or clause mark", () => {
    expect(features("moe . dood")).not.toContain(hash("b moe dood"));
    expect(features("moe , dood")).not.toContain(hash("b moe dood"));
    expect(features("moe dood")).toContain(hash("b moe dood"));
  });

  it("read nothing in an empty text", () => {
    expect(features("")).toEqual([]);
    expect(features(" . , ")).toEqual([]);
  });
});
