// The page layout every PDF of the service shares (pdf-lib, standard fonts, A4): the colours, text the
// font can draw, wrapping, and a writer that flows top to bottom onto new pages. No I/O.
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from "pdf-lib";
import { neutraliseBidi } from "../channels/bidi.ts";

export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 56;
export const INK = rgb(0.106, 0.122, 0.141);
export const MUTED = rgb(0.29, 0.31, 0.345);
export const ACCENT = rgb(0.122, 0.435, 0.545);
export const TALK = rgb(0.549, 0.114, 0.094);

/**
 * Characters the standard font cannot draw lose their accent, or become "?", rather than fail; controls
 * that reorder text are dropped, as on every page that shows an answer.
 */
export function drawable(font: PDFFont, text: string): string {
  const known = new Set(font.getCharacterSet());
  let out = "";
  for (const ch of neutraliseBidi(text).replace(/\r?\n/g, " ")) {
    if (known.has(ch.codePointAt(0) ?? 0)) out += ch;
    else {
      const plain = ch.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
      out += [...plain].every((c) => known.has(c.codePointAt(0) ?? 0)) ? plain : "?";
    }
  }
  return out;
}

/** The text broken into lines that fit `width`; a word too long for a line is cut. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const tried = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(tried, size) <= width) {
      line = tried;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (font.widthOfTextAtSize(rest, size) > width) {
      let cut = rest.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/** Writes top to bottom, starting a new page when the next lines would not fit. */
export class Writer {
  page: PDFPage;
  y: number;
  constructor(
    private readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.page = doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }
  get width(): number {
    return A4[0] - 2 * MARGIN;
  }
  room(height: number): void {
    if (this.y - height >= MARGIN) return;
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }
  /** A section's heading, on a new page when `keep` points would not fit below it. */
  heading(text: string, keep = 60): void {
    this.room(keep);
    this.text(text, { size: 13, bold: true, color: ACCENT, gap: 2 });
  }
  text(
    text: string,
    opts: { size: number; bold?: boolean; color?: typeof INK; gap?: number; indent?: number },
  ) {
    const font = opts.bold ? this.bold : this.regular;
    const lead = opts.size * 1.3;
    const lines = wrap(drawable(font, text), font, opts.size, this.width - (opts.indent ?? 0));
    for (const line of lines) {
      this.room(lead);
      this.y -= lead;
      this.page.drawText(line, {
        x: MARGIN + (opts.indent ?? 0),
        y: this.y + opts.size * 0.25,
        size: opts.size,
        font,
        color: opts.color ?? INK,
      });
    }
    this.y -= opts.gap ?? 0;
  }
  /** A label in a narrow column, its text beside it: compact enough for one A4 in most cases. */
  item(label: string, text: string) {
    const labelWidth = 150;
    const size = 10.5;
    const lead = size * 1.3;
    const labels = wrap(drawable(this.bold, label), this.bold, 9, labelWidth - 8);
    const lines = wrap(drawable(this.regular, text), this.regular, size, this.width - labelWidth);
    const rows = Math.max(labels.length, lines.length);
    // Keep a short item together; a long one flows on to the next page row by row.
    this.room(Math.min(rows, 3) * lead);
    for (let i = 0; i < rows; i++) {
      this.room(lead);
      this.y -= lead;
      const labelLine = labels[i];
      if (labelLine)
        this.page.drawText(labelLine, { x: MARGIN, y: this.y + 3, size: 9, font: this.bold, color: MUTED });
      const line = lines[i];
      if (line)
        this.page.drawText(line, {
          x: MARGIN + labelWidth,
          y: this.y + 3,
          size,
          font: this.regular,
          color: INK,
        });
    }
    this.y -= 2.5;
  }
}

/** A new A4 document with its title, language and dates set, and a writer on its first page. */
export async function startPdf(
  title: string,
  language: string,
  date: Date,
): Promise<{ doc: PDFDocument; w: Writer }> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setLanguage(language);
  doc.setCreator("Gesprekscoach");
  doc.setProducer("Gesprekscoach");
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  const w = new Writer(
    doc,
    await doc.embedFont(StandardFonts.Helvetica),
    await doc.embedFont(StandardFonts.HelveticaBold),
  );
  return { doc, w };
}
