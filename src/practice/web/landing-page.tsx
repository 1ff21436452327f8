/** @jsxImportSource hono/jsx */
// The invitation landing page (/p/<slug>): the patient's start page in the practice's name, with its
// welcome line and its own out-of-hours number; and the page for a link we do not know.
import type { FC } from "hono/jsx";
import type { PageCopy } from "../../channels/web/copy.ts";
import { Layout } from "../../channels/web/layout.tsx";
import { HELP_NUMBERS } from "../../safety/numbers.ts";
import type { Practice } from "../practice.ts";
import type { PracticeCopy } from "./copy.ts";

export const PracticeLandingPage: FC<{
  copy: PageCopy;
  words: PracticeCopy;
  practice: Practice;
  hasConversation: boolean;
  error?: string | undefined;
}> = ({ copy, words, practice, hasConversation, error }) => (
  <Layout copy={copy} title={words.landingTitle(practice.name)} languageLink>
    <h1>{words.landingTitle(practice.name)}</h1>
    <p class="tagline">{words.invitedBy(practice.name)}</p>
    {practice.welcome ? <p class="welcome">{practice.welcome}</p> : null}
    {words.intro.map((p) => (
      <p>{p}</p>
    ))}
    <p>{words.privateUntilShared(practice.name)}</p>
    {error ? (
      <p class="error" role="alert">
        {error}
      </p>
    ) : null}
    {hasConversation ? (
      <section aria-labelledby="continue-title">
        <h2 id="continue-title">{words.continueTitle}</h2>
        <p>
          <a class="button primary" href="/chat">
            {words.continueButton}
          </a>
        </p>
      </section>
    ) : null}
    <form method="post" action={`/p/${practice.slug}/start`} class="start">
      <input type="hidden" name="lang" value={copy.lang} />
      <button type="submit" class={hasConversation ? "" : "primary"}>
        {words.start}
      </button>
      <p class="hint">{words.startHint}</p>
    </form>
    <section aria-labelledby="help-title">
      <h2 id="help-title">{words.helpTitle}</h2>
      {words.helpLines(practice.outOfHours, HELP_NUMBERS[practice.region].outOfHoursGp.name).map((line) => (
        <p>{line}</p>
      ))}
    </section>
    <p class="hint">{words.otherSide}</p>
  </Layout>
);

export const UnknownPracticePage: FC<{ copy: PageCopy; words: PracticeCopy }> = ({ copy, words }) => (
  <Layout copy={copy} title={words.unknownTitle} languageLink>
    <h1>{words.unknownTitle}</h1>
    <p>{words.unknownText}</p>
    <p>
      <a class="button" href={copy.lang === "nl" ? "/" : "/?lang=en"}>
        {words.unknownHome}
      </a>
    </p>
  </Layout>
);
