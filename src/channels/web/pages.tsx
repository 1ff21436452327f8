/** @jsxImportSource hono/jsx */
// The server-rendered web chat: landing, chat, summary, privacy, and the form posts behind them.
// Works without JavaScript, also in text browsers; every post is protected by SameSite cookies and
// an Origin check, or a form token where the browser sends no Origin (csrf.ts).
import { type Context, Hono } from "hono";
import { z } from "zod";
import { practiceSummarySchema } from "../../coaching/feedback-schema.ts";
import { checkLabelNote, NOTE_MAX, noteProblemText } from "../../coaching/label-note.ts";
import type { Engine } from "../../engine/conversations.ts";
import type { EngineError } from "../../engine/errors.ts";
import { formatResumeCode } from "../../engine/resume-code.ts";
import type { InputSpec } from "../../engine/types.ts";
import { flowIdSchema, flowIds } from "../../flow-ids.ts";
import { clientKey } from "../../http/client.ts";
import { noStore } from "../../http/middleware.ts";
import { defaultLocale, defaultRegion, localeOr, localeSchema, locales } from "../../locales.ts";
import type { Logger } from "../../log.ts";
import { flowSummarySchema } from "../../summary/flow-summary.ts";
import { summaryPdf } from "../../summary/pdf.ts";
import { summarySchema } from "../../summary/schema.ts";
import type { Guards } from "./api.ts";
import { ChatPage } from "./chat-page.tsx";
import { type PageCopy, pageCopy } from "./copy.ts";
import { csrfGuard, csrfToken, withCsrfField } from "./csrf.ts";
import { FeedbackPage, QuizPage } from "./feedback-page.tsx";
import { answerFromForm, formProblems, formSchema, looseAnswer } from "./form-answer.ts";
import { formBodyLimit, malformedFormText, readForm } from "./form-body.ts";
import { LandingPage } from "./landing-page.tsx";
import { pdfResponse } from "./pdf-response.ts";
import { markdownResponse, practiceExport, practicePdfResponse } from "./practice-export.ts";
import { PracticePage } from "./practice-page.tsx";
import type { PrivacySettings } from "./privacy-copy.ts";
import { PrivacyPage } from "./privacy-page.tsx";
import { refusedPost } from "./refused-page.tsx";
import { clearSession, readSession, type WebSession, writeSession } from "./session.ts";
import { OpenConversationPage, StoppedPage } from "./start-pages.tsx";
import { appCss } from "./static/app-css.ts";
import { chatJs } from "./static/chat-js.ts";
import { HelpPage, MessagePage, SummaryPage } from "./summary-page.tsx";

export interface PagesOptions {
  engine: Engine;
  /** For security events (a refused resume code) and the count of closing answers; never their content. */
  log: Logger;
  guards: Guards;
  retentionDays: number;
  idleDays: number;
  /** Who is responsible for the data and how to reach them, for the privacy page. */
  privacy?: PrivacySettings;
}

const copyFor = (c: Context): PageCopy => pageCopy[localeOr(c.req.query("lang"))];

const startSchema = z.object({
  flow: flowIdSchema,
  lang: localeSchema.default(defaultLocale),
  /** Set by the "start a new one" button when a conversation was still open. */
  again: z.literal("yes").optional(),
});

/** A first step that only asks the language (the landing page has already chosen it). */
function asksLanguage(input: InputSpec): boolean {
  if (input.kind !== "choice" || input.multiple) return false;
  const ids = input.options.map((o) => o.id).sort();
  return ids.length === locales.length && [...locales].sort().every((l, i) => ids[i] === l);
}

/** Every page is sent as a complete HTML5 document, its post forms carrying the CSRF token. */
async function page(c: Context, node: unknown, status: 200 | 400 | 403 | 404 | 409 = 200): Promise<Response> {
  const html = `<!DOCTYPE html>${await Promise.resolve(node)}`;
  return c.html(withCsrfField(html, csrfToken(c)), status);
}

const statusOf: Record<EngineError["code"], 400 | 401 | 404 | 409> = {
  invalid_request: 400,
  unauthorized: 401,
  not_found: 404,
  version_conflict: 409,
  turn_id_reused: 409,
  finished: 409,
};

