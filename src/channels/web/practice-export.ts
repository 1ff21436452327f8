// The practice session's exports as HTTP downloads, for the web pages and the JSON API alike.
import type { Context } from "hono";
import { practiceMarkdown } from "../../coaching/practice-markdown.ts";
import { practicePdf } from "../../summary/practice-pdf.ts";
import type { PracticeExport } from "../practice-export.ts";
import { pdfResponse } from "./pdf-response.ts";

export { practiceExport } from "../practice-export.ts";

/** The Markdown export as a download. */
export function markdownResponse(c: Context, e: PracticeExport): Response {
  c.header("Content-Type", "text/markdown; charset=utf-8");
  c.header("Content-Disposition", 'attachment; filename="oefengesprek.md"');
  return c.body(practiceMarkdown(e.summary, e.stored, e.notes));
}

/** The PDF export as a download. */
export async function practicePdfResponse(e: PracticeExport): Promise<Response> {
  const bytes = await practicePdf(e.summary, { date: new Date(), stored: e.stored, notes: e.notes });
  return pdfResponse(bytes, "oefengesprek.pdf");
}
