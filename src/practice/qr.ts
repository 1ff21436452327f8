// The invitation link as a QR code in SVG, drawn from the qrcode library's module matrix: one path of
// unit squares, so the SVG is small, scales to any print size and needs no script or image file.
import { create } from "qrcode";

const QUIET_ZONE = 4;

export function qrSvg(text: string, title: string): string {
  const { modules } = create(text, { errorCorrectionLevel: "M" });
  const size = modules.size;
  const full = size + QUIET_ZONE * 2;
  let path = "";
  for (let row = 0; row < size; row++)
    for (let col = 0; col < size; col++)
      if (modules.data[row * size + col]) path += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${full}" shape-rendering="crispEdges" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${full}" height="${full}" fill="#fff"/>`,
    `<path fill="#000" d="${path}"/>`,
    "</svg>",
  ].join("");
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
