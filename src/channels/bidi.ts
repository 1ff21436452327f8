// Text a person wrote, made safe to show: the invisible controls that reorder text (embeddings,
// overrides, isolates, directional marks) are removed, so an answer shows in the order it was typed
// and cannot turn the text around it back to front. Called wherever answers are rendered: the web
// pages (chat, summary, print, spinnenweb) and Slack's blocks. Stored data keeps what was typed.

/**
 * U+202A-U+202E (LRE, RLE, PDF, LRO, RLO), U+2066-U+2069 (LRI, RLI, FSI, PDI), U+200E/U+200F
 * (LRM, RLM) and U+061C (ALM). Letters keep their own direction: Arabic or Hebrew still reads
 * right to left, by the Unicode algorithm, without these.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export function neutraliseBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}
