/** @jsxImportSource hono/jsx */
// The practice's own pages: enrol a passkey, sign in, the inbox of shared summaries (newest first,
// titled by the main question). Scripts only from /static/staff.js.
import type { Child, FC } from "hono/jsx";
import type { PageCopy } from "../../channels/web/copy.ts";
import { readableDay } from "../sharing.ts";
import type { StaffCopy } from "./copy.ts";

export const StaffLayout: FC<{ copy: PageCopy; title: string; script?: boolean; children?: Child }> = ({
  copy,
  title,
  script,
  children,
}) => (
  <html lang={copy.lang}>
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="referrer" content="no-referrer" />
      <meta name="robots" content="noindex" />
      <title>{`${title} · ${copy.siteName}`}</title>
      <link rel="stylesheet" href="/static/app.css" />
      {script ? <script src="/static/staff.js" defer></script> : null}
    </head>
    <body>
      <a class="skip-link" href="#main">
        {copy.skipToContent}
      </a>
      <header class="site-header">
        <p class="site-name">{copy.siteName}</p>
      </header>
      <main id="main" tabindex={-1}>
        {children}
      </main>
    </body>
  </html>
);

/** A passkey button: hidden until the script runs, which also shows what happens. */
const PasskeyButton: FC<{ words: StaffCopy; mode: "register" | "sign-in"; base: string; label: string }> = ({
  words,
  mode,
  base,
  label,
}) => (
  <>
    <p>
      <button
        type="button"
        class="primary"
        data-passkey={mode}
        data-base={base}
        data-wait={words.wait}
        data-failed={words.failed}
        hidden
      >
        {label}
      </button>
    </p>
    <p id="passkey-status" role="status" aria-live="polite"></p>
    <noscript>
      <p class="note">{words.noScript}</p>
    </noscript>
  </>
);

export const EnrolPage: FC<{
  copy: PageCopy;
  words: StaffCopy;
  name: string;
  practice: string;
  base: string;
}> = ({ copy, words, name, practice, base }) => (
  <StaffLayout copy={copy} title={words.enrolTitle} script>
    <h1>{words.enrolTitle}</h1>
    <p>{words.enrolText(name, practice)}</p>
    <PasskeyButton words={words} mode="register" base={base} label={words.enrolButton} />
  </StaffLayout>
);

export const StaffMessagePage: FC<{
  copy: PageCopy;
  title: string;
  text: string;
  link?: { href: string; label: string };
}> = ({ copy, title, text, link }) => (
  <StaffLayout copy={copy} title={title}>
    <h1>{title}</h1>
    <p>{text}</p>
    {link ? (
      <p>
        <a class="button" href={link.href}>
          {link.label}
        </a>
      </p>
    ) : null}
  </StaffLayout>
);

export const SignInPage: FC<{ copy: PageCopy; words: StaffCopy }> = ({ copy, words }) => (
  <StaffLayout copy={copy} title={words.signInTitle} script>
    <h1>{words.signInTitle}</h1>
    <p>{words.signInText}</p>
    <PasskeyButton words={words} mode="sign-in" base="/praktijk/inloggen" label={words.signInButton} />
  </StaffLayout>
);

export interface InboxLine {
  shareId: string;
  title: string | null;
  sharedAt: number;
  until: number;
}

const SignOut: FC<{ words: StaffCopy }> = ({ words }) => (
  <form method="post" action="/praktijk/uitloggen" class="inline no-print">
    <button type="submit">{words.signOut}</button>
  </form>
);

export const InboxPage: FC<{
  copy: PageCopy;
  words: StaffCopy;
  practice: string;
  member: string;
  /** An administrator also sees the way to the practices. */
  admin: boolean;
  lines: InboxLine[];
  invitationUrl: string;
  qrPath: string;
  codeError?: string | undefined;
}> = ({ copy, words, practice, member, admin, lines, invitationUrl, qrPath, codeError }) => (
  <StaffLayout copy={copy} title={words.inboxTitle(practice)}>
    <h1>{words.inboxTitle(practice)}</h1>
    <p>
      {words.signedInAs(member)} <a href="/praktijk/instellingen">{words.settings}</a>{" "}
      {admin ? (
        <>
          <a href="/praktijk/beheer">{words.admin}</a>{" "}
        </>
      ) : null}
      <SignOut words={words} />
    </p>
    {lines.length === 0 ? <p>{words.empty}</p> : null}
    {lines.length > 0 ? (
      <ol class="inbox">
        {lines.map((line) => (
          <li>
            <h2>
              <a href={`/praktijk/gedeeld/${line.shareId}`}>{line.title ?? words.untitled}</a>
            </h2>
            <p class="hint">
              {words.sharedOn(readableDay(line.sharedAt, copy.lang))},{" "}
              {words.visibleUntil(readableDay(line.until, copy.lang))}
              {" · "}
              <a href={`/praktijk/gedeeld/${line.shareId}/pdf`}>{words.pdf}</a>
              {" · "}
              <a href={`/praktijk/gedeeld/${line.shareId}/fhir`}>{words.fhir}</a>
            </p>
          </li>
        ))}
      </ol>
    ) : null}
    <section aria-labelledby="code-title">
      <h2 id="code-title">{words.codeTitle}</h2>
      {codeError ? (
        <p class="error" role="alert">
          {codeError}
        </p>
      ) : null}
      <form method="post" action="/praktijk/code">
        <label for="share-code">{words.codeLabel}</label>
        <input
          type="text"
          id="share-code"
          name="code"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          maxlength={20}
          required
        />
        <button type="submit">{words.codeButton}</button>
      </form>
    </section>
    <section aria-labelledby="privacy-title">
      <h2 id="privacy-title">{copy.lang === "nl" ? "Wat jullie zien" : "What you see"}</h2>
      <p>{words.whatYouSee}</p>
    </section>
    <section aria-labelledby="invite-title">
      <h2 id="invite-title">{words.inviteTitle}</h2>
      <p>
        {words.inviteText} <a href={invitationUrl}>{invitationUrl}</a>
      </p>
      <p>
        <img src={qrPath} alt={words.qrTitle} width={200} height={200} />
      </p>
    </section>
  </StaffLayout>
);
