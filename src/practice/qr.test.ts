// The QR code of an invitation link: a self-contained SVG with a title and a dark module for the finder.
import { create } from "qrcode";
import { describe, expect, it } from "vitest";
import { qrSvg } from "./qr.ts";

describe("invitation QR code", () => {
  it("draws one square per dark module inside a quiet zone, with an escaped title", () => {
    const url = "https://coach.example/p/huisartsen-de-linde";
    const svg = qrSvg(url, "Uitnodiging <De Linde>");
    const { modules } = create(url, { errorCorrectionLevel: "M" });
    const dark = modules.data.reduce((n, bit) => n + (bit ? 1 : 0), 0);
    expect(svg.match(/h1v1h-1z/g)?.length).toBe(dark);
    expect(svg).toContain(`viewBox="0 0 ${modules.size + 8} ${modules.size + 8}"`);
    // The top-left finder pattern starts at the quiet zone's edge.
    expect(svg).toContain("M4 4h1v1h-1z");
    expect(svg).toContain("<title>Uitnodiging &#60;De Linde&#62;</title>");
    expect(svg).not.toContain("<script");
  });
});
