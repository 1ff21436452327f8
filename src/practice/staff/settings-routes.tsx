/** @jsxImportSource hono/jsx */
// The practice's own details: signed-in staff change their own practice's name, country,
// out-of-hours number and welcome line, checked like the CLI's fields, audited. Adding practices and
// changing any practice is the administrator's page (admin-routes.tsx).

import { Hono } from "hono";
import { pageCopy } from "../../channels/web/copy.ts";
import { readForm } from "../../channels/web/form-body.ts";
import { practiceInputOf, readPracticeUpdate } from "../practice-input.ts";
import { html, lang, type StaffRouteDeps } from "./common.ts";
import { staffCopy } from "./copy.ts";
import { checkFieldMessage } from "./practice-form.tsx";
import { member } from "./refusals.tsx";
import { SettingsPage, valuesOf } from "./settings-page.tsx";

export function settingsRoutes(deps: StaffRouteDeps): Hono {
  const { practices, shares, now = Date.now } = deps;
  const web = new Hono();

  web.get("/praktijk/instellingen", async (c) => {
    const guarded = await member(c, deps);
    if ("refusal" in guarded) return guarded.refusal;
    const practice = await practices.byId(guarded.member.practiceId);
    if (!practice) return c.redirect("/praktijk/inloggen", 303);
    return html(
      c,
      <SettingsPage copy={pageCopy[lang(c)]} words={staffCopy[lang(c)]} values={valuesOf(practice)} />,
    );
  });

  web.post("/praktijk/instellingen", async (c) => {
    const guarded = await member(c, deps);
    if ("refusal" in guarded) return guarded.refusal;
    const practice = await practices.byId(guarded.member.practiceId);
    const words = staffCopy[lang(c)];
    if (!practice) return c.redirect("/praktijk/inloggen", 303);
    // Checked as the CLI checks an update: a slug sent along is refused, the link never changes.
    const input = practiceInputOf((await readForm(c)) ?? {});
    const update = readPracticeUpdate(input);
    if (!update.ok)
      return html(
        c,
        <SettingsPage
          copy={pageCopy[lang(c)]}
          words={words}
          values={input}
          error={checkFieldMessage(words, update.field)}
        />,
        400,
      );
    const at = now();
    const changed = (await practices.update(practice.slug, update.value, at)) ?? practice;
    await shares.audit({
      at,
      action: "practice-update",
      actor: "staff",
      practiceId: practice.id,
      staffId: guarded.member.id,
    });
    return html(
      c,
      <SettingsPage copy={pageCopy[lang(c)]} words={words} values={valuesOf(changed)} notice={words.saved} />,
    );
  });

  return web;
}
