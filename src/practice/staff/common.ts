// What the practice's route files share: their dependencies, the HTML answer, the relying party
// (this site as the browser saw it), the reader's language and the signed-in member.

import type { Context } from "hono";
import type { Engine } from "../../engine/conversations.ts";
import { hashToken } from "../../engine/token.ts";
import { isHttps } from "../../http/client.ts";
import type { Limit } from "../../http/rate-limit.ts";
import { type Locale, localeOr } from "../../locales.ts";
import type { PracticeStore, ShareStore, StaffStore } from "../store.ts";
import { readStaffToken } from "./session.ts";

export interface StaffRouteDeps {
  engine: Engine;
  practices: PracticeStore;
  shares: ShareStore;
  staff: StaffStore;
  /** Sign-in attempts and share codes per client: credentials, so guessing must stay slow. */
  limit: Limit;
  now?: () => number;
}

export async function html(
  c: Context,
  node: unknown,
  status: 200 | 400 | 404 | 409 = 200,
): Promise<Response> {
  return c.html(`<!DOCTYPE html>${await Promise.resolve(node)}`, status);
}

/** The relying party is this site: its host name and origin as the browser saw them. */
export function relyingParty(c: Context): { rpID: string; origin: string } {
  const url = new URL(c.req.url);
  return {
    rpID: url.hostname,
    origin: `${isHttps(c) ? "https" : url.protocol.replace(":", "")}://${url.host}`,
  };
}

export const lang = (c: Context): Locale => localeOr(c.req.query("lang"));

export type SignedIn = NonNullable<Awaited<ReturnType<StaffStore["session"]>>>;

/** The signed-in member, or undefined: no cookie, an unknown or expired session. */
export function signedIn(c: Context, staff: StaffStore, now: () => number): Promise<SignedIn | undefined> {
  const token = readStaffToken(c);
  return token ? staff.session(hashToken(token), now()) : Promise.resolve(undefined);
}
