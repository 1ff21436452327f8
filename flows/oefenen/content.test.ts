// The practice flow's copy: both languages tell the same four patients with the same number of lines
// per pool, the patients cover all four patient types, and no line is empty or unfinished.
import { describe, expect, it } from "vitest";
import { en } from "./content.en.ts";
import { nl } from "./content.nl.ts";
import type { PersonaLines } from "./content.ts";
import { factDepths, storyFacts } from "./facts.ts";
import { personaIds, personas } from "./personas.ts";

describe("oefenen content", () => {
  it("covers every combination of acceptance and perceived control (Bloem & Stalpers)", () => {
    const types = new Set(personaIds.map((id) => `${personas[id].acceptance}/${personas[id].control}`));
    expect([...types].sort()).toEqual(["hoog/hoog", "hoog/laag", "laag/hoog", "laag/laag"]);
    for (const id of personaIds) {
      expect(personas[id].readiness).toBeGreaterThanOrEqual(0);
      expect(personas[id].readiness).toBeLessThanOrEqual(10);
      expect(personas[id].asksAdviceAt.length).toBeGreaterThan(0);
    }
  });

  it("has the same persons with the same number of lines per pool in both languages", () => {
    for (const id of personaIds) {
      const shape = (lines: PersonaLines) =>
        Object.fromEntries(
          Object.entries(lines).map(([k, v]) => [
            k,
            Array.isArray(v) ? v.length : typeof v === "object" ? JSON.stringify(Object.keys(v)) : typeof v,
          ]),
        );
      expect(shape(en.personas[id])).toEqual(shape(nl.personas[id]));
      expect(nl.personas[id].name).toBe(en.personas[id].name);
    }
  });

  it("has one line per fact and depth in facts.ts, in both languages", () => {
    for (const content of [nl, en])
      for (const id of personaIds) {
        const about = content.personas[id].about;
        expect(Object.keys(about).sort(), `${content.locale} ${id}`).toEqual(
          Object.keys(factDepths[id]).sort(),
        );
        for (const [topic, depths] of Object.entries(factDepths[id]))
          expect(about[topic as keyof typeof about]?.length, `${content.locale} ${id} ${topic}`).toBe(
            depths.length,
          );
      }
  });

  it("links each story line to facts that exist", () => {
    for (const id of personaIds) {
      const story = storyFacts[id];
      expect(story.open.length, id).toBe(nl.personas[id].open.length);
      expect(story.deepen.length, id).toBe(nl.personas[id].deepen.length);
      for (const [topic, i] of [...story.open, ...story.deepen].flat())
        expect(factDepths[id][topic]?.[i], `${id} ${topic} ${i}`).toBeDefined();
    }
  });

  it("puts the patient's number into every scale line", () => {
    for (const content of [nl, en])
      for (const id of personaIds)
        for (const line of content.personas[id].scale) expect(line).toContain("{n}");
  });

  it("has no empty or unfinished line", () => {
    for (const content of [nl, en])
      for (const id of personaIds)
        for (const [pool, value] of Object.entries(content.personas[id])) {
          const lines: unknown[] = Array.isArray(value)
            ? value
            : typeof value === "object"
              ? Object.values(value).flat()
              : [value];
          expect(lines.length, `${content.locale} ${id} ${pool}`).toBeGreaterThan(0);
          for (const line of lines) {
            expect(typeof line).toBe("string");
            expect(String(line).trim().length, `${content.locale} ${id} ${pool}`).toBeGreaterThan(1);
            expect(String(line)).not.toMatch(/\$\{|undefined|TODO/);
          }
        }
  });

  it("lets the patient say the goal in the first person", () => {
    for (const id of personaIds) {
      expect(nl.personas[id].goal).toMatch(/\bik\b/i);
      expect(en.personas[id].goal).toMatch(/\bI\b/);
    }
  });
});
