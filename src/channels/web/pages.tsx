/** @jsxImportSource hono/jsx */
// The server-rendered web chat: landing, chat, summary, privacy, and the form posts behind them.
// Works without JavaScript; every post is protected by SameSite cookies and an Origin check.
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { z } from "zod";
import { commandSchema, type WireAnswer } from "../../engine/answer.ts";
import type { Engine } from "../../engine/conversations.ts";
import type { EngineError } from "../../engine/errors.ts";
import { formatResumeCode } from "../../engine/resume-code.ts";
import { flowIdSchema, flowIds } from "../../flow-ids.ts";
import { noStore } from "../../http/middleware.ts";
import { defaultLocale, defaultRegion, localeOr, localeSchema } from "../../locales.ts";
import { flowSummarySchema } from "../../summary/flow-summary.ts";
import { type Guards, MAX_BODY_BYTES } from "./api.ts";
import { ChatPage } from "./chat-page.tsx";
import { type PageCopy, pageCopy } from "./copy.ts";
import { FeedbackPage, QuizPage } from "./feedback-page.tsx";
import { LandingPage, PrivacyPage } from "./landing-page.tsx";
import { clearSession, readSession, type WebSession, writeSession } from "./session.ts";
import { appCss } from "./static/app-css.ts";
import { chatJs } from "./static/chat-js.ts";
import { HelpPage, MessagePage, SummaryPage } from "./summary-page.tsx";

export interface PagesOptions {
  engine: Engine;
  guards: Guards;
  retentionDays: number;
  idleDays: number;
}

const copyFor = (c: Context): PageCopy => pageCopy[localeOr(c.req.query("lang"))];

const startSchema = z.object({
  flow: flowIdSchema,
  lang: localeSchema.default(defaultLocale),
});

const formSchema = z.object({
  turnId: z.string().min(6).max(128),
  version: z.coerce.number().int().min(0),
  command: commandSchema.optional(),
  choice: z.union([z.string(), z.array(z.string())]).optional(),
  value: z.string().optional(),
  text: z.string().optional(),
  kind: z.string().optional(),
});

/** The answer a form post carries: the pressed command wins, then a choice, a number, a text. */
function answerFromForm(form: z.infer<typeof formSchema>): WireAnswer | string {
  if (form.command) return { command: form.command };
  if (form.choice !== undefined) return { choice: form.choice };
  if (form.kind === "choice") return "choose at least one answer";
  if (form.value !== undefined) return { value: Number(form.value) };
  if (form.kind === "value") return "choose a number";
  if (form.text !== undefined) return { text: form.text };
  return "the form carries no answer";
}

/** Every page is sent as a complete HTML5 document. */
async function page(c: Context, node: unknown, status: 200 | 400 | 404 | 409 = 200): Promise<Response> {
  return c.html(`<!DOCTYPE html>${await Promise.resolve(node)}`, status);
}

const statusOf: Record<EngineError["code"], 400 | 401 | 404 | 409> = {
  invalid_request: 400,
  unauthorized: 401,
  not_found: 404,
  version_conflict: 409,
  turn_id_reused: 409,
  finished: 409,
};

