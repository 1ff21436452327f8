// Conversations stored by the earlier shape of this flow, which asked the spinnenweb as seven steps
// (an opening question, one grade per dimension, then the marks), continue at the one step that
// replaced them. Grades and marks already given stay and show filled in. Pure.
import type { StoredFlowSnapshot } from "../../src/engine/flow.ts";

/** The states of the seven-step spinnenweb, all replaced by `web_schalen`. */
const oldWebStates = new Set([
  "web_start",
  "web_lichaam",
  "web_mentaal",
  "web_zingeving",
  "web_kwaliteit",
  "web_meedoen",
  "web_dagelijks",
  "web_praten",
]);
export const WEB_STEP = "web_schalen";

const isOld = (id: unknown) => typeof id === "string" && oldWebStates.has(id);

/**
 * `back` returns along the history: the old steps become the one new step, once; while waiting at
 * that step, the old steps answered so far are part of it, so back leads to the question before.
 */
function upgradeHistory(history: unknown, atWeb: boolean): unknown {
  if (!Array.isArray(history) || !history.some(isOld)) return history;
  const out: unknown[] = [];
  for (const id of history) {
    const next = isOld(id) ? WEB_STEP : id;
    if (!(next === WEB_STEP && out.at(-1) === WEB_STEP)) out.push(next);
  }
  while (atWeb && out.at(-1) === WEB_STEP) out.pop();
  return out;
}

/** The snapshot in today's shape, or undefined when it already is in it. */
export function upgradeReflectie(stored: StoredFlowSnapshot): StoredFlowSnapshot | undefined {
  const context = stored.context;
  const history =
    typeof context === "object" && context !== null && "history" in context ? context.history : undefined;
  const newHistory = upgradeHistory(history, isOld(stored.value));
  if (!isOld(stored.value) && newHistory === history) return undefined;
  return {
    value: isOld(stored.value) ? WEB_STEP : stored.value,
    context: typeof context === "object" && context !== null ? { ...context, history: newHistory } : context,
  };
}
