/** @jsxImportSource hono/jsx */
// The chat page: the conversation so far, the phase, and one form for the current input. Every
// control is a plain form post; /static/chat.js only makes it smoother.
import type { FC } from "hono/jsx";
import type { ConversationState, InputSpec, Message } from "../../engine/types.ts";
import { neutraliseBidi } from "../bidi.ts";
import type { PageCopy } from "./copy.ts";
import { HelpSection, Layout, Lines } from "./layout.tsx";
import { ScalesControls } from "./scales-form.tsx";
import { ResumeCode } from "./start-pages.tsx";

export interface ChatPageProps {
  copy: PageCopy;
  state: ConversationState;
  transcript: Message[];
  resumeCode?: string | undefined;
  error?: string | undefined;
  turnId: string;
}

/** The question the input answers: the last thing the coach asked, else its last message. */
export function questionOf(messages: Message[]): string {
  const coach = messages.filter((m) => m.role === "coach").map((m) => m.text);
  return coach.findLast((text) => /\?\s*$/.test(text)) ?? coach.at(-1) ?? "";
}

/** Gives each control the question as its name, before the short visible label ("Je antwoord"). */
const Question: FC<{ text: string }> = ({ text }) =>
  text ? (
    <span id="answer-question" class="visually-hidden">
      {`${text} `}
    </span>
  ) : null;

const InputControls: FC<{ input: InputSpec; copy: PageCopy; question: string }> = ({
  input,
  copy,
  question,
}) => {
  const c = copy.chat;
  switch (input.kind) {
    case "text":
      return (
        <div class="field">
          <label for="answer-text" id="answer-label">
            <Question text={question} />
            {c.answerLabel}
          </label>
          <textarea
            id="answer-text"
            name="text"
            rows={4}
            maxlength={input.maxLength}
            required
            autofocus
            aria-describedby="answer-hint"
          >
            {neutraliseBidi(input.value ?? "")}
          </textarea>
          <p id="answer-hint" class="hint">
            {c.charactersLeft(input.maxLength)}
          </p>
          <button type="submit" class="primary" name="kind" value="text">
            {c.send}
          </button>
        </div>
      );
    case "scale": {
      const numbers = Array.from({ length: input.max - input.min + 1 }, (_, i) => input.min + i);
      return (
        <div class="field">
          <fieldset class="scale" aria-describedby={input.minLabel ? "scale-ends" : undefined}>
            <legend>
              <Question text={question} />
              {c.scaleLegend}
            </legend>
            <div class="scale-row">
              {numbers.map((n) => (
                <span class="scale-option">
                  <input
                    type="radio"
                    id={`value-${n}`}
                    name="value"
                    value={String(n)}
                    required
                    checked={input.value === n}
                    autofocus={n === (input.value ?? input.min)}
                  />
                  <label for={`value-${n}`}>{n}</label>
                </span>
              ))}
            </div>
            {input.minLabel ? (
              <p id="scale-ends" class="scale-ends">
                <span>{input.minLabel}</span> <span>{input.maxLabel}</span>
              </p>
            ) : null}
          </fieldset>
          <button type="submit" class="primary" name="kind" value="value">
            {c.next}
          </button>
        </div>
      );
    }
    case "choice":
      if (input.multiple)
        return (
          <div class="field">
            <fieldset class="choices" aria-describedby="multiple-hint">
              <legend>
                <Question text={question} />
                {c.choiceLegend}
              </legend>
              <p id="multiple-hint" class="hint">
                {c.multipleHint}
              </p>
              {input.options.map((o, i) => (
                <span class="check-option">
                  <input
                    type="checkbox"
                    id={`choice-${o.id}`}
                    name="choice"
                    value={o.id}
                    checked={input.selected?.includes(o.id) ?? false}
                    autofocus={i === 0}
                  />
                  <label for={`choice-${o.id}`}>{o.label}</label>
                </span>
              ))}
            </fieldset>
            <button type="submit" class="primary" name="kind" value="choice">
              {c.next}
            </button>
          </div>
        );
      return (
        <fieldset class="choices buttons">
          <legend>
            <Question text={question} />
            {c.choiceLegend}
          </legend>
          {input.options.map((o, i) => (
            <button
              type="submit"
              class={input.selected?.includes(o.id) ? "choice selected" : "choice"}
              name="choice"
              value={o.id}
              aria-pressed={input.selected?.includes(o.id) ? "true" : undefined}
              autofocus={i === 0}
            >
              {o.label}
            </button>
          ))}
        </fieldset>
      );
    case "scales":
      return <ScalesControls input={input} copy={copy} />;
    case "none":
      return null;
  }
};

export const AnswerForm: FC<{ state: ConversationState; copy: PageCopy; turnId: string }> = ({
  state,
  copy,
  turnId,
}) => {
  const { input } = state;
  if (state.done || input.kind === "none") {
    if (state.phase === "crisis") return null;
    return (
      <p class="next-step">
        <a class="button primary" href="/samenvatting" autofocus>
          {copy.chat.toSummary}
        </a>
      </p>
    );
  }
  return (
    <form id="answer-form" method="post" action="/chat/turn" class="answer">
      <input type="hidden" name="turnId" value={turnId} />
      <input type="hidden" name="version" value={String(state.version)} />
      <InputControls input={input} copy={copy} question={questionOf(state.messages)} />
      <div class="controls">
        {state.canGoBack ? (
          <button type="submit" name="command" value="back" formnovalidate>
            {copy.chat.back}
          </button>
        ) : null}
        {input.skip ? (
          <button type="submit" name="command" value="skip" formnovalidate>
            {input.skip}
          </button>
        ) : null}
        <button type="submit" name="command" value="pause" formnovalidate>
          {copy.chat.pause}
        </button>
      </div>
    </form>
  );
};

export const ChatPage: FC<ChatPageProps> = ({ copy, state, transcript, resumeCode, error, turnId }) => {
  const crisis = state.phase === "crisis";
  return (
    <Layout copy={copy} title={copy.chat.title} script>
      <h1 class="visually-hidden">{copy.chat.title}</h1>
      <p class="phase" id="phase">
        {copy.phases[state.phase] ?? ""}
      </p>
      <div id="announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div>
      <ol id="log" class="log" aria-label={copy.chat.logLabel}>
        {transcript.map((m, i) => (
          <li class={`message ${m.role}`} data-index={String(i)}>
            <span class="visually-hidden">{m.role === "coach" ? copy.chat.coach : copy.chat.you}: </span>
            <Lines text={m.text} />
          </li>
        ))}
      </ol>
      <div id="answer">
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : null}
        {crisis ? <HelpSection title={copy.chat.helpTitle} messages={state.messages} level={2} /> : null}
        <AnswerForm state={state} copy={copy} turnId={turnId} />
      </div>
      {resumeCode && !state.done ? (
        <ResumeCode title={copy.chat.resumeCodeTitle} text={copy.chat.resumeCodeText} code={resumeCode} />
      ) : null}
    </Layout>
  );
};
