// The text a PDF made with pdf-lib's standard fonts shows, page by page, for tests to read without a
// viewer: each page's content streams are inflated and the strings of its text operators decoded.
import { decodePDFRawStream, PDFArray, PDFDocument, type PDFObject, PDFRawStream } from "pdf-lib";

const streamsOf = (contents: PDFObject | undefined, doc: PDFDocument): PDFRawStream[] => {
  if (contents instanceof PDFRawStream) return [contents];
  if (contents instanceof PDFArray)
    return contents.asArray().flatMap((ref) => streamsOf(doc.context.lookup(ref), doc));
  return [];
};

// The standard fonts use WinAnsi: the bytes below 0x80 are ASCII, the accented letters Latin-1.
const decodeHex = (hex: string) =>
  String.fromCharCode(...(hex.match(/../g) ?? []).map((h) => Number.parseInt(h, 16)));

/** All text drawn, one string per drawn line, in drawing order. */
export async function pdfLines(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const lines: string[] = [];
  for (const page of doc.getPages()) {
    for (const stream of streamsOf(page.node.Contents(), doc)) {
      const content = new TextDecoder("latin1").decode(decodePDFRawStream(stream).decode());
      for (const m of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) lines.push(decodeHex(m[1] ?? ""));
    }
  }
  return lines;
}

/** All text drawn, the lines joined with spaces: a phrase wrapped over two lines still reads whole. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await pdfLines(bytes)).join(" ");
}
