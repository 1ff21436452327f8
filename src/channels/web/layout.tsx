/** @jsxImportSource hono/jsx */
// The page shell shared by every web page: language, styles, the optional chat script, header and
// footer. No inline script or style anywhere, so the CSP can forbid them.
import type { Child, FC } from "hono/jsx";
import { languageName, locales } from "../../locales.ts";
import { neutraliseBidi } from "../bidi.ts";
import type { PageCopy } from "./copy.ts";
import { withPhoneLinks } from "./phone-links.ts";

export const Layout: FC<{
  copy: PageCopy;
  title: string;
  script?: boolean;
  children?: Child;
  languageLink?: boolean;
}> = ({ copy, title, script, children, languageLink }) => (
  <html lang={copy.lang}>
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="referrer" content="no-referrer" />
      <title>{`${title} · ${copy.siteName}`}</title>
      <link rel="stylesheet" href="/static/app.css" />
      {script ? <script src="/static/chat.js" defer></script> : null}
    </head>
    <body>
      <a class="skip-link" href="#main">
        {copy.skipToContent}
      </a>
      <header class="site-header">
        <p class="site-name">
          <a href="/">{copy.siteName}</a>
        </p>
        {languageLink
          ? locales
              .filter((locale) => locale !== copy.lang)
              .map((locale) => (
                <a class="language" href={`?lang=${locale}`} lang={locale}>
                  {languageName[locale]}
                </a>
              ))
          : null}
      </header>
      <main id="main" tabindex={-1}>
        {children}
      </main>
      <footer class="site-footer">
        <p>
          <Lines text={copy.footer.notCrisis} />
        </p>
        <p>
          <a href={`/privacy?lang=${copy.lang}`}>{copy.footer.privacy}</a>
        </p>
      </footer>
    </body>
  </html>
);

/** A help number as a tel: link that stays on one line. */
const Phoned: FC<{ text: string }> = ({ text }) => (
  <>
    {withPhoneLinks(text).map((part) =>
      part.kind === "text" ? (
        part.text
      ) : (
        <a class="tel" href={`tel:${part.tel}`}>
          {part.text}
        </a>
      ),
    )}
  </>
);

/** Text with line breaks as separate lines (bullet lists from the coach stay readable), numbers linked. */
export const Lines: FC<{ text: string }> = ({ text }) => {
  const lines = text.split("\n");
  return (
    <>
      {lines.map((line, i) => (
        <>
          {i > 0 ? <br /> : null}
          <Phoned text={neutraliseBidi(line)} />
        </>
      ))}
    </>
  );
};

/** The help shown when screening ended coaching: prominent, calm, and nothing to dismiss it. */
export const HelpSection: FC<{ title: string; messages: { text: string }[]; level: 1 | 2 }> = ({
  title,
  messages,
  level,
}) => (
  <section class="help" aria-labelledby="help-title">
    {/* tabindex lets the chat script move focus here, so a screen reader starts with the help. */}
    {level === 1 ? (
      <h1 id="help-title" tabindex={-1}>
        {title}
      </h1>
    ) : (
      <h2 id="help-title" tabindex={-1}>
        {title}
      </h2>
    )}
    {messages.map((m) => (
      <p>
        <Lines text={m.text} />
      </p>
    ))}
  </section>
);
