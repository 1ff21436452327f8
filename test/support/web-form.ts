// Plain form posts to the app through app.request(), as a browser without JavaScript sends them from the
// app's own pages (same origin), and a hidden field read back from a page: for the web routes' tests.

/** The origin the web tests address the app at. */
export const BASE = "http://coach.test";

/** Fields as a record (a list value repeats the name, as checkboxes do) or as pairs in order. */
export type FormFields = Record<string, string | string[]> | [string, string][];

interface Requestable {
  request(input: string, init?: RequestInit): Response | Promise<Response>;
}

export function formBody(fields: FormFields): URLSearchParams {
  const body = new URLSearchParams();
  const pairs = Array.isArray(fields)
    ? fields
    : Object.entries(fields).flatMap(([key, value]) =>
        (Array.isArray(value) ? value : [value]).map((v): [string, string] => [key, v]),
      );
  for (const [key, value] of pairs) body.append(key, value);
  return body;
}

export async function formPost(app: Requestable, path: string, fields: FormFields, cookie?: string) {
  return app.request(`${BASE}${path}`, {
    method: "POST",
    body: formBody(fields),
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: BASE,
      ...(cookie ? { cookie } : {}),
    },
  });
}

/** The value of the first hidden field of that name that has one (a CSRF token, a turn id). */
export const hiddenField = (html: string, name: string): string =>
  new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? "";
