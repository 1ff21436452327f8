// The practice's side of the site, put together: passkeys (enrol, sign in and out), the inbox with
// share codes and shared summaries, the practice's own details, and the administrator's practices.
// Staff see their own practice's shares only; every post must come from this site's pages and needs a
// session (refusals.tsx), and nothing here is cached.

import { Hono } from "hono";
import { csrfForms } from "../../channels/web/csrf.ts";
import { formBodyLimit } from "../../channels/web/form-body.ts";
import { malformedPost, refusedPost } from "../../channels/web/refused-page.tsx";
import { noStore } from "../../http/middleware.ts";
import { adminRoutes } from "./admin-routes.tsx";
import type { StaffRouteDeps } from "./common.ts";
import { inboxRoutes } from "./inbox-routes.tsx";
import { passkeyRoutes } from "./passkey-routes.tsx";
import { settingsRoutes } from "./settings-routes.tsx";

export type { StaffRouteDeps } from "./common.ts";

export function staffRoutes(deps: StaffRouteDeps): Hono {
  const web = new Hono();
  web.use("/praktijk/*", formBodyLimit());
  web.use("/praktijk", csrfForms(refusedPost, malformedPost), noStore());
  web.use("/praktijk/*", csrfForms(refusedPost, malformedPost), noStore());
  web.route("/", passkeyRoutes(deps));
  web.route("/", inboxRoutes(deps));
  web.route("/", settingsRoutes(deps));
  web.route("/", adminRoutes(deps));
  return web;
}
