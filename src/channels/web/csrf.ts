// Cross-site request forgery guard for the web pages' form posts. Browsers that send Origin or
// Sec-Fetch-Site are judged by them; text browsers (lynx, w3m) send neither, so every same-origin
// form carries a token that must match an HttpOnly SameSite cookie, which a cross-site post lacks.
import type { Context, MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { isHttps } from "../../http/client.ts";
import { readForm } from "./form-body.ts";

const COOKIE = "gc_form";
export const CSRF_FIELD = "csrf";
const TOKEN = /^[A-Za-z0-9_-]{32,64}$/;
const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i;

function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** The token for this browser's forms, set as a cookie when it has none yet. */
export function csrfToken(c: Context): string {
  const known = getCookie(c, COOKIE);
  if (known && TOKEN.test(known)) return known;
  const token = newToken();
  // Kept for a while rather than for the browser session, so a page left open over a restart still posts.
  setCookie(c, COOKIE, token, {
    httpOnly: true,
    secure: isHttps(c),
    sameSite: "Lax",
    path: "/",
    maxAge: 30 * 24 * 60 * 60,
  });
  return token;
}

/** Adds the token to every post form of a page, in one place, so no form can forget it. */
export function withCsrfField(html: string, token: string): string {
  return html.replace(
    /<form\b[^>]*\bmethod="post"[^>]*>/gi,
    (open) => `${open}<input type="hidden" name="${CSRF_FIELD}" value="${token}"/>`,
  );
}

function sameValue(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** Our origin as the browser sees it: behind a trusted TLS proxy the request reaches us as http. */
function ownOrigin(c: Context): string {
  const url = new URL(c.req.url);
  if (isHttps(c)) url.protocol = "https:";
  return url.origin;
}

export type CsrfVerdict = "allowed" | "refused";

/** Whether a post may go on: the browser's own headers first, the form token when there are none. */
export async function judgePost(c: Context): Promise<CsrfVerdict> {
  if (/^(GET|HEAD|OPTIONS)$/.test(c.req.method)) return "allowed";
  if (!FORM_TYPES.test(c.req.header("content-type") ?? "text/plain")) return "allowed";
  const site = c.req.header("sec-fetch-site");
  const origin = c.req.header("origin");
  if (site !== undefined && site !== "same-origin" && site !== "none") return "refused";
  if (origin !== undefined && origin !== "null") return origin === ownOrigin(c) ? "allowed" : "refused";
  if (site !== undefined) return "allowed";
  // Neither header: only a page of ours can have put the cookie's token into the form.
  const cookie = getCookie(c, COOKIE);
  const body = await readForm(c);
  // A body that is no form changes nothing: the route answers it with 400.
  if (body === undefined) return "allowed";
  const sent = body[CSRF_FIELD];
  return cookie && typeof sent === "string" && TOKEN.test(cookie) && sameValue(sent, cookie)
    ? "allowed"
    : "refused";
}

/** The middleware: a refused post gets `refuse`'s page (in the person's language), not a raw 403. */
export function csrfGuard(refuse: (c: Context) => Response | Promise<Response>): MiddlewareHandler {
  return async (c, next) => {
    if ((await judgePost(c)) === "refused") return refuse(c);
    await next();
  };
}

/**
 * For routes that render their own pages (the practice side): refused posts get `refuse`'s page, broken
 * form bodies `malformed`'s, and every post form of an HTML answer gets the token, so text browsers can
 * use those forms too.
 */
export function csrfForms(
  refuse: (c: Context) => Response | Promise<Response>,
  malformed: (c: Context) => Response | Promise<Response>,
): MiddlewareHandler {
  return async (c, next) => {
    if ((await judgePost(c)) === "refused") {
      c.res = await refuse(c);
      return;
    }
    // Read once here, so no handler meets a broken body inside the parser (a 500).
    if (
      c.req.method === "POST" &&
      FORM_TYPES.test(c.req.header("content-type") ?? "") &&
      !(await readForm(c))
    ) {
      c.res = await malformed(c);
      return;
    }
    await next();
    if (!(c.res.headers.get("content-type") ?? "").startsWith("text/html")) return;
    const html = await c.res.text();
    // No form, no token: a page without one sets no cookie.
    const token = /<form\b[^>]*\bmethod="post"/i.test(html) ? csrfToken(c) : undefined;
    const headers = new Headers(c.res.headers);
    headers.delete("content-length");
    c.res = new Response(token ? withCsrfField(html, token) : html, { status: c.res.status, headers });
  };
}
