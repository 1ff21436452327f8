// Takes a reflection from its start to its end over the JSON API of a running service (a Worker in
// workerd, a Node server), with one fixed answer per input kind. For the edge tests, which each need a
// finished reflection to look at afterwards.
import { expect } from "vitest";

export interface WalkedState {
  version: number;
  done: boolean;
  input:
    | { kind: "text" }
    | { kind: "scale" }
    | { kind: "scales"; items: { id: string }[] }
    | { kind: "choice"; options: { id: string }[] }
    | { kind: "none" };
}

export interface Walked {
  id: string;
  token: string;
  state: WalkedState;
  /** How many turns it took: one typed or chosen answer each. */
  turns: number;
}

export async function walkReflection(
  base: string,
  answers: { text: string; value: number; turnPrefix: string },
): Promise<Walked> {
  const created = await fetch(`${base}/api/conversations`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ flow: "reflectie" }),
  });
  expect(created.status).toBe(201);
  const {
    id,
    token,
    state: first,
  } = (await created.json()) as { id: string; token: string; state: WalkedState };
  let state = first;
  let turns = 0;
  for (; !state.done && turns < 80; turns++) {
    const answer =
      state.input.kind === "text"
        ? { text: answers.text }
        : state.input.kind === "scale"
          ? { value: answers.value }
          : state.input.kind === "scales"
            ? { scales: Object.fromEntries(state.input.items.map((item) => [item.id, answers.value])) }
            : { choice: state.input.kind === "choice" ? (state.input.options[0]?.id ?? "ja") : "ja" };
    const res = await fetch(`${base}/api/conversations/${id}/turns`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ turnId: `${answers.turnPrefix}-${turns}`, answer, version: state.version }),
    });
    expect(res.status).toBe(200);
    state = ((await res.json()) as { state: WalkedState }).state;
  }
  expect(state.done).toBe(true);
  return { id, token, state, turns };
}
