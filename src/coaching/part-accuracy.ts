// Accuracy per part and per whole turn on the held-out consult block (data/consult-heldout.nl.ts): what a
// MITI coder counts is each part, what the patient reacts to is the turn. Pure: the caller passes the reader.
import type { Locale } from "../locales.ts";
import { type AccuracyReport, accuracy, type Field, type FieldScore, fields } from "./accuracy.ts";
import type { Classification } from "./classify.ts";
import { type ConsultRow, type PartCode, turnCodeOf } from "./data/consult-heldout.nl.ts";
import { expand } from "./data/label.ts";
import type { PartKind, ReadTurn } from "./parts.ts";

/** A part's four fields; a permission request is a question of its own kind ("permission"). */
interface PartFields {
  behaviour: string;
  question: string | null;
  input: string | null;
  stance: string;
}

const STANCES: Record<string, string> = { v: "volgend", a: "activerend", e: "expert" };

function fieldsOfCode(code: PartCode): PartFields {
  const [act = "O", s = "v"] = code.split("-");
  const stance = STANCES[s] ?? "volgend";
  if (act === "Qo") return { behaviour: "question", question: "open", input: null, stance };
  if (act === "Qc") return { behaviour: "question", question: "closed", input: null, stance };
  if (act === "P") return { behaviour: "question", question: "permission", input: null, stance };
  if (act === "R") return { behaviour: "reflection", question: null, input: null, stance };
  const input = { Ia: "advice", Ii: "information", Io: "options" }[act];
  if (input) return { behaviour: "input", question: null, input, stance };
  return { behaviour: "other", question: null, input: null, stance };
}

function fieldsOfKind(kind: PartKind, stance: string): PartFields {
  if (kind === "open" || kind === "closed" || kind === "permission")
    return { behaviour: "question", question: kind, input: null, stance };
  if (kind === "advice" || kind === "information" || kind === "options")
    return { behaviour: "input", question: null, input: kind, stance };
  return { behaviour: kind, question: null, input: null, stance };
}

export interface PartScore {
  turns: number;
  /** Labelled parts, and turns split into as many parts as labelled. */
  parts: number;
  splitRight: FieldScore;
  /** Per field over the labelled parts (question only on questions, input only on input); a part the
   * reader did not find counts as wrong. */
  fields: Record<Field, FieldScore>;
  exact: FieldScore;
}

const score = (correct: number, total: number): FieldScore => ({
  correct,
  total,
  accuracy: total === 0 ? 1 : correct / total,
});

export function partAccuracy(
  rows: readonly ConsultRow[],
  read: (text: string, lang: Locale) => ReadTurn,
): PartScore {
  const tally = Object.fromEntries(fields.map((f) => [f, { correct: 0, total: 0 }])) as Record<
    Field,
    { correct: number; total: number }
  >;
  let parts = 0;
  let exact = 0;
  let splitRight = 0;
  for (const [text, codes] of rows) {
    const got = read(text, "nl").parts;
    if (got.length === codes.length) splitRight++;
    codes.forEach((code, i) => {
      parts++;
      const want = fieldsOfCode(code);
      const part = got[i];
      const have = part ? fieldsOfKind(part.kind, part.stance) : null;
      let allRight = have !== null;
      for (const field of fields) {
        if (field === "question" && want.behaviour !== "question") continue;
        if (field === "input" && want.behaviour !== "input") continue;
        tally[field].total++;
        if (have && have[field] === want[field]) tally[field].correct++;
        else allRight = false;
      }
      if (allRight) exact++;
    });
  }
  return {
    turns: rows.length,
    parts,
    splitRight: score(splitRight, rows.length),
    fields: Object.fromEntries(fields.map((f) => [f, score(tally[f].correct, tally[f].total)])) as Record<
      Field,
      FieldScore
    >,
    exact: score(exact, parts),
  };
}

/** The whole turns, scored as the classifier's labelled sets are, on the turn label the parts give. */
export function turnAccuracy(
  rows: readonly ConsultRow[],
  classify: (text: string, lang: Locale) => Classification,
): AccuracyReport {
  return accuracy(
    expand(
      "nl",
      "heldout",
      rows.map(([text, codes]) => [text, turnCodeOf(codes)] as const),
    ),
    classify,
  );
}
