/** @jsxImportSource hono/jsx */
// The form of a practice's details (name, country, out-of-hours number, welcome line, and for a new
// practice the invitation link's slug), shared by the practice's own settings and the administrator's
// pages, and the message that names the field to look at again.
import type { FC } from "hono/jsx";
import { regions } from "../../locales.ts";
import type { PracticeField, PracticeInput } from "../practice-input.ts";
import type { StaffCopy } from "./copy.ts";

/** "Please check: <the field's label>", for the first field the checks refused. */
export function checkFieldMessage(words: StaffCopy, field: PracticeField | undefined): string {
  const labels: Record<PracticeField, string> = {
    name: words.nameLabel,
    region: words.regionLabel,
    outOfHours: words.outOfHoursLabel,
    welcome: words.welcomeLabel,
    slug: words.slugLabel,
  };
  return words.checkField(field ? labels[field] : words.settingsTitle);
}

export const PracticeForm: FC<{
  words: StaffCopy;
  action: string;
  values: PracticeInput;
  /** Only a new practice has a slug field: once patients have the link, it stays. */
  withSlug?: boolean;
  submit: string;
}> = ({ words, action, values, withSlug, submit }) => (
  <form method="post" action={action}>
    <p>
      <label for="practice-name">{words.nameLabel}</label>
      <input type="text" id="practice-name" name="name" value={values.name ?? ""} maxlength={80} required />
    </p>
    {withSlug ? (
      <p>
        <label for="practice-slug">{words.slugLabel}</label>
        <input
          type="text"
          id="practice-slug"
          name="slug"
          value={values.slug ?? ""}
          maxlength={48}
          autocomplete="off"
          spellcheck={false}
          aria-describedby="slug-hint"
        />
        <span id="slug-hint" class="hint">
          {words.slugHint}
        </span>
      </p>
    ) : null}
    <fieldset>
      <legend>{words.regionLabel}</legend>
      {regions.map((region) => (
        <p class="check-option">
          <input
            type="radio"
            id={`region-${region}`}
            name="region"
            value={region}
            checked={values.region === region}
          />
          <label for={`region-${region}`}>{words.regions[region]}</label>
        </p>
      ))}
    </fieldset>
    <p>
      <label for="practice-phone">{words.outOfHoursLabel}</label>
      <input
        type="tel"
        id="practice-phone"
        name="outOfHours"
        value={values.outOfHours ?? ""}
        maxlength={20}
        required
        aria-describedby="phone-hint"
      />
      <span id="phone-hint" class="hint">
        {words.outOfHoursHint}
      </span>
    </p>
    <p>
      <label for="practice-welcome">{words.welcomeLabel}</label>
      <input type="text" id="practice-welcome" name="welcome" value={values.welcome ?? ""} maxlength={200} />
    </p>
    <button type="submit" class="primary">
      {submit}
    </button>
  </form>
);
