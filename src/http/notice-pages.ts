// Whole pages for the moments a web form cannot be taken, Dutch first and English below: the database
// is out (busy, full, read-only, unreachable) or the form is far larger than ours can be. A whole page,
// because the chat's script shows what a form post returns, and JSON shows nothing.
import { html } from "hono/html";

type Html = ReturnType<typeof html>;

interface Notice {
  title: string;
  /** The paragraphs, each already HTML (one may carry the link back to the chat). */
  paragraphs: readonly Html[];
}

function noticePage(nl: Notice, en: Notice): Html {
  return html`<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>${nl.title} · ${en.title}</title>
    <link rel="stylesheet" href="/static/app.css" />
  </head>
  <body>
    <main id="main">
      <h1>${nl.title}</h1>
      ${nl.paragraphs.map((p) => html`<p>${p}</p>`)}
      <section lang="en">
        <h2>${en.title}</h2>
        ${en.paragraphs.map((p) => html`<p>${p}</p>`)}
      </section>
    </main>
  </body>
</html>`;
}

export function unavailablePage(): Html {
  return noticePage(
    {
      title: "Even niet beschikbaar",
      paragraphs: [
        html`Je laatste antwoord kon even niet worden bewaard. Wat je eerder hebt ingevuld, staat veilig opgeslagen.`,
        html`Probeer het over een halve minuut nog eens: <a href="/chat">ga verder met je gesprek</a>.`,
      ],
    },
    {
      title: "Temporarily unavailable",
      paragraphs: [
        html`Your last answer could not be saved just now. Everything you filled in before is stored safely.`,
        html`Please try again in half a minute: <a href="/chat">carry on with your conversation</a>.`,
      ],
    },
  );
}

export function tooLargePage(): Html {
  return noticePage(
    {
      title: "Te lang om te versturen",
      paragraphs: [
        html`Wat je verstuurde was veel langer dan een antwoord hier kan zijn, dus er is niets bewaard of veranderd.`,
        html`Ga terug, maak je antwoord korter en probeer het nog eens: <a href="/chat">ga verder met je gesprek</a>.`,
      ],
    },
    {
      title: "Too long to send",
      paragraphs: [
        html`What you sent was far longer than an answer here can be, so nothing was stored or changed.`,
        html`Go back, shorten your answer and try again: <a href="/chat">carry on with your conversation</a>.`,
      ],
    },
  );
}
