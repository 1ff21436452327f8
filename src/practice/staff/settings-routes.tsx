/** @jsxImportSource hono/jsx */
// The practice's own details: signed-in staff change their own practice's name, country,
// out-of-hours number and welcome line, checked like the CLI's fields, audited. Adding practices and
// changing any practice is the administrator's page (admin-routes.tsx).

import { Hono } from "hono";
import { pageCopy } from "../../channels/web/copy.ts";
import { html, lang, type StaffRouteDeps } from "./common.ts";
import { staffCopy } from "./copy.ts";
import { changePractice } from "./practice-change.ts";
import { checkFieldMessage } from "./practice-form.tsx";
import { member } from "./refusals.tsx";
import { SettingsPage, valuesOf } from "./settings-page.tsx";

export function settingsRoutes(deps: StaffRouteDeps): Hono {
  const { practices } = deps;
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
    const change = await changePractice(c, practice, guarded.member.id, deps);
    if (!change.ok)
      return html(
        c,
        <SettingsPage
          copy={pageCopy[lang(c)]}
          words={words}
          values={change.input}
          error={checkFieldMessage(words, change.field)}
        />,
        400,
      );
    return html(
      c,
      <SettingsPage
        copy={pageCopy[lang(c)]}
        words={words}
        values={valuesOf(change.practice)}
        notice={words.saved}
      />,
    );
  });

  return web;
}
