/** @jsxImportSource hono/jsx */
// The pages for a form post we do not take, in the reader's language: one that did not come from our own
// pages (no matching Origin, no form token), and one whose body is no well-formed form.
import type { Context } from "hono";
import { type Locale, localeOr } from "../../locales.ts";
import { type PageCopy, pageCopy } from "./copy.ts";
import { malformedFormText } from "./form-body.ts";
import { MessagePage } from "./summary-page.tsx";

const brokenTitle: Record<Locale, string> = {
  nl: "Dit formulier kwam niet heel aan",
  en: "This form arrived broken",
};

async function messagePage(
  c: Context,
  words: (copy: PageCopy) => { title: string; text: string },
  status: 400 | 403,
): Promise<Response> {
  const copy = pageCopy[localeOr(c.req.query("lang"))];
  const { title, text } = words(copy);
  const body = await Promise.resolve(<MessagePage copy={copy} title={title} text={text} />);
  return c.html(`<!DOCTYPE html>${body}`, status);
}

export function refusedPost(c: Context): Promise<Response> {
  return messagePage(c, (copy) => copy.refused, 403);
}

/** A post whose body is no well-formed form (never one of our own pages): 400, and nothing changed. */
export function malformedPost(c: Context): Promise<Response> {
  return messagePage(
    c,
    (copy) => ({ title: brokenTitle[copy.lang], text: malformedFormText[copy.lang] }),
    400,
  );
}
