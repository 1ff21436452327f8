/** @jsxImportSource hono/jsx */
// The practice's own details as staff edit them: name, country, out-of-hours number, welcome line.
import type { FC } from "hono/jsx";
import type { PageCopy } from "../../channels/web/copy.ts";
import { regions } from "../../locales.ts";
import type { Practice } from "../practice.ts";
import type { StaffCopy } from "./copy.ts";
import { StaffLayout } from "./pages.tsx";

export const SettingsPage: FC<{
  copy: PageCopy;
  words: StaffCopy;
  practice: Practice;
  notice?: string | undefined;
  error?: string | undefined;
}> = ({ copy, words, practice, notice, error }) => (
  <StaffLayout copy={copy} title={words.settingsTitle}>
    <p class="no-print">
      <a href="/praktijk">{words.back}</a>
    </p>
    <h1>{words.settingsTitle}</h1>
    <p>{words.settingsText}</p>
    {notice ? (
      <p class="note" role="status">
        {notice}
      </p>
    ) : null}
    {error ? (
      <p class="error" role="alert">
        {error}
      </p>
    ) : null}
    <form method="post" action="/praktijk/instellingen">
      <p>
        <label for="practice-name">{words.nameLabel}</label>
        <input type="text" id="practice-name" name="name" value={practice.name} maxlength={80} required />
      </p>
      <fieldset>
        <legend>{words.regionLabel}</legend>
        {regions.map((region) => (
          <p class="check-option">
            <input
              type="radio"
              id={`region-${region}`}
              name="region"
              value={region}
              checked={practice.region === region}
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
          value={practice.outOfHours}
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
        <input
          type="text"
          id="practice-welcome"
          name="welcome"
          value={practice.welcome ?? ""}
          maxlength={200}
        />
      </p>
      <button type="submit" class="primary">
        {words.save}
      </button>
    </form>
  </StaffLayout>
);
