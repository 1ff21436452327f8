// The summary PDF as an HTTP download, the same for the web page's link and the JSON API's route.

/** PDF bytes as a download; no-store like every response with answers in it. */
export function pdfResponse(bytes: Uint8Array, filename = "gesprekscoach-samenvatting.pdf"): Response {
  return new Response(bytes, {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
