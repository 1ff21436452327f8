// One practice's details changed from a staff form: read and checked as the CLI checks an update, stored,
// and audited with who did it. The settings page (one's own practice) and the administrator's page share it.
import type { Context } from "hono";
import { readForm } from "../../channels/web/form-body.ts";
import type { Practice } from "../practice.ts";
import {
  type PracticeField,
  type PracticeInput,
  practiceInputOf,
  readPracticeUpdate,
} from "../practice-input.ts";
import type { StaffRouteDeps } from "./common.ts";

export type PracticeChange =
  | { ok: true; practice: Practice }
  | { ok: false; input: PracticeInput; field: PracticeField | undefined };

export async function changePractice(
  c: Context,
  practice: Practice,
  staffId: string,
  deps: Pick<StaffRouteDeps, "practices" | "shares" | "now">,
): Promise<PracticeChange> {
  // A slug sent along is refused: the invitation link never changes.
  const input = practiceInputOf((await readForm(c)) ?? {});
  const update = readPracticeUpdate(input);
  if (!update.ok) return { ok: false, input, field: update.field };
  const at = (deps.now ?? Date.now)();
  const changed = (await deps.practices.update(practice.slug, update.value, at)) ?? practice;
  await deps.shares.audit({
    at,
    action: "practice-update",
    actor: "staff",
    practiceId: practice.id,
    staffId,
  });
  return { ok: true, practice: changed };
}
