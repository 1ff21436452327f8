// The channel-neutral shapes of a conversation as the outside world sees it (DESIGN section 5).

/**
 * What the conversation waits for. `value` / `selected` carry an earlier answer (after `back`, or
 * when correcting) so the person can change it rather than retype it; `skip` is the label of the
 * skip button on optional questions.
 */
export type InputSpec =
  | { kind: "text"; maxLength: number; value?: string; skip?: string }
  | {
      kind: "scale";
      min: number;
      max: number;
      value?: number;
      minLabel?: string;
      maxLabel?: string;
      skip?: string;
    }
  | {
      kind: "choice";
      options: { id: string; label: string }[];
      multiple: boolean;
      selected?: string[];
      skip?: string;
    }
  | {
      /** Several 0-10 grades in one step, each scale with its own "I want to talk about this" mark. */
      kind: "scales";
      min: number;
      max: number;
      minLabel?: string;
      maxLabel?: string;
      items: { id: string; label: string; description?: string; value?: number }[];
      /** The label of each scale's mark ("Hier wil ik over praten"). */
      markLabel: string;
      /** The ids marked earlier. */
      marked?: string[];
      skip?: string;
    }
  | { kind: "none" };

export interface Message {
  role: "coach" | "user";
  text: string;
}

export interface ConversationState {
  version: number;
  phase: string;
  messages: Message[];
  input: InputSpec;
  /** Whether `{ command: "back" }` is possible now. */
  canGoBack: boolean;
  done: boolean;
}
