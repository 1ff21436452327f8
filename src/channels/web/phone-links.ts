// Finds the help numbers (from the one table in src/safety) in a text, so pages can make them
// tel: links that do not break across lines ("0800-0113" stays whole). Pure.
import { regions } from "../../locales.ts";
import { HELP_NUMBERS, type HelpLine } from "../../safety/numbers.ts";

export type TextPart = { kind: "text"; text: string } | { kind: "phone"; text: string; tel: string };

function phonesOf(): string[] {
  const found = new Set<string>();
  for (const region of regions)
    for (const line of Object.values(HELP_NUMBERS[region]) as HelpLine[]) {
      if (line.phone) found.add(line.phone);
      if (line.altPhone) found.add(line.altPhone);
    }
  // Longest first, so "0800-0113" is found before the "113" inside it.
  return [...found].sort((a, b) => b.length - a.length);
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
// Not inside a longer number, and not a web address ("113.nl").
const PHONE = new RegExp(`(?<![\\d-])(${phonesOf().map(literal).join("|")})(?![\\d-]|\\.\\w)`, "g");

export function withPhoneLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(PHONE)) {
    const start = match.index ?? 0;
    if (start > at) parts.push({ kind: "text", text: text.slice(at, start) });
    parts.push({ kind: "phone", text: match[0], tel: match[0].replace(/\D/g, "") });
    at = start + match[0].length;
  }
  if (at < text.length) parts.push({ kind: "text", text: text.slice(at) });
  return parts;
}
