/** @jsxImportSource hono/jsx */
// The administrator's pages: every practice with its invitation link and a form to add one, and one
// practice's details to change. No shares here: those stay in each practice's own inbox.
import type { FC } from "hono/jsx";
import type { PageCopy } from "../../channels/web/copy.ts";
import { invitationPath, type Practice } from "../practice.ts";
import type { PracticeInput } from "../practice-input.ts";
import type { StaffCopy } from "./copy.ts";
import { StaffLayout } from "./pages.tsx";
import { PracticeForm } from "./practice-form.tsx";
import { Notices } from "./settings-page.tsx";

export const ADMIN_PATH = "/praktijk/beheer";
export const adminPathOf = (slug: string) => `${ADMIN_PATH}/${slug}`;

export const AdminPage: FC<{
  copy: PageCopy;
  words: StaffCopy;
  practices: Practice[];
  /** What the add form shows: empty, or what the person typed when it was refused. */
  values: PracticeInput;
  notice?: string | undefined;
  error?: string | undefined;
}> = ({ copy, words, practices, values, notice, error }) => (
  <StaffLayout copy={copy} title={words.adminTitle}>
    <p class="no-print">
      <a href="/praktijk">{words.back}</a>
    </p>
    <h1>{words.adminTitle}</h1>
    <p>{words.adminText}</p>
    <Notices notice={notice} />
    {practices.length === 0 ? <p>{words.adminNone}</p> : null}
    {practices.length > 0 ? (
      <ul class="inbox">
        {practices.map((practice) => (
          <li>
            <h2>{practice.name}</h2>
            <p class="hint">
              {words.regions[practice.region]} · {words.outOfHoursLabel}: {practice.outOfHours} ·{" "}
              {words.invitationLabel}:{" "}
              <a href={invitationPath(practice.slug)}>{invitationPath(practice.slug)}</a>
              {" · "}
              <a href={adminPathOf(practice.slug)}>{words.edit}</a>
            </p>
          </li>
        ))}
      </ul>
    ) : null}
    <section aria-labelledby="add-title">
      <h2 id="add-title">{words.addTitle}</h2>
      <Notices error={error} />
      <PracticeForm words={words} action={ADMIN_PATH} values={values} withSlug submit={words.add} />
    </section>
  </StaffLayout>
);

export const AdminPracticePage: FC<{
  copy: PageCopy;
  words: StaffCopy;
  practice: Practice;
  values: PracticeInput;
  notice?: string | undefined;
  error?: string | undefined;
}> = ({ copy, words, practice, values, notice, error }) => (
  <StaffLayout copy={copy} title={words.editTitle(practice.name)}>
    <p class="no-print">
      <a href={ADMIN_PATH}>{words.backToPractices}</a>
    </p>
    <h1>{words.editTitle(practice.name)}</h1>
    <p>
      {words.invitationLabel}: <a href={invitationPath(practice.slug)}>{invitationPath(practice.slug)}</a>
    </p>
    <Notices notice={notice} error={error} />
    <PracticeForm words={words} action={adminPathOf(practice.slug)} values={values} submit={words.save} />
  </StaffLayout>
);
