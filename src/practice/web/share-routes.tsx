/** @jsxImportSource hono/jsx */
// The patient's side of sharing: /samenvatting/delen shows and changes what the practice may see.
// The session cookie is the patient's key; every share, code and withdrawal writes an audit line.

import { type Context, Hono } from "hono";
import type { Guards } from "../../channels/web/api.ts";
import { pageCopy } from "../../channels/web/copy.ts";
import { csrfForms } from "../../channels/web/csrf.ts";
import { readForm } from "../../channels/web/form-body.ts";
import { malformedPost, refusedPost } from "../../channels/web/refused-page.tsx";
import { readSession } from "../../channels/web/session.ts";
import type { Engine } from "../../engine/conversations.ts";
import { flowIds } from "../../flow-ids.ts";
import { noStore } from "../../http/middleware.ts";
import type { Locale } from "../../locales.ts";
import { hashShareCode, newShareCode } from "../share-code.ts";
import { codeValidUntil, shareDaysSchema, shareUntil } from "../sharing.ts";
import type { PracticeStore, ShareStore } from "../store.ts";
import { shareCopy } from "./share-copy.ts";
import { type ShareLine, SharePage } from "./share-page.tsx";

export interface ShareRouteDeps {
  engine: Engine;
  guards: Guards;
  practices: PracticeStore;
  shares: ShareStore;
  now?: () => number;
}

async function html(c: Context, node: unknown, status: 200 | 400 | 404 = 200): Promise<Response> {
  return c.html(`<!DOCTYPE html>${await Promise.resolve(node)}`, status);
}

export function shareRoutes({ engine, guards, practices, shares, now = Date.now }: ShareRouteDeps): Hono {
  const web = new Hono();
  web.use("/samenvatting/delen", csrfForms(refusedPost, malformedPost), noStore());
  web.use("/samenvatting/delen/*", csrfForms(refusedPost, malformedPost), noStore());

  /** The patient's own reflection, opened with the session cookie; undefined without one. */
  async function ownReflection(c: Context) {
    const session = readSession(c);
    if (!session) return undefined;
    const view = await engine.current(session.id, session.credential);
    if (!view.ok) return undefined;
    return {
      id: session.id,
      locale: view.value.locale,
      isReflection: view.value.flow === flowIds.reflection,
    };
  }

  async function render(
    c: Context,
    own: { id: string; locale: Locale },
    extra: { shownCode?: { code: string; until: number }; notice?: string; status?: 200 | 400 | 404 } = {},
  ) {
    const at = now();
    const practice = await practices.practiceOf(own.id);
    const names = new Map<string, string>();
    const lines: ShareLine[] = [];
    for (const share of await shares.ofConversation(own.id, at)) {
      let name: string | null = null;
      if (share.practiceId !== null) {
        name = names.get(share.practiceId) ?? (await practices.byId(share.practiceId))?.name ?? null;
        if (name !== null) names.set(share.practiceId, name);
      }
      lines.push({ id: share.id, practiceName: name, until: share.expiresAt });
    }
    return html(
      c,
      <SharePage
        copy={pageCopy[own.locale]}
        words={shareCopy[own.locale]}
        practiceName={practice?.name}
        lines={lines}
        shownCode={extra.shownCode}
        notice={extra.notice}
      />,
      extra.status ?? 200,
    );
  }

  const noSummary = (c: Context, locale: Locale) =>
    html(
      c,
      <SharePage
        copy={pageCopy[locale]}
        words={shareCopy[locale]}
        practiceName={undefined}
        lines={[]}
        notice={shareCopy[locale].noSummary}
      />,
      400,
    );

  web.get("/samenvatting/delen", async (c) => {
    const own = await ownReflection(c);
    if (!own) return c.redirect("/", 303);
    if (!own.isReflection) return noSummary(c, own.locale);
    return render(c, own);
  });

  web.post("/samenvatting/delen", async (c) => {
    const own = await ownReflection(c);
    if (!own) return c.redirect("/", 303);
    if (!own.isReflection) return noSummary(c, own.locale);
    const practice = await practices.practiceOf(own.id);
    const days = shareDaysSchema.safeParse((await readForm(c))?.days ?? undefined);
    if (!practice) return render(c, own, { notice: shareCopy[own.locale].noPractice, status: 400 });
    if (!days.success) return render(c, own, { notice: shareCopy[own.locale].chooseDays, status: 400 });
    const at = now();
    const share = await shares.shareWithPractice(own.id, practice.id, at, shareUntil(at, days.data));
    await shares.audit({
      at,
      action: "share",
      actor: "patient",
      practiceId: practice.id,
      conversationId: own.id,
      shareId: share.id,
    });
    return c.redirect("/samenvatting/delen", 303);
  });

  web.post("/samenvatting/delen/code", guards.create, async (c) => {
    const own = await ownReflection(c);
    if (!own) return c.redirect("/", 303);
    if (!own.isReflection) return noSummary(c, own.locale);
    const at = now();
    const code = newShareCode();
    const until = codeValidUntil(at);
    const share = await shares.shareByCode(own.id, hashShareCode(code), at, until);
    await shares.audit({
      at,
      action: "share-code",
      actor: "patient",
      conversationId: own.id,
      shareId: share.id,
    });
    // Shown in this answer only: the code is never stored, logged or put in a URL.
    return render(c, own, { shownCode: { code, until } });
  });

  web.post("/samenvatting/delen/intrekken", async (c) => {
    const own = await ownReflection(c);
    if (!own) return c.redirect("/", 303);
    const shareId = (await readForm(c))?.share;
    const words = shareCopy[own.locale];
    if (typeof shareId !== "string" || !(await shares.withdraw(shareId, own.id)))
      return render(c, own, { notice: words.unknownShare, status: 404 });
    await shares.audit({ at: now(), action: "withdraw", actor: "patient", conversationId: own.id, shareId });
    return render(c, own, { notice: words.withdrawn });
  });

  return web;
}
