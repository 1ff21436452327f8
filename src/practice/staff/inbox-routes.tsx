/** @jsxImportSource hono/jsx */
// The inbox /praktijk: the practice's own shares, newest first, titled by the main question; a share
// code redeemed once; a shared summary as a printable page or as FHIR. Every opening is audited.

import { type Context, Hono } from "hono";
import { pageCopy } from "../../channels/web/copy.ts";
import { readForm } from "../../channels/web/form-body.ts";
import { pdfResponse } from "../../channels/web/pdf-response.ts";
import { CHANNEL_ACCESS } from "../../engine/conversations.ts";
import { flowIds } from "../../flow-ids.ts";
import { errorResponse } from "../../http/errors.ts";
import { rateLimit } from "../../http/rate-limit.ts";
import { flowSummarySchema } from "../../summary/flow-summary.ts";
import { summaryPdf } from "../../summary/pdf.ts";
import type { Summary } from "../../summary/schema.ts";
import { bundleOf, FHIR_JSON, pdfTitle } from "../fhir-route.ts";
import { invitationPath } from "../practice.ts";
import { hashShareCode, normalizeShareCode } from "../share-code.ts";
import { DEFAULT_SHARE_DAYS, shareUntil } from "../sharing.ts";
import { html, lang, relyingParty, type SignedIn, type StaffRouteDeps, signedIn } from "./common.ts";
import { staffCopy } from "./copy.ts";
import { type InboxLine, InboxPage, StaffMessagePage } from "./pages.tsx";
import { member as signedInMember } from "./refusals.tsx";
import { SharedSummaryPage } from "./shared-summary-page.tsx";

export function inboxRoutes(deps: StaffRouteDeps): Hono {
  const { engine, shares, staff, limit, now = Date.now } = deps;
  const web = new Hono();
  const codeLimit = rateLimit("share-code", limit);

  // ---- The inbox.

  async function summaryOf(conversationId: string): Promise<Summary | undefined> {
    const result = await engine.summary(conversationId, CHANNEL_ACCESS);
    if (!result.ok) return undefined;
    const parsed = flowSummarySchema.safeParse(result.value.summary);
    return parsed.success && parsed.data.flow === flowIds.reflection ? parsed.data : undefined;
  }

  async function inbox(c: Context, member: SignedIn, codeError?: string) {
    const lines: InboxLine[] = [];
    for (const share of await shares.inbox(member.practiceId, now())) {
      const summary = await summaryOf(share.conversationId);
      if (!summary) continue;
      lines.push({
        shareId: share.id,
        title: summary.visit.mainQuestion,
        sharedAt: share.redeemedAt ?? share.createdAt,
        until: share.expiresAt,
      });
    }
    // Newest first by when it reached the practice (a redeemed code counts from its redemption).
    lines.sort((a, b) => b.sharedAt - a.sharedAt);
    const invitationUrl = `${relyingParty(c).origin}${invitationPath(member.practiceSlug)}`;
    return html(
      c,
      <InboxPage
        copy={pageCopy[lang(c)]}
        words={staffCopy[lang(c)]}
        practice={member.practiceName}
        member={member.name}
        admin={member.admin}
        lines={lines}
        invitationUrl={invitationUrl}
        qrPath={`${invitationPath(member.practiceSlug)}/qr.svg`}
        codeError={codeError}
      />,
      // Only a code that opens nothing comes back here with an error: 404, as for any unknown share.
      codeError ? 404 : 200,
    );
  }

  web.get("/praktijk", async (c) => {
    const guarded = await signedInMember(c, deps);
    if ("refusal" in guarded) return guarded.refusal;
    return inbox(c, guarded.member);
  });

  web.post("/praktijk/code", codeLimit, async (c) => {
    const guarded = await signedInMember(c, deps);
    if ("refusal" in guarded) return guarded.refusal;
    const member = guarded.member;
    const raw = (await readForm(c))?.code;
    const code = typeof raw === "string" ? normalizeShareCode(raw) : null;
    const at = now();
    const share = code
      ? await shares.redeem(hashShareCode(code), member.practiceId, at, shareUntil(at, DEFAULT_SHARE_DAYS))
      : undefined;
    if (!share) return inbox(c, member, staffCopy[lang(c)].codeUnknown);
    await shares.audit({
      at,
      action: "redeem",
      actor: "staff",
      practiceId: member.practiceId,
      staffId: member.id,
      conversationId: share.conversationId,
      shareId: share.id,
    });
    return c.redirect(`/praktijk/gedeeld/${share.id}`, 303);
  });

  /** A share this member's practice may see now, with its summary, audited as a view. */
  async function openShare(c: Context) {
    const member = await signedIn(c, staff, now);
    if (!member)
      return { refusal: errorResponse(c, "unauthorized", "sign in with your passkey first") } as const;
    const share = await shares.visibleTo(c.req.param("share") ?? "", member.practiceId, now());
    const summary = share ? await summaryOf(share.conversationId) : undefined;
    if (!share || !summary) {
      const words = staffCopy[lang(c)];
      return {
        refusal: await html(
          c,
          <StaffMessagePage
            copy={pageCopy[lang(c)]}
            title={words.notVisible}
            text={words.notVisible}
            link={{ href: "/praktijk", label: words.back }}
          />,
          404,
        ),
      } as const;
    }
    await shares.audit({
      at: now(),
      action: "view",
      actor: "staff",
      practiceId: member.practiceId,
      staffId: member.id,
      conversationId: share.conversationId,
      shareId: share.id,
    });
    return { share, summary } as const;
  }

  web.get("/praktijk/gedeeld/:share", async (c) => {
    const opened = await openShare(c);
    if ("refusal" in opened) return opened.refusal;
    return html(
      c,
      <SharedSummaryPage
        copy={pageCopy[opened.summary.locale]}
        words={staffCopy[opened.summary.locale]}
        summary={opened.summary}
        shareId={opened.share.id}
        sharedAt={opened.share.redeemedAt ?? opened.share.createdAt}
      />,
    );
  });

  web.get("/praktijk/gedeeld/:share/pdf", async (c) => {
    const opened = await openShare(c);
    if ("refusal" in opened) return opened.refusal;
    return pdfResponse(await summaryPdf(opened.summary, { date: new Date(opened.share.createdAt) }));
  });

  web.get("/praktijk/gedeeld/:share/fhir", async (c) => {
    const opened = await openShare(c);
    if ("refusal" in opened) return opened.refusal;
    const pdf = {
      url: `/praktijk/gedeeld/${opened.share.id}/pdf`,
      title: pdfTitle[opened.summary.locale],
    };
    c.header("Content-Type", FHIR_JSON);
    c.header("Content-Disposition", 'attachment; filename="gesprekscoach-fhir.json"');
    return c.body(JSON.stringify(bundleOf(opened.summary, opened.share.createdAt, pdf)));
  });

  return web;
}
