// `npm run phrases`: extends the phrase table (src/engine/phrases.ts) with the strings the product's
// flows store: what the coach says, option labels, state names and context keys, seen by walking
// every flow at random in both languages and regions. It only appends: a stored reference must mean
// the same string for as long as rows keep it, so entries are never changed, moved or removed, and
// src/engine/phrase-code.test.ts checks the digests of every earlier table. The answers it gives all
// carry a token, and anything holding it is left out, so no answer ends up in the table.

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AnyMachineSnapshot } from "xstate";
import type { Answer } from "../src/engine/answer.ts";
import { engineCopy } from "../src/engine/copy.ts";
import type { Flow } from "../src/engine/flow.ts";
import { FROZEN, PHRASES, VALUES } from "../src/engine/phrases.ts";
import { renderStep } from "../src/engine/reply.ts";
import { heldState, type SafetyHold } from "../src/engine/safety-gate.ts";
import { advanceFlow, startFlow } from "../src/engine/step.ts";
import { answerDocument } from "../src/engine/stored-answer.ts";
import { replyDocument } from "../src/engine/stored-reply.ts";
import { locales, regions } from "../src/locales.ts";
import { screenCategories } from "../src/safety/types.ts";
import { productFlows } from "./index.ts";

const TOKEN = "qzxj";
const TEXTS = [`${TOKEN} wandelen met de hond`, `${TOKEN} mijn kleinkinderen`, `${TOKEN} slecht slapen`];
const WALKS_PER_SETTING = 60;
const MIN_PHRASE = 4;
const MIN_VALUE = 8;
// Whole values are for the small objects that recur (an input, a screening); not whole replies.
const MAX_VALUE = 600;

/** What one flow (or the engine) stores, counted per walk: each gets its own share of the table. */
interface Bucket {
  budget: number;
  walks: number;
  phrases: Map<string, number>;
  values: Map<string, number>;
}
const bucket = (budget: number): Bucket => ({ budget, walks: 0, phrases: new Map(), values: new Map() });
// Bytes of text each may have in the table, all runs together (the table ships in the Worker); to
// make room for new copy, raise a budget. The reflection, stored for every patient, gets the most.
const buckets = new Map<string, Bucket>([
  ["engine", bucket(8_000)],
  ["reflectie", bucket(34_000)],
  ["oefenen", bucket(14_000)],
  ["oefenen-quiz", bucket(6_000)],
]);
let current = buckets.get("engine") as Bucket;
const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const phraseCounts = { get: () => current.phrases };
const valueCounts = { get: () => current.values };

function collect(value: unknown, whole: boolean): void {
  if (typeof value === "string") {
    if (value.length >= MIN_PHRASE && !value.includes(TOKEN)) count(phraseCounts.get(), value);
    return;
  }
  if (value === null || typeof value !== "object") return;
  if (whole && !Array.isArray(value)) {
    const text = JSON.stringify(value);
    if (text.length >= MIN_VALUE && text.length <= MAX_VALUE && !text.includes(TOKEN))
      count(valueCounts.get(), text);
  }
  if (Array.isArray(value)) for (const item of value) collect(item, whole);
  else
    for (const [key, item] of Object.entries(value)) {
      collect(key, false);
      collect(item, whole);
    }
}

// A fixed generator, so the same code appends the same table.
let state = 1;
const random = () => {
  state = (state * 48271) % 2147483647;
  return state / 2147483647;
};
const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];

function answerFor(
  snapshot: AnyMachineSnapshot,
  flow: Flow,
  locale: (typeof locales)[number],
): Answer | "back" | "skip" | null {
  const input = flow.view(snapshot, locale).input;
  if (random() < 0.05 && snapshot.can({ type: "back" })) return "back";
  if ("skip" in input && input.skip && random() < 0.1) return "skip";
  if (input.kind === "text") return { kind: "text", text: pick(TEXTS) ?? TOKEN };
  if (input.kind === "scale")
    return { kind: "value", value: input.min + Math.floor(random() * (input.max - input.min + 1)) };
  if (input.kind === "scales") {
    const grade = () => input.min + Math.floor(random() * (input.max - input.min + 1));
    const ids = input.items.map((item) => item.id);
    return {
      kind: "scales",
      scales: Object.fromEntries(ids.map((id) => [id, grade()])),
      marks: ids.filter(() => random() < 0.3),
    };
  }
  if (input.kind === "choice") {
    const ids = input.options.map((option) => option.id);
    const chosen = input.multiple ? ids.filter(() => random() < 0.4) : [];
    return { kind: "choice", choice: chosen.length > 0 ? chosen : [pick(ids) ?? ""] };
  }
  return null;
}

