// A person in the app's DM, for tests: reads the last message the app posted to them, presses its
// buttons, ticks checkboxes and types answers, each time waiting for the app's one reply.
import type { SlackCall } from "./fake-slack.ts";
import type { SlackHarness } from "./harness.ts";
import { answerOf, type ButtonElement, blocksOf, buttonsOf, textOf } from "./slack-client.ts";

export type InputKind = "text" | "scale" | "scales" | "choice" | "multiple" | "none";

export class Dm {
  last: SlackCall | undefined;
  readonly history: SlackCall[] = [];

  constructor(
    readonly h: SlackHarness,
    readonly user: string,
  ) {}

  get text(): string {
    return textOf(this.last);
  }

  /** What the last message asks for, read from its blocks. */
  get input(): InputKind {
    const blocks = blocksOf(this.last);
    if (blocks.some((b) => b.accessory?.type === "static_select")) return "scales";
    if (blocks.some((b) => (b.elements ?? []).some((e) => e.type === "checkboxes"))) return "multiple";
    const answers = buttonsOf(this.last).map(answerOf);
    if (answers.some((a) => a && "value" in a)) return "scale";
    if (answers.some((a) => a && "choice" in a)) return "choice";
    if (blocks.some((b) => b.block_id === "gc_hint_text")) return "text";
    return "none";
  }

  #took(post: SlackCall): SlackCall {
    this.last = post;
    this.history.push(post);
    return post;
  }

  async say(text: string): Promise<SlackCall> {
    return this.#took(await this.h.expectPost(() => this.h.slack.message(this.user, text)));
  }

  button(match: (b: ButtonElement) => boolean, message = this.last): ButtonElement {
    const found = buttonsOf(message).find(match);
    if (!found)
      throw new Error(`no such button in: ${JSON.stringify(buttonsOf(message).map((b) => b.text.text))}`);
    return found;
  }

  async press(
    match: (b: ButtonElement) => boolean,
    options: { state?: Record<string, unknown> } = {},
  ): Promise<SlackCall> {
    const button = this.button(match);
    return this.#took(
      await this.h.expectPost(() => this.h.slack.press(this.user, button, this.last, options)),
    );
  }

  start(flow: string) {
    return this.press(
      (b) => b.action_id.startsWith("gc_start") && (JSON.parse(b.value) as { f: string }).f === flow,
    );
  }
  choose(id: string) {
    return this.press((b) => answerOf(b)?.choice === id);
  }
  grade(value: number) {
    return this.press((b) => answerOf(b)?.value === value);
  }
  command(command: "back" | "skip" | "pause") {
    return this.press((b) => answerOf(b)?.command === command);
  }

  /** The option ids of the choice buttons or checkboxes in the last message. */
  options(): string[] {
    const fromButtons = buttonsOf(this.last)
      .map((b) => answerOf(b)?.choice)
      .filter((c): c is string => typeof c === "string");
    const fromBoxes = blocksOf(this.last).flatMap((b) =>
      (b.elements ?? []).flatMap((e) =>
        e.type === "checkboxes" ? ((e.options ?? []) as { value: string }[]).map((o) => o.value) : [],
      ),
    );
    return [...fromButtons, ...fromBoxes];
  }

  /** The spinnenweb: chooses these grades in the selects, ticks these marks, presses Klaar. */
  grades(grades: Record<string, number>, marks: string[]) {
    const state: Record<string, Record<string, unknown>> = {};
    for (const block of blocksOf(this.last)) {
      const accessory = block.accessory;
      if (!accessory?.action_id || !block.block_id) continue;
      const id = accessory.action_id.replace(/^gc_pick:scale-/, "");
      if (accessory.type === "static_select")
        state[block.block_id] = {
          [accessory.action_id]: {
            type: "static_select",
            selected_option: grades[id] === undefined ? null : { value: String(grades[id]) },
          },
        };
      if (accessory.type === "checkboxes")
        state[block.block_id] = {
          [accessory.action_id]: { type: "checkboxes", selected_options: marks.map((value) => ({ value })) },
        };
    }
    return this.press((b) => b.action_id === "gc_submit", { state });
  }

  /** Ticks these options in the checkboxes and presses the submit button. */
  tick(ids: string[]) {
    const state: Record<string, Record<string, unknown>> = {};
    for (const block of blocksOf(this.last))
      for (const element of block.elements ?? [])
        if (element.type === "checkboxes" && element.action_id && block.block_id) {
          const options = (element.options ?? []) as { value: string; text: { text: string } }[];
          state[block.block_id] = {
            [element.action_id]: {
              type: "checkboxes",
              selected_options: options.filter((o) => ids.includes(o.value)),
            },
          };
        }
    return this.press((b) => b.action_id === "gc_submit", { state });
  }
}
