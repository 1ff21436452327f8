/** @jsxImportSource hono/jsx */
// The practice's invitation link: GET /p/<slug> opens the landing page in the practice's name, POST
// /p/<slug>/start begins a reflection in its region that belongs to it, /p/<slug>/qr.svg draws the link.

import { type Context, Hono } from "hono";
import type { Guards } from "../../channels/web/api.ts";
import { pageCopy } from "../../channels/web/copy.ts";
import { csrfForms } from "../../channels/web/csrf.ts";
import { formBodyLimit, readForm } from "../../channels/web/form-body.ts";
import { malformedPost, refusedPost } from "../../channels/web/refused-page.tsx";
import { readSession, writeSession } from "../../channels/web/session.ts";
import type { Engine } from "../../engine/conversations.ts";
import { flowIds } from "../../flow-ids.ts";
import { isHttps } from "../../http/client.ts";
import { type Locale, localeOr } from "../../locales.ts";
import { invitationPath, type Practice } from "../practice.ts";
import { qrSvg } from "../qr.ts";
import type { PracticeStore } from "../store.ts";
import { practiceCopy } from "./copy.ts";
import { PracticeLandingPage, UnknownPracticePage } from "./landing-page.tsx";

export interface PracticeRouteDeps {
  engine: Engine;
  guards: Guards;
  practices: PracticeStore;
  idleDays: number;
  now?: () => number;
}

async function html(c: Context, node: unknown, status: 200 | 400 | 404 = 200): Promise<Response> {
  return c.html(`<!DOCTYPE html>${await Promise.resolve(node)}`, status);
}

/** The invitation link as a patient types it, on this site's own address. */
export function invitationUrl(c: Context, slug: string): string {
  const url = new URL(c.req.url);
  const scheme = isHttps(c) ? "https" : url.protocol.replace(":", "");
  return `${scheme}://${url.host}${invitationPath(slug)}`;
}

export function practiceRoutes({
  engine,
  guards,
  practices,
  idleDays,
  now = Date.now,
}: PracticeRouteDeps): Hono {
  const web = new Hono();
  // Only its own paths: mounted beside the web pages, whose own guards read the body of theirs.
  web.use("/p/*", formBodyLimit());
  web.use("/p/*", csrfForms(refusedPost, malformedPost));

  const unknown = (c: Context, locale: Locale) =>
    html(c, <UnknownPracticePage copy={pageCopy[locale]} words={practiceCopy[locale]} />, 404);

  async function landing(c: Context, practice: Practice, locale: Locale, error?: string) {
    const session = readSession(c);
    const view = session ? await engine.current(session.id, session.credential) : undefined;
    return html(
      c,
      <PracticeLandingPage
        copy={pageCopy[locale]}
        words={practiceCopy[locale]}
        practice={practice}
        hasConversation={view?.ok === true && !view.value.state.done}
        error={error}
      />,
      error ? 400 : 200,
    );
  }

  web.get("/p/:slug", async (c) => {
    const locale = localeOr(c.req.query("lang"));
    const practice = await practices.bySlug(c.req.param("slug"));
    if (!practice) return unknown(c, locale);
    return landing(c, practice, locale);
  });

  web.post("/p/:slug/start", guards.create, async (c) => {
    const body = (await readForm(c)) ?? {};
    const locale = localeOr(body.lang);
    const practice = await practices.bySlug(c.req.param("slug"));
    if (!practice) return unknown(c, locale);
    // The practice's region, so the help texts name its services; the reader's language.
    const created = await engine.create({ flow: flowIds.reflection, locale, region: practice.region }, "web");
    if (!created.ok) return landing(c, practice, locale, practiceCopy[locale].startError);
    await practices.linkConversation(created.value.id, practice.id, now());
    writeSession(
      c,
      { id: created.value.id, credential: created.value.token, resumeCode: created.value.resumeCode },
      idleDays,
    );
    return c.redirect("/chat", 303);
  });

  web.get("/p/:slug/qr.svg", async (c) => {
    const practice = await practices.bySlug(c.req.param("slug"));
    if (!practice) return c.text("no practice has this invitation link", 404);
    c.header("Content-Type", "image/svg+xml; charset=utf-8");
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(qrSvg(invitationUrl(c, practice.slug), practiceCopy.nl.landingTitle(practice.name)));
  });

  return web;
}
