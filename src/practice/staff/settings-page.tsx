/** @jsxImportSource hono/jsx */
// The practice's own details as staff edit them: name, country, out-of-hours number, welcome line.
import type { FC } from "hono/jsx";
import type { PageCopy } from "../../channels/web/copy.ts";
import type { PracticeInput } from "../practice-input.ts";
import type { StaffCopy } from "./copy.ts";
import { StaffLayout } from "./pages.tsx";
import { PracticeForm } from "./practice-form.tsx";

export const SettingsPage: FC<{
  copy: PageCopy;
  words: StaffCopy;
  /** The stored details, or what the person typed when the checks refused it. */
  values: PracticeInput;
  notice?: string | undefined;
  error?: string | undefined;
}> = ({ copy, words, values, notice, error }) => (
  <StaffLayout copy={copy} title={words.settingsTitle}>
    <p class="no-print">
      <a href="/praktijk">{words.back}</a>
    </p>
    <h1>{words.settingsTitle}</h1>
    <p>{words.settingsText}</p>
    <Notices notice={notice} error={error} />
    <PracticeForm words={words} action="/praktijk/instellingen" values={values} submit={words.save} />
  </StaffLayout>
);

/** A saved notice or a refusal, read out by screen readers when the page comes back. */
export const Notices: FC<{ notice?: string | undefined; error?: string | undefined }> = ({
  notice,
  error,
}) => (
  <>
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
  </>
);

/** A stored practice as the form's values. */
export function valuesOf(practice: {
  name: string;
  region: string;
  outOfHours: string;
  welcome: string | null;
}): PracticeInput {
  return {
    name: practice.name,
    region: practice.region,
    outOfHours: practice.outOfHours,
    welcome: practice.welcome ?? "",
  };
}
