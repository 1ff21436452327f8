// Plays a scripted practice conversation without the engine: what the trainee types in, what the patient
// says back. For the patient's tests and the session measurements in sessions-report.ts.
import type { Locale } from "../../src/locales.ts";
import { en } from "./content.en.ts";
import { nl } from "./content.nl.ts";
import { initialContext, MAX_TURNS, type OefenenContext, type ReplyPart } from "./context.ts";
import { takeTurn } from "./conversation.ts";
import { replyMessages } from "./messages.ts";
import type { PersonaId } from "./personas.ts";
import type { Difficulty } from "./scenarios.ts";

export interface Played {
  context: OefenenContext;
  /** The patient's reply to each line, without the name in front. */
  replies: string[];
  /** The same replies as content keys, to see which pools and topics answered. */
  parts: ReplyPart[][];
}

export function play(
  persona: PersonaId,
  lines: readonly string[],
  locale: Locale = "nl",
  seed = 0,
  difficulty: Difficulty | null = null,
): Played {
  let ctx: OefenenContext = {
    ...initialContext({ locale, region: "NL", seed }),
    persona,
    difficulty,
    withHints: false,
  };
  const content = locale === "en" ? en : nl;
  const name = content.personas[persona].name;
  const replies: string[] = [];
  const parts: ReplyPart[][] = [];
  for (const line of lines) {
    ctx = takeTurn(ctx, line, MAX_TURNS);
    replies.push((replyMessages(ctx, content)[0] ?? "").replace(`${name}: `, ""));
    parts.push(ctx.reply);
  }
  return { context: ctx, replies, parts };
}
