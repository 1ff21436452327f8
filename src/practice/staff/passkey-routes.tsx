/** @jsxImportSource hono/jsx */
// Staff passkeys (WebAuthn through @simplewebauthn/server): enrolment with the one-time link from
// `gesprekscoach staff invite`, sign-in with a discoverable passkey, sign-out, and the pages' script.
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import { type Context, Hono } from "hono";
import { z } from "zod";
import { pageCopy } from "../../channels/web/copy.ts";
import { hashToken, newToken } from "../../engine/token.ts";
import { errorResponse } from "../../http/errors.ts";
import { rateLimit } from "../../http/rate-limit.ts";
import { html, lang, relyingParty, type StaffRouteDeps, signedIn } from "./common.ts";
import { staffCopy } from "./copy.ts";
import { EnrolPage, SignInPage, StaffMessagePage } from "./pages.tsx";
import { notSignedIn } from "./refusals.tsx";
import { clearStaffToken, readStaffToken, STAFF_SESSION_MS, writeStaffToken } from "./session.ts";
import { staffJs } from "./staff-js.ts";

const CHALLENGE_MS = 5 * 60 * 1000;

/** The challenge a WebAuthn answer signed, read from its client data (verified again by the library). */
function challengeOf(clientDataJSON: string): string | undefined {
  try {
    const json: unknown = JSON.parse(Buffer.from(clientDataJSON, "base64url").toString("utf8"));
    const parsed = z.object({ challenge: z.string().min(16).max(512) }).safeParse(json);
    return parsed.success ? parsed.data.challenge : undefined;
  } catch {
    return undefined;
  }
}

/** What every WebAuthn credential the browser sends carries, around its own kind of response. */
const credentialFields = {
  id: z.string().min(1).max(1024),
  rawId: z.string().min(1).max(1024),
  type: z.literal("public-key"),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
};

const registrationSchema = z.object({
  ...credentialFields,
  response: z.object({
    clientDataJSON: z.string().min(1),
    attestationObject: z.string().min(1),
    transports: z.array(z.string().max(32)).max(8).optional(),
  }),
});

const authenticationSchema = z.object({
  ...credentialFields,
  response: z.object({
    clientDataJSON: z.string().min(1),
    authenticatorData: z.string().min(1),
    signature: z.string().min(1),
    userHandle: z.string().optional(),
  }),
});

const tokenPattern = /^[A-Za-z0-9_-]{32,128}$/;

