/** @jsxImportSource hono/jsx */
// Who may do what on the practice's pages, answered once: a page visit without a session goes to sign
// in (right for a person), a post without one is refused with 401, and a non-administrator on the
// administrator's pages gets 403. Refusals change nothing; a form gets a page, anything else JSON.
import type { Context } from "hono";
import { pageCopy } from "../../channels/web/copy.ts";
import { type ErrorCode, errorResponse } from "../../http/errors.ts";
import { lang, type SignedIn, type StaffRouteDeps, signedIn } from "./common.ts";
import { staffCopy } from "./copy.ts";
import { StaffMessagePage } from "./pages.tsx";

export type Guarded = { member: SignedIn } | { refusal: Response };

const FORM = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/** A browser's form post or page visit reads a page; an API client reads { error }. */
const readsPage = (c: Context) => c.req.method === "GET" || FORM.test(c.req.header("content-type") ?? "");

async function refuse(
  c: Context,
  status: 401 | 403,
  code: ErrorCode,
  message: string,
  page: { title: string; text: string; link: { href: string; label: string } },
): Promise<Response> {
  if (!readsPage(c)) return errorResponse(c, code, message);
  const body = await Promise.resolve(<StaffMessagePage copy={pageCopy[lang(c)]} {...page} />);
  return c.html(`<!DOCTYPE html>${body}`, status);
}

/** 401: this needs a signed-in member and there is none (no cookie, an ended or unknown session). */
export function notSignedIn(c: Context): Promise<Response> {
  const words = staffCopy[lang(c)];
  return refuse(c, 401, "unauthorized", "sign in with your passkey first; nothing was changed", {
    title: words.notSignedInTitle,
    text: words.notSignedInText,
    link: { href: "/praktijk/inloggen", label: words.signInAgain },
  });
}

/** 403: the member is signed in but is no administrator. */
export function notAdmin(c: Context): Promise<Response> {
  const words = staffCopy[lang(c)];
  return refuse(
    c,
    403,
    "forbidden",
    "only an administrator can add or change practices; nothing was changed",
    {
      title: words.notAdminTitle,
      text: words.notAdminText,
      link: { href: "/praktijk", label: words.back },
    },
  );
}

/** The signed-in member; without one a page visit is sent to sign in and a post is refused (401). */
export async function member(c: Context, { staff, now = Date.now }: StaffRouteDeps): Promise<Guarded> {
  const found = await signedIn(c, staff, now);
  if (found) return { member: found };
  if (c.req.method === "GET" || c.req.method === "HEAD")
    return { refusal: c.redirect("/praktijk/inloggen", 303) };
  return { refusal: await notSignedIn(c) };
}

/** A signed-in administrator; anyone else is refused as `member` does, or with 403. */
export async function administrator(c: Context, deps: StaffRouteDeps): Promise<Guarded> {
  const guarded = await member(c, deps);
  if ("refusal" in guarded || guarded.member.admin) return guarded;
  return { refusal: await notAdmin(c) };
}
