// One reply of the simulated patient in the model's words: the prompt, one call, the guards; the template
// line whenever the call fails or a guard says no. Which voice it was, and why not the model, comes back.
import type { Chat, ChatFailure } from "./client.ts";
import type { Exchange, PatientDirective } from "./patient-directive.ts";
import { type GuardFailure, guardPatientReply } from "./patient-guard.ts";
import { patientPrompt } from "./patient-prompt.ts";
import type { ReflectionFailure } from "./reflection-guard.ts";

export type Voice = "model" | "template";
export interface Voiced {
  words: string;
  voice: Voice;
  /** Why the template was used. */
  fallback?: ChatFailure | GuardFailure | ReflectionFailure;
}

export async function voicePatient(
  chat: Chat,
  directive: PatientDirective,
  history: readonly Exchange[],
): Promise<Voiced> {
  const answer = await chat(patientPrompt(directive, history));
  if (!answer.ok) return { words: directive.template, voice: "template", fallback: answer.error };
  const guarded = guardPatientReply(answer.text, directive, history);
  if (!guarded.ok) return { words: directive.template, voice: "template", fallback: guarded.failed };
  return { words: guarded.text, voice: "model" };
}

/** The earlier exchanges in a transcript: each trainee message with the patient's message after it. */
export function exchangesOf(
  transcript: readonly { role: "coach" | "user"; text: string }[],
  speakerPrefix: string,
): Exchange[] {
  const exchanges: Exchange[] = [];
  let trainee: string | undefined;
  for (const message of transcript) {
    if (message.role === "user") trainee = message.text;
    else if (trainee !== undefined && message.text.startsWith(speakerPrefix)) {
      exchanges.push({ trainee, patient: message.text.slice(speakerPrefix.length) });
      trainee = undefined;
    }
  }
  return exchanges;
}
