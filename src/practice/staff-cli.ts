// `gesprekscoach staff invite|list|remove`: the arguments read into a command (pure), and the command
// run against the stores. An invitation prints a one-time enrolment link, valid 24 hours; only its
// hash is stored. `--admin` makes the person an administrator, who also manages the practices'
// details at /praktijk/beheer; each invitation sets it again, so one without it takes it away.

import { parseArgs } from "node:util";
import { hashToken, newToken } from "../engine/token.ts";
import { slugSchema } from "./practice.ts";
import type { Parsed, RunResult } from "./practice-cli.ts";
import type { PracticeStore, ShareStore, StaffStore } from "./store.ts";

export const INVITATION_MS = 24 * 60 * 60 * 1000;

export const staffUsage = `usage: gesprekscoach staff <invite|list|remove>

  staff invite --practice <slug> --name <name> [--admin] [--base https://coach.example]
  staff list --practice <slug>
  staff remove --practice <slug> --name <name>`;

export type StaffCommand =
  | { kind: "invite"; practice: string; name: string; admin: boolean; base: string | undefined }
  | { kind: "list"; practice: string }
  | { kind: "remove"; practice: string; name: string };

const options = {
  practice: { type: "string" },
  name: { type: "string" },
  base: { type: "string" },
  admin: { type: "boolean" },
} as const;

export function parseStaffArgs(args: string[]): Parsed<StaffCommand> {
  const [sub, ...rest] = args;
  let values: {
    practice?: string | undefined;
    name?: string | undefined;
    base?: string | undefined;
    admin?: boolean | undefined;
  };
  try {
    const parsed = parseArgs({ args: rest, options, allowPositionals: false, strict: true });
    values = parsed.values;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const practice = values.practice;
  if (practice === undefined || !slugSchema.safeParse(practice).success)
    return { ok: false, error: "--practice takes the practice's slug (see practice list)" };
  const name = values.name?.trim();
  if (sub === "list") {
    if (name !== undefined || values.base !== undefined || values.admin !== undefined)
      return { ok: false, error: "staff list takes only --practice" };
    return { ok: true, value: { kind: "list", practice } };
  }
  if (sub !== "invite" && sub !== "remove")
    return { ok: false, error: sub === undefined ? "which staff command?" : `unknown "${sub}"` };
  if (!name || name.length < 2 || name.length > 80)
    return { ok: false, error: "--name takes the person's name (2 to 80 characters)" };
  if (sub === "remove") {
    if (values.base !== undefined || values.admin !== undefined)
      return { ok: false, error: "staff remove takes --practice and --name" };
    return { ok: true, value: { kind: "remove", practice, name } };
  }
  const base = values.base?.replace(/\/+$/, "");
  if (base !== undefined && !/^https?:\/\/[^\s/]+$/.test(base))
    return { ok: false, error: "--base is the site's address, like https://coach.example" };
  return { ok: true, value: { kind: "invite", practice, name, admin: values.admin === true, base } };
}

export interface StaffStores {
  practices: PracticeStore;
  staff: StaffStore;
  shares: ShareStore;
}

export async function runStaffCommand(
  command: StaffCommand,
  stores: StaffStores,
  at: number,
  defaultBase: string,
): Promise<RunResult> {
  const practice = await stores.practices.bySlug(command.practice);
  if (!practice) return { ok: false, error: `no practice has the slug "${command.practice}"` };
  switch (command.kind) {
    case "list": {
      const members = await stores.staff.list(practice.id);
      if (members.length === 0) return { ok: true, lines: ["no staff yet"] };
      const lines: string[] = [];
      for (const member of members) {
        const passkeys = (await stores.staff.passkeysOf(member.id)).length;
        const passkey = passkeys === 0 ? "no passkey yet" : `${passkeys} passkey`;
        lines.push(`${member.name}\t${passkey}${member.admin ? "\tadmin" : ""}`);
      }
      return { ok: true, lines };
    }
    case "invite": {
      const token = newToken();
      const member = await stores.staff.invite(
        practice.id,
        command.name,
        hashToken(token),
        at,
        at + INVITATION_MS,
        command.admin,
      );
      await stores.shares.audit({
        at,
        action: "staff-invite",
        actor: "admin",
        practiceId: practice.id,
        staffId: member.id,
      });
      return {
        ok: true,
        lines: [
          `${command.base ?? defaultBase}/praktijk/aanmelden/${token}`,
          `one-time enrolment link for ${member.name} (${practice.name})${member.admin ? ", an administrator" : ""}, valid 24 hours; a new link replaces an earlier one and a lost passkey`,
        ],
      };
    }
    case "remove": {
      const member = (await stores.staff.list(practice.id)).find((m) => m.name === command.name);
      if (!member || !(await stores.staff.remove(member.id)))
        return { ok: false, error: `${practice.name} has nobody called "${command.name}"` };
      await stores.shares.audit({
        at,
        action: "staff-remove",
        actor: "admin",
        practiceId: practice.id,
        staffId: member.id,
      });
      return { ok: true, lines: [`removed ${command.name}: their passkeys and sessions no longer work`] };
    }
  }
}
