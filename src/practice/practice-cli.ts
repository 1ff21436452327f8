// `gesprekscoach practice add|list|update`: the arguments read into a command (pure), and the command
// run against a PracticeStore, giving the lines to print. The CLI entry point only opens the database.

import { parseArgs } from "node:util";
import { invitationPath, type Practice, type PracticeUpdate } from "./practice.ts";
import { type NewPracticeFields, readNewPractice, readPracticeUpdate } from "./practice-input.ts";
import { PracticeExistsError, type PracticeStore } from "./store.ts";

export const practiceUsage = `usage: gesprekscoach practice <add|list|update>

  practice add --name <name> --region NL|BE --out-of-hours <number> [--welcome <line>] [--slug <slug>]
  practice list
  practice update <slug> [--name <name>] [--region NL|BE] [--out-of-hours <number>] [--welcome <line>]`;

export type PracticeCommand =
  | { kind: "add"; fields: NewPracticeFields }
  | { kind: "list" }
  | { kind: "update"; slug: string; update: PracticeUpdate };

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const options = {
  name: { type: "string" },
  region: { type: "string" },
  "out-of-hours": { type: "string" },
  welcome: { type: "string" },
  slug: { type: "string" },
} as const;

// parseArgs throws on an unknown or valueless option; that is a usage error, not a crash.
function readOptions(args: string[]) {
  try {
    return { ok: true, value: parseArgs({ args, options, allowPositionals: true, strict: true }) } as const;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) } as const;
  }
}

export function parsePracticeArgs(args: string[]): Parsed<PracticeCommand> {
  const [sub, ...rest] = args;
  const parsed = readOptions(rest);
  if (!parsed.ok) return parsed;
  const { values, positionals } = parsed.value;
  const fields = {
    name: values.name,
    region: values.region,
    outOfHours: values["out-of-hours"],
    welcome: values.welcome,
    slug: values.slug,
  };
  switch (sub) {
    case "list":
      if (rest.length > 0) return { ok: false, error: "practice list takes no arguments" };
      return { ok: true, value: { kind: "list" } };
    case "add": {
      if (positionals.length > 0) return { ok: false, error: `unexpected "${positionals.join(" ")}"` };
      const checked = readNewPractice(fields);
      if (!checked.ok) return { ok: false, error: checked.error };
      return { ok: true, value: { kind: "add", fields: checked.value } };
    }
    case "update": {
      const [slug, ...extra] = positionals;
      if (slug === undefined || extra.length > 0)
        return { ok: false, error: "practice update takes one slug, then the fields to change" };
      // An empty --welcome "" removes the welcome line.
      const checked = readPracticeUpdate(fields);
      if (!checked.ok) return { ok: false, error: checked.error };
      return { ok: true, value: { kind: "update", slug, update: checked.value } };
    }
    default:
      return { ok: false, error: sub === undefined ? "which practice command?" : `unknown "${sub}"` };
  }
}

/** One line per practice: slug, region, name, number and the invitation link's path. */
export function describePractice(p: Practice): string {
  return [p.slug, p.region, p.name, p.outOfHours, invitationPath(p.slug)].join("\t");
}

export type RunResult = { ok: true; lines: string[] } | { ok: false; error: string };

export async function runPracticeCommand(
  command: PracticeCommand,
  store: PracticeStore,
  at: number,
): Promise<RunResult> {
  switch (command.kind) {
    case "list": {
      const all = await store.list();
      return { ok: true, lines: all.length === 0 ? ["no practices yet"] : all.map(describePractice) };
    }
    case "add":
      try {
        const added = await store.add(command.fields, at);
        return { ok: true, lines: [`added ${describePractice(added)}`] };
      } catch (error) {
        if (error instanceof PracticeExistsError) return { ok: false, error: error.message };
        throw error;
      }
    case "update": {
      const changed = await store.update(command.slug, command.update, at);
      if (!changed) return { ok: false, error: `no practice has the slug "${command.slug}"` };
      return { ok: true, lines: [`updated ${describePractice(changed)}`] };
    }
  }
}