export function passkeyRoutes({ practices, shares, staff, limit, now = Date.now }: StaffRouteDeps): Hono {
  const web = new Hono();
  const signInLimit = rateLimit("staff-sign-in", limit);

  web.get("/static/staff.js", (c) => {
    c.header("Content-Type", "text/javascript; charset=utf-8");
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(staffJs);
  });

  async function startSession(c: Context, staffId: string) {
    const token = newToken();
    const at = now();
    await staff.startSession(hashToken(token), staffId, at, at + STAFF_SESSION_MS);
    writeStaffToken(c, token);
  }

  // ---- Enrolment with the one-time link from `gesprekscoach staff invite`.

  async function invited(token: string) {
    if (!tokenPattern.test(token)) return undefined;
    const member = await staff.invitation(hashToken(token), now());
    const practice = member ? await practices.byId(member.practiceId) : undefined;
    return member && practice ? { member, practice } : undefined;
  }

  web.get("/praktijk/aanmelden/:token", async (c) => {
    const words = staffCopy[lang(c)];
    const found = await invited(c.req.param("token"));
    if (!found)
      return html(
        c,
        <StaffMessagePage copy={pageCopy[lang(c)]} title={words.enrolGone} text={words.enrolGoneText} />,
        404,
      );
    return html(
      c,
      <EnrolPage
        copy={pageCopy[lang(c)]}
        words={words}
        name={found.member.name}
        practice={found.practice.name}
        base={`/praktijk/aanmelden/${c.req.param("token")}`}
      />,
    );
  });

  web.post("/praktijk/aanmelden/:token/opties", signInLimit, async (c) => {
    const found = await invited(c.req.param("token"));
    if (!found)
      return errorResponse(c, "not_found", "this enrolment link was used, has expired or never existed");
    const { rpID } = relyingParty(c);
    const options = await generateRegistrationOptions({
      rpName: `Gesprekscoach · ${found.practice.name}`,
      rpID,
      userName: found.member.name,
      userDisplayName: found.member.name,
      userID: Uint8Array.from(new TextEncoder().encode(found.member.id)),
      attestationType: "none",
      authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
    });
    await staff.putChallenge(options.challenge, "register", found.member.id, now() + CHALLENGE_MS);
    return c.json(options);
  });

  web.post("/praktijk/aanmelden/:token", signInLimit, async (c) => {
    const token = c.req.param("token");
    const found = await invited(token);
    if (!found)
      return errorResponse(c, "not_found", "this enrolment link was used, has expired or never existed");
    const body = registrationSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!body.success)
      return errorResponse(c, "invalid_request", "the passkey answer is not in the expected form");
    const challenge = challengeOf(body.data.response.clientDataJSON);
    const taken = challenge ? await staff.takeChallenge(challenge, "register", now()) : undefined;
    if (!challenge || !taken || taken.staffId !== found.member.id)
      return errorResponse(
        c,
        "invalid_request",
        "this passkey answer is not for a question we asked; try again",
      );
    const { rpID, origin } = relyingParty(c);
    const verified = await verifyRegistrationResponse({
      response: body.data as RegistrationResponseJSON,
      expectedChallenge: challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
    }).catch(() => undefined);
    if (!verified?.verified) return errorResponse(c, "invalid_request", "the passkey could not be verified");
    const { credential } = verified.registrationInfo;
    const enrolled = await staff.enrol(
      hashToken(token),
      {
        id: credential.id,
        staffId: found.member.id,
        publicKey: Buffer.from(credential.publicKey).toString("base64url"),
        counter: credential.counter,
        transports: credential.transports ?? [],
      },
      now(),
    );
    if (!enrolled)
      return errorResponse(c, "not_found", "this enrolment link was used, has expired or never existed");
    await shares.audit({
      at: now(),
      action: "staff-enrol",
      actor: "staff",
      practiceId: found.practice.id,
      staffId: found.member.id,
    });
    await startSession(c, found.member.id);
    return c.json({ next: "/praktijk" });
  });

  // ---- Sign in and out.

  web.get("/praktijk/inloggen", async (c) => {
    if (await signedIn(c, staff, now)) return c.redirect("/praktijk", 303);
    return html(c, <SignInPage copy={pageCopy[lang(c)]} words={staffCopy[lang(c)]} />);
  });

  web.post("/praktijk/inloggen/opties", signInLimit, async (c) => {
    const { rpID } = relyingParty(c);
    // No list of credentials: the passkey itself says whose it is (a discoverable credential).
    const options = await generateAuthenticationOptions({ rpID, userVerification: "preferred" });
    await staff.putChallenge(options.challenge, "sign-in", null, now() + CHALLENGE_MS);
    return c.json(options);
  });

  web.post("/praktijk/inloggen", signInLimit, async (c) => {
    const body = authenticationSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!body.success)
      return errorResponse(c, "invalid_request", "the passkey answer is not in the expected form");
    const challenge = challengeOf(body.data.response.clientDataJSON);
    const taken = challenge ? await staff.takeChallenge(challenge, "sign-in", now()) : undefined;
    const passkey = await staff.passkey(body.data.id);
    // One answer for every failure, so it never says whether a passkey exists.
    const refused = () => errorResponse(c, "unauthorized", "this passkey does not sign in here");
    if (!challenge || !taken || !passkey) return refused();
    const { rpID, origin } = relyingParty(c);
    const verified = await verifyAuthenticationResponse({
      response: body.data as AuthenticationResponseJSON,
      expectedChallenge: challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      credential: {
        id: passkey.id,
        publicKey: Uint8Array.from(Buffer.from(passkey.publicKey, "base64url")),
        counter: passkey.counter,
      },
    }).catch(() => undefined);
    if (!verified?.verified) return refused();
    await staff.setCounter(passkey.id, verified.authenticationInfo.newCounter);
    const member = await staff.member(passkey.staffId);
    if (!member) return refused();
    await shares.audit({
      at: now(),
      action: "staff-sign-in",
      actor: "staff",
      practiceId: member.practiceId,
      staffId: member.id,
    });
    await startSession(c, member.id);
    return c.json({ next: "/praktijk" });
  });

  // Signing out without a live session is refused like every other post (401), so a stale tab
  // says so; the cookie goes either way.
  web.post("/praktijk/uitloggen", async (c) => {
    const token = readStaffToken(c);
    const live = token ? await staff.session(hashToken(token), now()) : undefined;
    clearStaffToken(c);
    if (!token || !live) return notSignedIn(c);
    await staff.endSession(hashToken(token));
    return c.redirect("/praktijk/inloggen", 303);
  });

  return web;
}
