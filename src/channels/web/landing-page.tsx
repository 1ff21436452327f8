/** @jsxImportSource hono/jsx */
// The landing page, for patients: what this is and is not, start, continue, resume code, and one
// discreet link to the practice page for trainees (/oefenen).
import type { FC } from "hono/jsx";
import { flowIds } from "../../flow-ids.ts";
import type { PageCopy } from "./copy.ts";
import { Layout, Lines } from "./layout.tsx";

export const LandingPage: FC<{ copy: PageCopy; hasConversation: boolean; error?: string | undefined }> = ({
  copy,
  hasConversation,
  error,
}) => {
  const l = copy.landing;
  return (
    <Layout copy={copy} title={l.title} languageLink>
      <h1>{l.title}</h1>
      <p class="tagline">{copy.tagline}</p>
      {l.intro.map((p) => (
        <p>{p}</p>
      ))}
      <ul class="not-list">
        {l.notList.map((item) => (
          <li>
            <Lines text={item} />
          </li>
        ))}
      </ul>
      {hasConversation ? (
        <section aria-labelledby="continue-title">
          <h2 id="continue-title">{l.continueTitle}</h2>
          <p>
            <a class="button primary" href="/chat">
              {l.continueButton}
            </a>
          </p>
        </section>
      ) : null}
      <form method="post" action="/chat/start" class="start">
        <input type="hidden" name="flow" value={flowIds.reflection} />
        <input type="hidden" name="lang" value={copy.lang} />
        <button type="submit" class={hasConversation ? "" : "primary"}>
          {l.startReflect}
        </button>
        <p class="hint">{l.startReflectHint}</p>
      </form>
      <section aria-labelledby="resume-title" class="resume-form">
        <h2 id="resume-title">{l.resumeTitle}</h2>
        {error ? (
          <p class="error" role="alert" id="resume-error">
            {error}
          </p>
        ) : null}
        <form method="post" action="/chat/resume">
          <input type="hidden" name="lang" value={copy.lang} />
          <label for="resume-code">{l.resumeLabel}</label>
          <input
            type="text"
            id="resume-code"
            name="code"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            maxlength={20}
            required
            aria-describedby={error ? "resume-hint resume-error" : "resume-hint"}
          />
          <p id="resume-hint" class="hint">
            {l.resumeHint}
          </p>
          <button type="submit">{l.resumeButton}</button>
        </form>
      </section>
      <p class="practice-link">
        <a href={`/oefenen?lang=${copy.lang}`}>{l.practiceLink}</a>
      </p>
    </Layout>
  );
};
