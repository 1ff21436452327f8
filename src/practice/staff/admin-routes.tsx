/** @jsxImportSource hono/jsx */
// The administrator's route (issue 20 item 1): signed-in staff with the admin role list, add and change
// practices at /praktijk/beheer, checked exactly as `gesprekscoach practice` checks them (practice-input.ts)
// and audited. Anyone else is refused and nothing changes.

import { type Context, Hono } from "hono";
import { pageCopy } from "../../channels/web/copy.ts";
import { readForm } from "../../channels/web/form-body.ts";
import { slugFrom } from "../practice.ts";
import { practiceInputOf, readNewPractice } from "../practice-input.ts";
import { PracticeExistsError } from "../store.ts";
import { ADMIN_PATH, AdminPage, AdminPracticePage } from "./admin-page.tsx";
import { html, lang, type StaffRouteDeps } from "./common.ts";
import { staffCopy } from "./copy.ts";
import { StaffMessagePage } from "./pages.tsx";
import { changePractice } from "./practice-change.ts";
import { checkFieldMessage } from "./practice-form.tsx";
import { administrator } from "./refusals.tsx";
import { valuesOf } from "./settings-page.tsx";

export function adminRoutes(deps: StaffRouteDeps): Hono {
  const { practices, shares, now = Date.now } = deps;
  const web = new Hono();

  const copyOf = (c: Context) => ({ copy: pageCopy[lang(c)], words: staffCopy[lang(c)] });

  async function unknownPractice(c: Context) {
    const { copy, words } = copyOf(c);
    return html(
      c,
      <StaffMessagePage
        copy={copy}
        title={words.practiceUnknown}
        text={words.practiceUnknown}
        link={{ href: ADMIN_PATH, label: words.backToPractices }}
      />,
      404,
    );
  }

  web.get(ADMIN_PATH, async (c) => {
    const guarded = await administrator(c, deps);
    if ("refusal" in guarded) return guarded.refusal;
    return html(c, <AdminPage {...copyOf(c)} practices={await practices.list()} values={{}} />);
  });

  web.post(ADMIN_PATH, async (c) => {
    const guarded = await administrator(c, deps);
    if ("refusal" in guarded) return guarded.refusal;
    const { copy, words } = copyOf(c);
    const input = practiceInputOf((await readForm(c)) ?? {});
    const refused = async (error: string, status: 400 | 409) =>
      html(
        c,
        <AdminPage
          copy={copy}
          words={words}
          practices={await practices.list()}
          values={input}
          error={error}
        />,
        status,
      );
    const fields = readNewPractice(input);
    if (!fields.ok) return refused(checkFieldMessage(words, fields.field), 400);
    const at = now();
    let added: Awaited<ReturnType<typeof practices.add>>;
    try {
      added = await practices.add(fields.value, at);
    } catch (error) {
      if (error instanceof PracticeExistsError)
        return refused(words.slugTaken(fields.value.slug ?? slugFrom(fields.value.name)), 409);
      throw error;
    }
    await shares.audit({
      at,
      action: "practice-add",
      actor: "staff",
      practiceId: added.id,
      staffId: guarded.member.id,
    });
    return html(
      c,
      <AdminPage
        copy={copy}
        words={words}
        practices={await practices.list()}
        values={{}}
        notice={words.added(added.name)}
      />,
    );
  });

  web.get(`${ADMIN_PATH}/:slug`, async (c) => {
    const guarded = await administrator(c, deps);
    if ("refusal" in guarded) return guarded.refusal;
    const practice = await practices.bySlug(c.req.param("slug"));
    if (!practice) return unknownPractice(c);
    return html(c, <AdminPracticePage {...copyOf(c)} practice={practice} values={valuesOf(practice)} />);
  });

  web.post(`${ADMIN_PATH}/:slug`, async (c) => {
    const guarded = await administrator(c, deps);
    if ("refusal" in guarded) return guarded.refusal;
    const practice = await practices.bySlug(c.req.param("slug"));
    if (!practice) return unknownPractice(c);
    const { copy, words } = copyOf(c);
    const change = await changePractice(c, practice, guarded.member.id, deps);
    if (!change.ok)
      return html(
        c,
        <AdminPracticePage
          copy={copy}
          words={words}
          practice={practice}
          values={change.input}
          error={checkFieldMessage(words, change.field)}
        />,
        400,
      );
    return html(
      c,
      <AdminPracticePage
        copy={copy}
        words={words}
        practice={change.practice}
        values={valuesOf(change.practice)}
        notice={words.saved}
      />,
    );
  });

  return web;
}
