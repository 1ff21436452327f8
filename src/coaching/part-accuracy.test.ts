// The held-out consult block is big enough and holds turns of several parts, and the per-part scorer
// aligns parts in order, counts a part the reader missed as wrong, and scores permission as its own kind.
import { describe, expect, it } from "vitest";
import { type ConsultRow, consultHeldOutNl, turnCodeOf } from "./data/consult-heldout.nl.ts";
import { partAccuracy } from "./part-accuracy.ts";
import type { ReadTurn, TurnPart } from "./parts.ts";

const reader = (parts: TurnPart[]) => (): ReadTurn => ({
  classification: { behaviour: "other", question: null, input: null, stance: "volgend", cues: [] },
  parts,
  lang: "nl",
});

describe("consult block", () => {
  it("has at least 150 turns, at least 40 of several parts", () => {
    expect(consultHeldOutNl.length).toBeGreaterThanOrEqual(150);
    expect(consultHeldOutNl.filter(([, parts]) => parts.length > 1).length).toBeGreaterThanOrEqual(40);
    expect(new Set(consultHeldOutNl.map(([text]) => text)).size).toBe(consultHeldOutNl.length);
  });

  it("gives a turn the label of its input, else of its last part that is not other", () => {
    expect(turnCodeOf(["R-v", "Ia-e", "Qo-v"])).toBe("Ia-e");
    expect(turnCodeOf(["R-v", "Qo-a", "O-v"])).toBe("Qo-a");
    expect(turnCodeOf(["R-a", "P-e"])).toBe("Qc-e");
  });
});

describe("partAccuracy", () => {
  const rows: ConsultRow[] = [["U bent moe. Mag ik iets vertellen?", ["R-v", "P-e"], "complaint"]];

  it("scores each labelled part in order, permission as its own kind", () => {
    const right = partAccuracy(
      rows,
      reader([
        { text: "U bent moe.", kind: "reflection", stance: "volgend" },
        { text: "Mag ik iets vertellen?", kind: "permission", stance: "expert" },
      ]),
    );
    expect(right.exact).toMatchObject({ correct: 2, total: 2 });
    expect(right.splitRight.accuracy).toBe(1);
    const asClosed = partAccuracy(
      rows,
      reader([
        { text: "U bent moe.", kind: "reflection", stance: "volgend" },
        { text: "Mag ik iets vertellen?", kind: "closed", stance: "expert" },
      ]),
    );
    expect(asClosed.fields.question).toMatchObject({ correct: 0, total: 1 });
  });

  it("counts a part the reader did not find as wrong", () => {
    const missed = partAccuracy(
      rows,
      reader([{ text: "U bent moe.", kind: "reflection", stance: "volgend" }]),
    );
    expect(missed.splitRight.accuracy).toBe(0);
    expect(missed.fields.behaviour).toMatchObject({ correct: 1, total: 2 });
    expect(missed.exact).toMatchObject({ correct: 1, total: 2 });
  });
});