function walk(flow: Flow, locale: (typeof locales)[number], region: (typeof regions)[number], seed: number) {
  let stepped = startFlow(flow, { locale, region, seed });
  for (let turn = 0; turn < 400; turn++) {
    const shown = renderStep(flow, stepped.snapshot, locale, turn);
    const { input, ...reply } = replyDocument(shown);
    collect(reply, false);
    collect(input, true);
    collect({ value: stepped.persisted && Reflect.get(Object(stepped.persisted), "value") }, false);
    collect(Reflect.get(Object(stepped.persisted), "context"), false);
    const answer = answerFor(stepped.snapshot, flow, locale);
    if (answer === null) return;
    const event =
      answer === "back" || answer === "skip" ? { type: answer } : ({ type: "answer", answer } as const);
    if (typeof answer === "object") {
      const label =
        answer.kind === "choice"
          ? answer.choice
              .map((id) =>
                shown.input.kind === "choice" ? shown.input.options.find((o) => o.id === id)?.label : id,
              )
              .join(", ")
          : undefined;
      collect(answerDocument({ kind: "answer", answer }, label), true);
    } else collect(answerDocument({ kind: "command", command: answer }, undefined), true);
    const next = advanceFlow(flow, stepped.snapshot, event);
    if (!next) return;
    stepped = next;
  }
}

const flows = productFlows();
for (const id of flows.ids()) {
  const flow = flows.latest(id);
  if (!flow) continue;
  current = buckets.get(id) ?? bucket(0);
  buckets.set(id, current);
  for (const locale of locales)
    for (const region of regions)
      for (let seed = 0; seed < WALKS_PER_SETTING; seed++) {
        current.walks++;
        walk(flow, locale, region, seed);
      }
}
// What the engine says itself: the pause, the safety questions and the help texts.
current = buckets.get("engine") as Bucket;
current.walks = 1;
for (const locale of locales) {
  collect(engineCopy[locale].paused, false);
  for (const region of regions)
    for (const category of [...screenCategories, null]) {
      const holds: SafetyHold[] = [
        { type: "check", level: "check", category },
        { type: "check", level: "acute_check", category },
        { type: "crisis", level: "crisis", category },
        { type: "crisis", level: "acute", category },
      ];
      for (const hold of holds) {
        const held = heldState(hold, region, locale, "gg1", 1);
        if (held) {
          const { input, ...reply } = replyDocument(held);
          collect(reply, false);
          collect(input, true);
        }
      }
    }
  // Stored with nearly every free-text answer: it must win its place whatever else competes.
  for (let i = 0; i < 1000; i++) collect({ level: "none", category: null, cues: [] }, true);
}

// What is new, by the bytes it would save per walk, within each bucket's budget; then the most
// frequent first, so the commonest get the shortest references.
function fresh(known: readonly string[], of: (b: Bucket) => Map<string, number>, share: number): string[] {
  const have = new Set(known);
  const chosen = new Map<string, number>();
  for (const b of buckets.values()) {
    // What this bucket already has in the table counts against its budget, so a run on unchanged
    // flows adds nothing.
    let left = b.budget * share;
    for (const text of of(b).keys()) if (have.has(text)) left -= Buffer.byteLength(text);
    const bySaving = [...of(b).entries()]
      .filter(([text, n]) => !have.has(text) && (n > 1 || b.walks === 1))
      .sort((x, y) => y[1] * (y[0].length - 3) - x[1] * (x[0].length - 3) || (x[0] < y[0] ? -1 : 1));
    for (const [text, n] of bySaving) {
      const bytes = Buffer.byteLength(text);
      if (bytes > left) continue;
      left -= bytes;
      // The engine's own strings go with every turn that screens or holds: count them as frequent.
      const frequency = b.walks === 1 ? 1 : n / b.walks;
      chosen.set(text, Math.max(chosen.get(text) ?? 0, frequency));
    }
  }
  return [...chosen.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([text]) => text);
}
// Of each budget, most for strings; whole values are few.
const phrases = [...PHRASES, ...fresh(PHRASES, (b) => b.phrases, 0.85)];
// A value only pays when it comes back: one seen once is left to its strings.
const values = [...VALUES, ...fresh(VALUES, (b) => b.values, 0.15)];

const digest = (p: readonly string[], v: readonly string[]) =>
  createHash("sha256")
    .update(JSON.stringify([p, v]))
    .digest("hex");
const frozen =
  phrases.length === PHRASES.length && values.length === VALUES.length
    ? FROZEN
    : [...FROZEN, { phrases: phrases.length, values: values.length, sha256: digest(phrases, values) }];

const out = `// Generated by \`npm run phrases\` (flows/phrases-build.ts); append only, never edit by hand.
// The strings and whole values a stored turn refers to by index (phrase-code.ts). No answer is in here.

/** Each table this code ever had, by its length and digest: the prefix that stored rows may use. */
export const FROZEN: readonly { phrases: number; values: number; sha256: string }[] = ${JSON.stringify(frozen, null, 2)};

export const PHRASES: readonly string[] = ${JSON.stringify(phrases, null, 2)};

export const VALUES: readonly string[] = ${JSON.stringify(values, null, 2)};
`;
const target = fileURLToPath(new URL("../src/engine/phrases.ts", import.meta.url));
writeFileSync(target, out);
execFileSync("npx", ["biome", "format", "--write", target], { stdio: "ignore" });
process.stdout.write(
  `phrases: ${PHRASES.length} → ${phrases.length}, values: ${VALUES.length} → ${values.length}, ${Buffer.byteLength(out)} bytes\n`,
);
