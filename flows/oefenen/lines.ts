// One line of the simulated patient's reply, from a reply part's keys and the content. Its own file so
// the live messages and the stored summary can both use it without importing each other.
import type { OefenenContent, PersonaLines } from "./content.ts";
import type { ReplyPart } from "./context.ts";

function listOf(part: ReplyPart, c: OefenenContent, lines: PersonaLines): readonly string[] {
  switch (part.pool) {
    case "shiftYes":
    case "shiftOk":
    case "shiftHesitant":
      return c[part.pool];
    case "about":
      return part.topic === undefined ? [] : (lines.about[part.topic] ?? []);
    default: {
      const pool = lines[part.pool];
      return typeof pool === "string" ? [pool] : pool;
    }
  }
}

/**
 * One line of the reply. A line said before (the pool's use past its length, or a topic's facts all told)
 * gets a "zoals ik al zei" in front, a different one each round, so the patient never sounds like a loop.
 */
export function lineOf(part: ReplyPart, c: OefenenContent, lines: PersonaLines): string {
  const list = listOf(part, c, lines);
  if (list.length === 0) return "";
  const line = (list[part.index % list.length] ?? list[0] ?? "").replace("{n}", String(part.n ?? ""));
  const nth = part.nth ?? 0;
  const round =
    part.again ??
    (part.pool === "about" ? Math.max(0, nth - list.length + 1) : Math.floor(nth / list.length));
  if (round === 0 || list.length === 0) return line;
  return `${c.repeat[(round - 1) % c.repeat.length] ?? ""}${line}`;
}
