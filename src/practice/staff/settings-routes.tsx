/** @jsxImportSource hono/jsx */
// The practice's own details (item 1's admin route): signed-in staff change their own practice's
// name, country, out-of-hours number and welcome line, checked like the CLI's fields, audited.

import { Hono } from "hono";
import { pageCopy } from "../../channels/web/copy.ts";
import { readForm } from "../../channels/web/form-body.ts";
import { practiceUpdateSchema } from "../practice.ts";
import { html, lang, type StaffRouteDeps, signedIn } from "./common.ts";
import { staffCopy } from "./copy.ts";
import { SettingsPage } from "./settings-page.tsx";

export function settingsRoutes({ practices, shares, staff, now = Date.now }: StaffRouteDeps): Hono {
  const web = new Hono();

  web.get("/praktijk/instellingen", async (c) => {
    const member = await signedIn(c, staff, now);
    const practice = member ? await practices.byId(member.practiceId) : undefined;
    if (!member || !practice) return c.redirect("/praktijk/inloggen", 303);
    return html(c, <SettingsPage copy={pageCopy[lang(c)]} words={staffCopy[lang(c)]} practice={practice} />);
  });

  web.post("/praktijk/instellingen", async (c) => {
    const member = await signedIn(c, staff, now);
    const practice = member ? await practices.byId(member.practiceId) : undefined;
    if (!member || !practice) return c.redirect("/praktijk/inloggen", 303);
    const body = (await readForm(c)) ?? {};
    const field = (name: string) => (typeof body[name] === "string" ? body[name] : undefined);
    const welcome = field("welcome");
    const words = staffCopy[lang(c)];
    const update = practiceUpdateSchema.safeParse({
      name: field("name"),
      region: field("region"),
      outOfHours: field("outOfHours"),
      welcome: welcome === undefined || welcome.trim() === "" ? null : welcome,
    });
    if (!update.success) {
      const wrong = update.error.issues[0]?.path[0];
      const labels: Record<string, string> = {
        name: words.nameLabel,
        region: words.regionLabel,
        outOfHours: words.outOfHoursLabel,
        welcome: words.welcomeLabel,
      };
      const label = typeof wrong === "string" ? labels[wrong] : undefined;
      return html(
        c,
        <SettingsPage
          copy={pageCopy[lang(c)]}
          words={words}
          practice={practice}
          error={words.checkField(label ?? words.settingsTitle)}
        />,
        400,
      );
    }
    const at = now();
    const changed = (await practices.update(practice.slug, update.data, at)) ?? practice;
    await shares.audit({
      at,
      action: "practice-update",
      actor: "staff",
      practiceId: practice.id,
      staffId: member.id,
    });
    return html(
      c,
      <SettingsPage copy={pageCopy[lang(c)]} words={words} practice={changed} notice={words.saved} />,
    );
  });

  return web;
}
