/** @jsxImportSource hono/jsx */
// The landing page (what this is and is not, start, continue, resume code) and the privacy page.
import type { FC } from "hono/jsx";
import { flowIds } from "../../flow-ids.ts";
import type { PageCopy } from "./copy.ts";
import { Layout } from "./layout.tsx";

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
          <li>{item}</li>
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
      <section aria-labelledby="practice-title">
        <h2 id="practice-title">{l.practiceTitle}</h2>
        <p>{l.practiceText}</p>
        <form method="post" action="/chat/start" class="inline">
          <input type="hidden" name="flow" value={flowIds.practice} />
          <input type="hidden" name="lang" value={copy.lang} />
          <button type="submit">{l.startPractice}</button>
        </form>
        <form method="post" action="/chat/start" class="inline">
          <input type="hidden" name="flow" value={flowIds.quiz} />
          <input type="hidden" name="lang" value={copy.lang} />
          <button type="submit">{l.startQuiz}</button>
        </form>
      </section>
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
    </Layout>
  );
};

export const PrivacyPage: FC<{ copy: PageCopy; retentionDays: number; idleDays: number }> = ({
  copy,
  retentionDays,
  idleDays,
}) => (
  <Layout copy={copy} title={copy.privacy.title} languageLink>
    <h1>{copy.privacy.title}</h1>
    {copy.privacy.paragraphs(retentionDays, idleDays).map((p) => (
      <p>{p}</p>
    ))}
  </Layout>
);
