// Text across the Slack boundary: what a person typed (Slack escapes it and wraps links and mentions)
// back to plain text, and our text safely into mrkdwn within Block Kit's length limits.
import { neutraliseBidi } from "../bidi.ts";

/** A DM message as the person wrote it: links to their label, mentions kept readable, entities undone. */
export function plainFromSlack(text: string): string {
  return text
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, "$2")
    .replace(/<((?:https?|mailto):[^>]+)>/g, "$1")
    .replace(/<[@#!]([^|>]+)\|([^>]+)>/g, "$2")
    .replace(/<([@#!][^>]+)>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .trim();
}

/**
 * Escapes the three characters mrkdwn gives meaning (links, mentions, entities), and drops the
 * controls that would reorder the text on screen (bidi.ts): every answer a block shows passes here.
 */
export function escapeMrkdwn(text: string): string {
  return neutraliseBidi(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Cuts to at most `max` characters, marking the cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Splits text into pieces of at most `max` characters, preferring line and word boundaries. */
export function chunk(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const cut = Math.max(window.lastIndexOf("\n"), window.lastIndexOf(" "));
    // Never inside an escaped entity such as "&amp;".
    const amp = window.lastIndexOf("&");
    const hard = amp > max - 6 && !window.slice(amp).includes(";") ? amp : max;
    const at = cut > max / 2 ? cut : hard;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^[\n ]/, "");
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}
