// The staff sign-in cookie: __Host- (Secure, the whole site, no Domain), HttpOnly, SameSite=Strict,
// for one working day. It holds a random token; the database keeps only its hash.
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

export const STAFF_COOKIE = "__Host-gc_staff";
/** A working day: a session started at eight ends by five. */
export const STAFF_SESSION_MS = 9 * 60 * 60 * 1000;

export function readStaffToken(c: Context): string | undefined {
  const value = getCookie(c, STAFF_COOKIE);
  return value && /^[A-Za-z0-9_-]{32,128}$/.test(value) ? value : undefined;
}

export function writeStaffToken(c: Context, token: string): void {
  setCookie(c, STAFF_COOKIE, token, {
    httpOnly: true,
    secure: true,
    sameSite: "Strict",
    path: "/",
    maxAge: STAFF_SESSION_MS / 1000,
  });
}

export function clearStaffToken(c: Context): void {
  deleteCookie(c, STAFF_COOKIE, { path: "/", secure: true });
}
