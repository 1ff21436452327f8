// The browser's key to its conversation: an HttpOnly cookie (never a URL), holding the conversation
// id, its credential and the resume code to show. Over https (as TRUST_PROXY judges it) the cookie is
// Secure and named __Host-, so neither plain http nor a sibling subdomain can plant or read one.
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { isHttps } from "../../http/client.ts";

const NAME = "gc_session";

export interface WebSession {
  id: string;
  credential: string;
  resumeCode: string;
}

/** hono's prefix option: __Host-gc_session over https, gc_session over plain http (local use). */
const prefixOf = (c: Context) => (isHttps(c) ? ({ prefix: "host" } as const) : {});

export function readSession(c: Context): WebSession | undefined {
  const value = isHttps(c) ? getCookie(c, NAME, "host") : getCookie(c, NAME);
  const match = value ? /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{12,128})\.([0-9A-Z-]{12,16})$/.exec(value) : null;
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  return { id: match[1], credential: match[2], resumeCode: match[3] };
}

export function writeSession(c: Context, session: WebSession, maxAgeDays: number): void {
  setCookie(c, NAME, `${session.id}.${session.credential}.${session.resumeCode}`, {
    httpOnly: true,
    secure: isHttps(c),
    sameSite: "Lax",
    path: "/",
    maxAge: maxAgeDays * 24 * 60 * 60,
    ...prefixOf(c),
  });
}

export function clearSession(c: Context): void {
  deleteCookie(c, NAME, { path: "/", secure: isHttps(c), ...prefixOf(c) });
}
