/** @jsxImportSource hono/jsx */
// The spinnenweb's one step on the chat page: a 0-10 scale per part with its description and a
// "hier wil ik over praten" tick box, as plain radio groups in one form (no script needed; arrows
// move within a scale, Tab to the next). Each scale fits one row at 360 px (app-css: .scale-row).
// Every scale starts on a visible "geen cijfer" choice: a group with nothing checked is one that
// text browsers (lynx) fill with its first radio, which would send a 0 nobody chose.
import type { FC } from "hono/jsx";
import type { InputSpec } from "../../engine/types.ts";
import type { PageCopy } from "./copy.ts";

type ScalesInput = Extract<InputSpec, { kind: "scales" }>;

// The coach's lead stands right above and each part is named by its own legend, so the group's
// legend is only the short instruction (the lead, read again on entering it, would be long).
export const ScalesControls: FC<{ input: ScalesInput; copy: PageCopy }> = ({ input, copy }) => {
  const c = copy.chat;
  const numbers = Array.from({ length: input.max - input.min + 1 }, (_, i) => input.min + i);
  const ends = input.minLabel ? "scales-ends" : undefined;
  return (
    <div class="field">
      <fieldset class="scales" aria-describedby="scales-hint">
        <legend>{c.scalesLegend}</legend>
        <p id="scales-hint" class="hint">
          {c.scalesHint}
        </p>
        {input.minLabel ? (
          <p id="scales-ends" class="scale-ends">
            <span>{input.minLabel}</span> <span>{input.maxLabel}</span>
          </p>
        ) : null}
        {input.items.map((item, i) => {
          const about = item.description ? `scale-about-${item.id}` : undefined;
          return (
            <fieldset
              class="scale scale-item"
              aria-describedby={[about, ends].filter(Boolean).join(" ") || undefined}
            >
              <legend class="scale-name">{item.label}</legend>
              <span class="scale-none">
                <input
                  type="radio"
                  id={`scale-${item.id}-none`}
                  name={`scale-${item.id}`}
                  value=""
                  checked={item.value === undefined}
                  autofocus={i === 0 && item.value === undefined}
                />
                <label for={`scale-${item.id}-none`}>{c.noGrade}</label>
              </span>
              {about ? (
                <p id={about} class="hint">
                  {item.description}
                </p>
              ) : null}
              <div class="scale-row">
                {numbers.map((n) => (
                  <span class="scale-option">
                    <input
                      type="radio"
                      id={`scale-${item.id}-${n}`}
                      name={`scale-${item.id}`}
                      value={String(n)}
                      checked={item.value === n}
                      autofocus={i === 0 && n === item.value}
                    />
                    <label for={`scale-${item.id}-${n}`}>{n}</label>
                  </span>
                ))}
              </div>
              <span class="check-option">
                <input
                  type="checkbox"
                  id={`mark-${item.id}`}
                  name="mark"
                  value={item.id}
                  checked={input.marked?.includes(item.id) ?? false}
                />
                <label for={`mark-${item.id}`}>
                  {input.markLabel}
                  <span class="visually-hidden">{`: ${item.label}`}</span>
                </label>
              </span>
            </fieldset>
          );
        })}
      </fieldset>
      <button type="submit" class="primary" name="kind" value="scales">
        {c.next}
      </button>
    </div>
  );
};
