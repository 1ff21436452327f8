// Reads a web form's body, and says so when it is no well-formed form: a multipart body that does
// not parse, a urlencoded one with a broken escape or bytes that are not UTF-8, or another type.
// The routes answer those with 400 and change nothing, instead of failing inside the parser (500).
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { tooLargePage } from "../../http/notice-pages.ts";
import type { Locale } from "../../locales.ts";
import { MAX_BODY_BYTES } from "./api-routes.ts";

/** Field values as strings; with `all`, a repeated field gives every value in order. */
export type FormFields = Record<string, string | string[]>;

/** What a person reads when their form arrived broken (it never does from our own pages). */
export const malformedFormText: Record<Locale, string> = {
  nl: "Dit formulier kwam niet heel bij ons aan, dus er is niets veranderd. Laad de pagina opnieuw en probeer het nog eens.",
  en: "This form did not reach us in one piece, so nothing has changed. Reload the page and try again.",
};

function add(fields: FormFields, key: string, value: string, all: boolean): void {
  const known = fields[key];
  if (!all || known === undefined) fields[key] = value;
  else fields[key] = Array.isArray(known) ? [...known, value] : [known, value];
}

/** application/x-www-form-urlencoded, refusing what URLSearchParams would quietly let through. */
export function parseUrlencoded(text: string, all = false): FormFields | undefined {
  // Every % must start an escape of two hex digits.
  if (/%(?![0-9A-Fa-f]{2})/.test(text)) return undefined;
  const fields: FormFields = Object.create(null);
  for (const pair of text.split("&")) {
    if (pair === "") continue;
    const at = pair.indexOf("=");
    const [rawKey, rawValue] = at < 0 ? [pair, ""] : [pair.slice(0, at), pair.slice(at + 1)];
    try {
      // decodeURIComponent throws on escapes that are not UTF-8, where URLSearchParams writes U+FFFD.
      const key = decodeURIComponent(rawKey.replace(/\+/g, " "));
      add(fields, key, decodeURIComponent(rawValue.replace(/\+/g, " ")), all);
    } catch {
      return undefined;
    }
  }
  return fields;
}

/** The form, or undefined when the body is not a well-formed form of text fields. */
export async function readForm(c: Context, options: { all?: boolean } = {}): Promise<FormFields | undefined> {
  const all = options.all ?? false;
  const type = c.req.header("content-type")?.split(";")[0]?.trim().toLowerCase();
  try {
    // fatal: bytes that are not UTF-8 throw here, where text() would write U+FFFD for them.
    if (type === "application/x-www-form-urlencoded")
      return parseUrlencoded(
        new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(await c.req.arrayBuffer()),
        all,
      );
    if (type !== "multipart/form-data") return undefined;
    const data = await c.req.formData();
    const fields: FormFields = Object.create(null);
    for (const [key, value] of data) {
      // Our forms upload no files; a file where text belongs is not a form of ours.
      if (typeof value !== "string") return undefined;
      add(fields, key, value, all);
    }
    return fields;
  } catch {
    // The multipart parser throws on a missing boundary, a truncated part, a body that is no multipart.
    return undefined;
  }
}

/** The size bound of every web form: past it, a page that says so (413) and nothing is read or stored. */
export function formBodyLimit(): MiddlewareHandler {
  return bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.html(tooLargePage(), 413) });
}
