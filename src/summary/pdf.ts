// The reflection's summary as an A4 PDF, in the person's language: the same sections, order and
// labels as the summary page, and the spinnenweb as a picture beside its list of grades.
// Pure apart from pdf-lib (no I/O): the summary and a date in, the bytes out, so other channels
// (the practice inbox, the trainer) can reuse it. pdf-lib's standard fonts run on Workers too.
import { type PDFFont, rgb } from "pdf-lib";
import { summaryDate } from "./date.ts";
import { summaryLabels } from "./labels.ts";
import { A4, ACCENT, drawable, INK, MARGIN, MUTED, startPdf, TALK, type Writer, wrap } from "./pdf-layout.ts";
import { summarySections } from "./render.ts";
import type { Summary } from "./schema.ts";

function webPath(points: [number, number][]): string {
  return `${points.map(([x, y], i) => `${i === 0 ? "M" : "L"} ${x.toFixed(1)} ${y.toFixed(1)}`).join(" ")} Z`;
}

/** The spinnenweb picture (left) and its list of grades with the legend (right). */
function drawWeb(w: Writer, summary: Summary): void {
  const l = summaryLabels[summary.locale];
  const web = summary.spinnenweb;
  const size = 170;
  w.room(size + 20);
  const radius = 62;
  const cx = MARGIN + size / 2;
  const top = w.y - 10;
  const cy = size / 2;
  // drawSvgPath measures y downwards from its origin, as SVG does.
  const at = (i: number, value: number): [number, number] => {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / web.length;
    const r = (radius * value) / 10;
    return [size / 2 + r * Math.cos(angle), cy + r * Math.sin(angle)];
  };
  const origin = { x: cx - size / 2, y: top };
  for (const ring of [2, 4, 6, 8, 10])
    w.page.drawSvgPath(webPath(web.map((_, i) => at(i, ring))), {
      ...origin,
      borderColor: rgb(0.54, 0.56, 0.6),
      borderWidth: 0.5,
    });
  for (let i = 0; i < web.length; i++) {
    const [x, y] = at(i, 10);
    w.page.drawLine({
      start: { x: origin.x + size / 2, y: top - cy },
      end: { x: origin.x + x, y: top - y },
      thickness: 0.5,
      color: rgb(0.54, 0.56, 0.6),
    });
    const [nx, ny] = at(i, 11.8);
    const number = String(i + 1);
    const font = web[i]?.talk ? w.bold : w.regular;
    w.page.drawText(number, {
      x: origin.x + nx - font.widthOfTextAtSize(number, 10) / 2,
      y: top - ny - 3.5,
      size: 10,
      font,
      color: web[i]?.talk ? TALK : INK,
    });
  }
  w.page.drawSvgPath(webPath(web.map((d, i) => at(i, d.grade ?? 0))), {
    ...origin,
    color: ACCENT,
    opacity: 0.25,
    borderColor: ACCENT,
    borderWidth: 1.5,
  });
  web.forEach((d, i) => {
    if (d.grade === null) return;
    const [x, y] = at(i, d.grade);
    w.page.drawCircle({
      x: origin.x + x,
      y: top - y,
      size: d.talk ? 3.5 : 2.2,
      color: d.talk ? TALK : ACCENT,
    });
  });
  // The list beside the picture.
  const listX = MARGIN + size + 16;
  let y = top - 4;
  const put = (text: string, font: PDFFont, size: number, color = INK) => {
    for (const line of wrap(drawable(font, text), font, size, A4[0] - MARGIN - listX)) {
      y -= size * 1.35;
      w.page.drawText(line, { x: listX, y, size, font, color });
    }
  };
  put(l.webList, w.bold, 10);
  web.forEach((d, i) => {
    const grade = d.grade === null ? l.noGrade : String(d.grade);
    put(`${i + 1}. ${d.label}: ${grade}`, d.talk ? w.bold : w.regular, 10.5, d.talk ? TALK : INK);
  });
  if (web.some((d) => d.talk)) put(l.webLegend, w.regular, 9, MUTED);
  w.y = Math.min(top - size, y) - 10;
}

export interface PdfOptions {
  /** The date printed on the summary (and in the file's metadata). */
  date: Date;
}

/** The summary as PDF bytes. */
export async function summaryPdf(summary: Summary, options: PdfOptions): Promise<Uint8Array> {
  const l = summaryLabels[summary.locale];
  const language = summary.locale === "nl" ? `nl-${summary.region}` : "en";
  const { doc, w } = await startPdf(l.title, language, options.date);
  w.text(l.title, { size: 18, bold: true, gap: 2 });
  w.text(l.forCareTeam[summary.region], { size: 11, color: MUTED });
  w.text(l.madeOn(summaryDate(options.date, summary.locale, summary.region)), {
    size: 11,
    color: MUTED,
    gap: 6,
  });
  if (!summary.complete) w.text(l.draft, { size: 10, color: MUTED, gap: 4 });
  for (const section of summarySections(summary, summary.locale)) {
    if (section.id === "spinnenweb") {
      w.heading(section.heading, 200);
      drawWeb(w, summary);
      continue;
    }
    w.heading(section.heading);
    for (const item of section.items) w.item(item.label, item.text);
    w.y -= 6;
  }
  return doc.save();
}