export function webPages({ engine, log, guards, retentionDays, idleDays, privacy = {} }: PagesOptions): Hono {
  const web = new Hono();
  web.use(formBodyLimit());
  web.use(csrfGuard(refusedPost));
  // The landing page too: after the Back button it must show whether a conversation is open now.
  for (const path of ["/", "/chat", "/chat/*", "/samenvatting", "/samenvatting/*", "/gegevens/*"])
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
    page(c, <PrivacyPage copy={copyFor(c)} settings={privacy} facts={{ retentionDays, idleDays }} />),
  );

  web.get("/oefenen", (c) => page(c, <PracticePage copy={copyFor(c)} />));

  web.post("/chat/start", guards.create, async (c) => {
    const body = await readForm(c);
    if (!body) {
      const copy = copyFor(c);
      return page(
        c,
        <LandingPage copy={copy} hasConversation={false} error={malformedFormText[copy.lang]} />,
        400,
      );
    }
    const form = startSchema.safeParse(body);
    if (!form.success) {
      const copy = copyFor(c);
      return page(
        c,
        <LandingPage copy={copy} hasConversation={false} error={copy.landing.startError} />,
        400,
      );
    }
    const session = readSession(c);
    const open = await openConversation(session);
    if (session && open && !open.state.done && form.data.again !== "yes")
      return page(
        c,
        <OpenConversationPage
          copy={pageCopy[form.data.lang]}
          flow={form.data.flow}
          resumeCode={session.resumeCode}
        />,
      );
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
    const { id, token, state } = created.value;
    // The landing page's language is the person's choice: answer the flow's language question with it.
    if (asksLanguage(state.input))
      await engine.turn(id, token, {
        turnId: crypto.randomUUID(),
        version: state.version,
        answer: { choice: form.data.lang },
      });
    writeSession(c, { id, credential: token, resumeCode: created.value.resumeCode }, idleDays);
    return c.redirect("/chat", 303);
  });

  web.post("/chat/resume", guards.resume, async (c) => {
    const body = await readForm(c);
    const copy = pageCopy[localeOr(body?.lang ?? c.req.query("lang"))];
    if (!body)
      return page(
        c,
        <LandingPage copy={copy} hasConversation={false} error={malformedFormText[copy.lang]} />,
        400,
      );
    const code = typeof body.code === "string" ? body.code : "";
    const resumed = await engine.resume(code);
    if (!resumed.ok) {
      log.warn("security: resume code refused", {
        route: c.req.routePath,
        reason: resumed.error.code === "not_found" ? "unknown code" : "malformed code",
        client: clientKey(c),
      });
      return page(
        c,
        <LandingPage copy={copy} hasConversation={false} error={copy.landing.resumeUnknown} />,
        resumed.error.code === "not_found" ? 404 : 400,
      );
    }
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

  /** The chat with an error, or one worded in the conversation's language once that is known. */
  async function chatPage(
    c: Context,
    session: WebSession,
    error?: string | ((copy: PageCopy) => string),
    status: 200 | 400 | 409 = 200,
  ) {
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
        error={typeof error === "function" ? error(copy) : error}
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
    const view = await engine.get(session.id, session.credential);
    if (!view.ok) return chatPage(c, session);
    const locale = localeOr(view.value.locale);
    const copy = pageCopy[locale];
    const body = await readForm(c, { all: true });
    if (!body) return chatPage(c, session, malformedFormText[locale], 400);
    const parsed = formSchema.safeParse(body);
    if (!parsed.success) return chatPage(c, session, formProblems[locale].broken, 400);
    // A form from an earlier step (a double click, a second tab) is not checked against this question.
    const current = parsed.data.version === view.value.state.version;
    const answer = current
      ? answerFromForm(parsed.data, view.value.state.input, locale)
      : { ok: true as const, answer: looseAnswer(parsed.data) };
    if (!answer.ok) return chatPage(c, session, answer.problem, 400);
    const result = await engine.turn(session.id, session.credential, {
      turnId: parsed.data.turnId,
      version: parsed.data.version,
      answer: answer.answer,
    });
    // Declining at the start ends the conversation in its welcome: nothing is kept, as the flow says.
    if (result.ok && result.value.state.done && result.value.state.phase === "welkom") {
      const erased = await engine.erase(session.id, session.credential);
      if (erased.ok) {
        clearSession(c);
        return page(c, <StoppedPage copy={copy} messages={result.value.state.messages} />);
      }
    }
    // The closing question is counted, answered or skipped, without what was chosen.
    if (result.ok && current && view.value.state.phase === "afsluiting")
      log.info("closing question", { answered: !("command" in answer.answer) });
    if (result.ok) return c.redirect("/chat", 303);
    const message =
      result.error.code === "version_conflict" ? copy.chat.conflict : formProblems[locale].notAccepted;
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
        return page(
          c,
          <SummaryPage
            copy={copy}
            summary={summary}
            done={result.value.done}
            date={new Date()}
            resumeCode={session.resumeCode}
          />,
        );
      case flowIds.practice: {
        const notes = await engine.labelNotes(session.id, session.credential);
        return page(c, <FeedbackPage copy={copy} summary={summary} notes={notes.ok ? notes.value : []} />);
      }
      case flowIds.quiz:
        return page(c, <QuizPage copy={copy} summary={summary} />);
    }
  });

  // The summary as a PDF for the visit, made here from the same summary as the page.
  web.get("/samenvatting/pdf", async (c) => {
    const session = readSession(c);
    if (!session) return c.redirect("/", 303);
    const result = await engine.summary(session.id, session.credential);
    const parsed = result.ok ? summarySchema.safeParse(result.value.summary) : undefined;
    if (!parsed?.success) return c.redirect("/samenvatting", 303);
    const bytes = await summaryPdf(parsed.data, { date: new Date() });
    return pdfResponse(bytes);
  });

  // A practice session as Markdown, to take to a trainer: the words as shown, labels, figures, feedback.
  web.get("/samenvatting/oefengesprek.md", async (c) => {
    const session = readSession(c);
    if (!session) return c.redirect("/", 303);
    const result = await practiceExport(engine, session.id, session.credential);
    if (!result.ok) return c.redirect("/samenvatting", 303);
    return markdownResponse(c, result.value);
  });

  // "Dat bedoelde ik anders" on one label of the feedback: kept with the conversation, or the page
  // again with why not (400) and the words as typed; nothing is kept then.
  web.post("/samenvatting/label", async (c) => {
    const session = readSession(c);
    const body = await readForm(c);
    if (!session) return c.redirect("/", 303);
    const result = await engine.summary(session.id, session.credential);
    const parsed = result.ok ? practiceSummarySchema.safeParse(result.value.summary) : undefined;
    if (!parsed?.success) return c.redirect("/samenvatting", 303);
    const summary = parsed.data;
    const checked = checkLabelNote(body ?? {}, summary);
    const kept = checked.ok
      ? await engine.noteLabel(session.id, session.credential, checked.note)
      : undefined;
    if (checked.ok && kept?.ok)
      return c.redirect(`/samenvatting#label-${checked.note.turn}-${checked.note.part}`, 303);
    if (checked.ok) return c.redirect("/", 303);
    const field = (name: string) => (typeof body?.[name] === "string" ? body[name] : "");
    const at = (name: string) => (/^\d{1,3}$/.test(field(name)) ? Number(field(name)) : null);
    const notes = await engine.labelNotes(session.id, session.credential);
    const refusal = {
      turn: at("turn"),
      part: at("part"),
      text: field("text").slice(0, 4 * NOTE_MAX),
      message: noteProblemText[summary.locale][checked.problem],
    };
    return page(
      c,
      <FeedbackPage
        copy={pageCopy[summary.locale]}
        summary={summary}
        notes={notes.ok ? notes.value : []}
        refusal={refusal}
      />,
      400,
    );
  });

  web.get("/samenvatting/oefengesprek.pdf", async (c) => {
    const session = readSession(c);
    if (!session) return c.redirect("/", 303);
    const result = await practiceExport(engine, session.id, session.credential);
    if (!result.ok) return c.redirect("/samenvatting", 303);
    return practicePdfResponse(result.value);
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
    const body = await readForm(c);
    const view = await openConversation(session);
    const copy = pageCopy[localeOr(view?.locale ?? c.req.query("lang"))];
    if (!body)
      return page(
        c,
        <MessagePage copy={copy} title={copy.summary.erase} text={malformedFormText[copy.lang]} />,
        400,
      );
    if (!session || !view) return c.redirect("/", 303);
    if (body.confirm !== "yes") return c.redirect("/samenvatting", 303);
    const erased = await engine.erase(session.id, session.credential);
    if (!erased.ok) return c.redirect("/", 303);
    clearSession(c);
    return page(c, <MessagePage copy={copy} title={copy.summary.erase} text={copy.summary.erased} />);
  });

  return web;
}