export function webPages({ engine, guards, retentionDays, idleDays }: PagesOptions): Hono {
  const web = new Hono();
  web.use(csrf());
  web.use(bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.text("Too large", 413) }));
  for (const path of ["/chat", "/chat/*", "/samenvatting", "/samenvatting/*", "/gegevens/*"])
    web.use(path, noStore());

  web.get("/static/app.css", (c) => {
    c.header("Content-Type", "text/css; charset=utf-8");
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(appCss);
  });
  web.get("/static/chat.js", (c) => {
    c.header("Content-Type", "text/javascript; charset=utf-8");
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(chatJs);
  });

  async function openConversation(session: WebSession | undefined) {
    if (!session) return undefined;
    const view = await engine.get(session.id, session.credential);
    return view.ok ? view.value : undefined;
  }

  web.get("/", async (c) => {
    const view = await openConversation(readSession(c));
    return page(
      c,
      <LandingPage copy={copyFor(c)} hasConversation={view !== undefined && !view.state.done} />,
    );
  });

  web.get("/privacy", (c) =>
    page(c, <PrivacyPage copy={copyFor(c)} retentionDays={retentionDays} idleDays={idleDays} />),
  );

  web.post("/chat/start", guards.create, async (c) => {
    const form = startSchema.safeParse(await c.req.parseBody());
    if (!form.success) {
      const copy = copyFor(c);
      return page(
        c,
        <LandingPage copy={copy} hasConversation={false} error={copy.landing.startError} />,
        400,
      );
    }
    const created = await engine.create(
      { flow: form.data.flow, locale: form.data.lang, region: defaultRegion },
      "web",
    );
    if (!created.ok) {
      const copy = pageCopy[form.data.lang];
      return page(
        c,
        <LandingPage copy={copy} hasConversation={false} error={copy.landing.startError} />,
        400,
      );
    }
    writeSession(
      c,
      { id: created.value.id, credential: created.value.token, resumeCode: created.value.resumeCode },
      idleDays,
    );
    return c.redirect("/chat", 303);
  });

  web.post("/chat/resume", guards.resume, async (c) => {
    const body = await c.req.parseBody();
    const copy = pageCopy[localeOr(body.lang)];
    const code = typeof body.code === "string" ? body.code : "";
    const resumed = await engine.resume(code);
    if (!resumed.ok)
      return page(
        c,
        <LandingPage copy={copy} hasConversation={false} error={copy.landing.resumeUnknown} />,
        resumed.error.code === "not_found" ? 404 : 400,
      );
    writeSession(
      c,
      {
        id: resumed.value.id,
        credential: resumed.value.credential,
        resumeCode: formatResumeCode(resumed.value.credential),
      },
      idleDays,
    );
    return c.redirect("/chat", 303);
  });

  async function chatPage(c: Context, session: WebSession, error?: string, status: 200 | 400 | 409 = 200) {
    const view = await engine.get(session.id, session.credential);
    if (!view.ok) {
      clearSession(c);
      const copy = copyFor(c);
      return page(
        c,
        <MessagePage copy={copy} title={copy.chat.title} text={copy.chat.noConversation} />,
        404,
      );
    }
    const copy = pageCopy[localeOr(view.value.locale)];
    return page(
      c,
      <ChatPage
        copy={copy}
        state={view.value.state}
        transcript={view.value.transcript}
        resumeCode={session.resumeCode}
        error={error}
        turnId={crypto.randomUUID()}
      />,
      status,
    );
  }

  web.get("/chat", async (c) => {
    const session = readSession(c);
    if (!session) return c.redirect("/", 303);
    return chatPage(c, session);
  });

  web.post("/chat/turn", guards.turn, async (c) => {
    const session = readSession(c);
    if (!session) return c.redirect("/", 303);
    const parsed = formSchema.safeParse(await c.req.parseBody({ all: true }));
    if (!parsed.success) return chatPage(c, session, parsed.error.issues[0]?.message, 400);
    const answer = answerFromForm(parsed.data);
    if (typeof answer === "string") return chatPage(c, session, answer, 400);
    const result = await engine.turn(session.id, session.credential, {
      turnId: parsed.data.turnId,
      version: parsed.data.version,
      answer,
    });
    if (result.ok) return c.redirect("/chat", 303);
    const view = await engine.get(session.id, session.credential);
    const copy = pageCopy[localeOr(view.ok ? view.value.locale : undefined)];
    const message = result.error.code === "version_conflict" ? copy.chat.conflict : result.error.message;
    return chatPage(c, session, message, statusOf[result.error.code] === 409 ? 409 : 400);
  });

  web.get("/samenvatting", async (c) => {
    const session = readSession(c);
    const view = await openConversation(session);
    if (!session || !view) return c.redirect("/", 303);
    const copy = pageCopy[localeOr(view.locale)];
    if (view.state.phase === "crisis") return page(c, <HelpPage copy={copy} state={view.state} />);
    const result = await engine.summary(session.id, session.credential);
    if (!result.ok) return c.redirect("/chat", 303);
    // Each flow's summary is keyed by its flow id; a flow without a page of its own has its chat.
    const parsed = flowSummarySchema.safeParse(result.value.summary);
    if (!parsed.success) return c.redirect("/chat", 303);
    const summary = parsed.data;
    switch (summary.flow) {
      case flowIds.reflection:
        return page(c, <SummaryPage copy={copy} summary={summary} done={result.value.done} />);
      case flowIds.practice:
        return page(c, <FeedbackPage copy={copy} summary={summary} />);
      case flowIds.quiz:
        return page(c, <QuizPage copy={copy} summary={summary} />);
    }
  });

  web.get("/samenvatting/download", async (c) => {
    const session = readSession(c);
    if (!session) return c.redirect("/", 303);
    const exported = await engine.exportData(session.id, session.credential);
    if (!exported.ok) return c.redirect("/", 303);
    c.header("Content-Disposition", 'attachment; filename="gesprekscoach.json"');
    return c.json(exported.value);
  });

  web.post("/gegevens/wissen", async (c) => {
    const session = readSession(c);
    const body = await c.req.parseBody();
    const view = await openConversation(session);
    const copy = pageCopy[localeOr(view?.locale ?? c.req.query("lang"))];
    if (!session || !view) return c.redirect("/", 303);
    if (body.confirm !== "yes") return c.redirect("/samenvatting", 303);
    const erased = await engine.erase(session.id, session.credential);
    if (!erased.ok) return c.redirect("/", 303);
    clearSession(c);
    return page(c, <MessagePage copy={copy} title={copy.summary.erase} text={copy.summary.erased} />);
  });

  return web;
}
