// A practice's fields as a person gives them (command-line options, form fields) read into checked
// fields, in one place: `gesprekscoach practice`, the admin page and the practice's own settings page
// accept and refuse exactly the same input.
import type { z } from "zod";
import { newPracticeSchema, type PracticeUpdate, practiceUpdateSchema } from "./practice.ts";

/** What a person typed; undefined where they gave nothing. */
export interface PracticeInput {
  name?: string | undefined;
  region?: string | undefined;
  outOfHours?: string | undefined;
  welcome?: string | undefined;
  slug?: string | undefined;
}
export type PracticeField = keyof PracticeInput;

export type NewPracticeFields = z.output<typeof newPracticeSchema>;

/** The checked fields, or the first field that is wrong (undefined when it is the whole) and why. */
export type CheckedInput<T> =
  | { ok: true; value: T }
  | { ok: false; field: PracticeField | undefined; error: string };

const fields: readonly PracticeField[] = ["name", "region", "outOfHours", "welcome", "slug"];

function refusal(error: z.ZodError): { ok: false; field: PracticeField | undefined; error: string } {
  const issue = error.issues[0];
  if (!issue) return { ok: false, field: undefined, error: "invalid input" };
  const first = issue.path[0];
  const field = fields.find((f) => f === first);
  return { ok: false, field, error: field ? `${field}: ${issue.message}` : issue.message };
}

// "nl" and " BE " are what people type; the region list itself is upper case.
const regionOf = (region: string | undefined) => region?.trim().toUpperCase();

// An empty welcome line means none: on an update it removes the line.
const welcomeOf = (welcome: string | undefined) =>
  welcome === undefined ? undefined : welcome.trim() === "" ? null : welcome;

/** A new practice; without a slug one is made from its name. */
export function readNewPractice(input: PracticeInput): CheckedInput<NewPracticeFields> {
  const slug = input.slug?.trim();
  const checked = newPracticeSchema.safeParse({
    name: input.name,
    region: regionOf(input.region),
    outOfHours: input.outOfHours,
    welcome: welcomeOf(input.welcome) ?? null,
    slug: slug === "" ? undefined : slug,
  });
  return checked.success ? { ok: true, value: checked.data } : refusal(checked.error);
}

/** The fields to change on a practice; its slug (the invitation link) never changes. */
export function readPracticeUpdate(input: PracticeInput): CheckedInput<PracticeUpdate> {
  if (input.slug !== undefined) return { ok: false, field: "slug", error: "a practice's slug cannot change" };
  const checked = practiceUpdateSchema.safeParse({
    name: input.name,
    region: regionOf(input.region),
    outOfHours: input.outOfHours,
    welcome: welcomeOf(input.welcome),
  });
  return checked.success ? { ok: true, value: checked.data } : refusal(checked.error);
}

/** The practice fields of a form body: strings only, anything else counts as not given. */
export function practiceInputOf(body: Record<string, unknown>): PracticeInput {
  const text = (name: PracticeField) => {
    const value = body[name];
    return typeof value === "string" ? value : undefined;
  };
  return {
    name: text("name"),
    region: text("region"),
    outOfHours: text("outOfHours"),
    welcome: text("welcome"),
    slug: text("slug"),
  };
}
