// GET /api/conversations/:id/fhir: the patient's summary as a FHIR R4 Bundle, with the conversation's
// token, refused exactly as the other conversation routes refuse (401 for a wrong token or an unknown id).
import { OpenAPIHono } from "@hono/zod-openapi";
import { fhirRoute } from "../channels/web/api-routes.ts";
import type { Engine } from "../engine/conversations.ts";
import type { ConversationStore } from "../engine/store.ts";
import { flowIds } from "../flow-ids.ts";
import { engineErrorResponse, errorResponse } from "../http/errors.ts";
import { flowSummarySchema } from "../summary/flow-summary.ts";
import type { Summary } from "../summary/schema.ts";
import { type FhirBundle, summaryBundle } from "./fhir.ts";

export const FHIR_JSON = "application/fhir+json; charset=utf-8";

/** The title of the PDF the bundle points to, in the summary's language. */
export const pdfTitle = { nl: "Samenvatting als PDF", en: "Summary as PDF" } as const;

/** The bundle of a summary as it stood at `at`, with fresh uuids, and a reference to its PDF where given. */
export function bundleOf(summary: Summary, at: number, pdf?: { url: string; title: string }): FhirBundle {
  return summaryBundle(summary, { ids: () => crypto.randomUUID(), at, ...(pdf ? { pdf } : {}) });
}

function bearer(header: string | undefined): string | undefined {
  return /^Bearer\s+([A-Za-z0-9_-]{16,128})\s*$/.exec(header ?? "")?.[1];
}

/** Mounted beside the conversation API, so /openapi.json describes it with the others (api-routes.ts). */
export function fhirRoutes(engine: Engine, store: Pick<ConversationStore, "find">): OpenAPIHono {
  const api = new OpenAPIHono();
  api.openapi(fhirRoute, async (c) => {
    const id = c.req.valid("param").id;
    const result = await engine.summary(id, bearer(c.req.header("authorization")));
    // The responses are typed for JSON only; the contract test checks what this route really answers.
    if (!result.ok) return engineErrorResponse(c, result.error) as never;
    const parsed = flowSummarySchema.safeParse(result.value.summary);
    if (!parsed.success || parsed.data.flow !== flowIds.reflection)
      return errorResponse(
        c,
        "invalid_request",
        "only a reflection has goals and a spinnenweb to send as FHIR",
      ) as never;
    // Relative moments ("morgen") count from when the patient last answered, not from the download.
    const row = await store.find(id);
    const pdf = { url: `/api/conversations/${id}/pdf`, title: pdfTitle[parsed.data.locale] };
    const bundle = JSON.stringify(bundleOf(parsed.data, row?.updatedAt ?? Date.now(), pdf));
    return c.body(bundle, 200, {
      "Content-Type": FHIR_JSON,
      "Content-Disposition": 'attachment; filename="gesprekscoach-fhir.json"',
    }) as never;
  });
  return api;
}
