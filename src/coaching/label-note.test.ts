// A note on a label is kept only when it is one short line about a label the finished session has.
import { describe, expect, it } from "vitest";
import { nl } from "../../flows/oefenen/content.nl.ts";
import { play } from "../../flows/oefenen/play.ts";
import { toSummary } from "../../flows/oefenen/summary.ts";
import { checkLabelNote, NOTE_MAX } from "./label-note.ts";

const { context } = play("henk", ["U bent kortademig. Rookt u nog?", "Wat vindt u belangrijk?"]);
const done = toSummary({ ...context, ended: "trainee" }, nl, true);

describe("checkLabelNote", () => {
  it("keeps one trimmed line on a label the session has", () => {
    expect(checkLabelNote({ turn: "1", part: "1", text: "  Ik wilde het open vragen. " }, done)).toEqual({
      ok: true,
      note: { turn: 1, part: 1, text: "Ik wilde het open vragen." },
    });
  });

  it("refuses an unknown label, an empty, long or multi-line note, bad numbers and an unfinished session", () => {
    const problem = (fields: unknown, s = done) => {
      const r = checkLabelNote(fields, s);
      return r.ok ? null : r.problem;
    };
    expect(problem({ turn: "1", part: "2", text: "x" })).toBe("unknownLabel");
    expect(problem({ turn: "9", part: "0", text: "x" })).toBe("unknownLabel");
    expect(problem({ turn: "1", part: "0", text: "   " })).toBe("empty");
    expect(problem({ turn: "1", part: "0", text: "a".repeat(NOTE_MAX + 1) })).toBe("tooLong");
    expect(problem({ turn: "1", part: "0", text: "a".repeat(NOTE_MAX) })).toBeNull();
    expect(problem({ turn: "1", part: "0", text: "een\ntwee" })).toBe("multiline");
    expect(problem({ turn: "1.5", part: "0", text: "x" })).toBe("malformed");
    expect(problem({ turn: "1", text: "x" })).toBe("malformed");
    expect(problem({ turn: "1", part: "0", text: "x" }, { ...done, complete: false })).toBe("notFinished");
  });
});
