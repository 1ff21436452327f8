/** @jsxImportSource hono/jsx */
// The summary page: the layered goals, first step and question for the visit, the spinnenweb,
// print, download and erase. A crisis ending shows its help instead, in the same calm layout.
import type { FC } from "hono/jsx";
import type { ConversationState } from "../../engine/types.ts";
import type { Locale } from "../../locales.ts";
import { ShareLink } from "../../practice/web/share-link.tsx";
import { summaryDate } from "../../summary/date.ts";
import { summaryLabels } from "../../summary/labels.ts";
import { type SummarySection, summarySections } from "../../summary/render.ts";
import type { Summary } from "../../summary/schema.ts";
import { neutraliseBidi } from "../bidi.ts";
import type { PageCopy } from "./copy.ts";
import { HelpSection, Layout, Lines } from "./layout.tsx";
import { Spinnenweb } from "./spinnenweb.tsx";
import { ResumeCode } from "./start-pages.tsx";

export const SummaryPage: FC<{
  copy: PageCopy;
  summary: Summary;
  done: boolean;
  date: Date;
  resumeCode?: string;
}> = ({ copy, summary, done, date, resumeCode }) => {
  const l = summaryLabels[copy.lang];
  const sections = listedSections(summary, copy.lang);
  const graded = summary.spinnenweb.filter((d) => d.grade !== null || d.talk);
  const description = webDescription(copy, summary);
  return (
    <Layout copy={copy} title={l.title} script>
      <h1>{l.title}</h1>
      <p class="summary-for">
        {l.forCareTeam[summary.region]}
        <br />
        {l.madeOn(summaryDate(date, copy.lang, summary.region))}
      </p>
      {done ? null : <p class="note no-print">{copy.summary.notFinished}</p>}
      <SummarySections sections={sections} />
      {graded.length > 0 ? (
        <section class="summary-section web" aria-labelledby="s-web">
          <h2 id="s-web">{l.sections.spinnenweb}</h2>
          <div class="web-layout">
            <Spinnenweb web={summary.spinnenweb} title={l.sections.spinnenweb} description={description} />
            <div>
              <h3 id="web-list-title">{l.webList}</h3>
              <ol class="web-list" aria-labelledby="web-list-title">
                {summary.spinnenweb.map((d) => (
                  <li class={d.talk ? "talk" : undefined}>
                    {d.talk ? <strong>{neutraliseBidi(d.label)}</strong> : neutraliseBidi(d.label)}
                    {`: ${d.grade === null ? l.noGrade : d.grade}`}
                    {d.talk ? <span class="visually-hidden">{` (${l.talk})`}</span> : null}
                  </li>
                ))}
              </ol>
              {summary.spinnenweb.some((d) => d.talk) ? (
                <p class="web-legend">
                  <span class="web-dot" aria-hidden="true"></span> {l.webLegend}
                </p>
              ) : null}
            </div>
          </div>
        </section>
      ) : null}
      <DataActions copy={copy} done={done} />
      {resumeCode ? (
        <ResumeCode title={copy.chat.resumeCodeTitle} text={copy.summary.resumeText} code={resumeCode} />
      ) : null}
    </Layout>
  );
};

/** The sections shown as lists; the spinnenweb is drawn on its own. */
export const listedSections = (summary: Summary, lang: Locale): SummarySection[] =>
  summarySections(summary, lang).filter((s) => s.id !== "spinnenweb");

/** The spinnenweb in words, for its SVG's description: each dimension, its grade, the talk mark. */
export function webDescription(copy: PageCopy, summary: Summary): string {
  const talk = summaryLabels[copy.lang].talk;
  return copy.summary.webDescription(
    summary.spinnenweb.map(
      (d) => `${d.label} ${d.grade === null ? "–" : d.grade}${d.talk ? ` (${talk})` : ""}`,
    ),
  );
}

/** The summary's sections as labelled lists: the patient's page, its print, and the practice's inbox. */
export const SummarySections: FC<{ sections: readonly SummarySection[] }> = ({ sections }) => (
  <>
    {sections.map((section) => (
      <section class={`summary-section ${section.id}`} aria-labelledby={`s-${section.id}`}>
        <h2 id={`s-${section.id}`}>{section.heading}</h2>
        <dl>
          {section.items.map((item) => (
            <>
              <dt>{item.label}</dt>
              <dd>
                <Lines text={item.text} />
              </dd>
            </>
          ))}
        </dl>
      </section>
    ))}
  </>
);

const DataActions: FC<{ copy: PageCopy; done: boolean }> = ({ copy, done }) => (
  <section class="actions no-print" aria-label={copy.summary.download}>
    <p>
      <button type="button" class="print-button" data-print hidden>
        {copy.summary.print}
      </button>{" "}
      <a class="button primary" href="/samenvatting/pdf" download="samenvatting.pdf">
        {copy.summary.pdf}
      </a>{" "}
      <a class="button" href="/samenvatting/download" download="gesprekscoach.json">
        {copy.summary.download}
      </a>{" "}
      <ShareLink lang={copy.lang} />
      {done ? null : (
        <>
          {" "}
          <a class="button" href="/chat">
            {copy.summary.backToChat}
          </a>
        </>
      )}
    </p>
    <EraseForm copy={copy} />
  </section>
);

export const EraseForm: FC<{ copy: PageCopy }> = ({ copy }) => (
  <form method="post" action="/gegevens/wissen" class="erase">
    <p class="check-option">
      <input type="checkbox" id="erase-confirm" name="confirm" value="yes" required />
      <label for="erase-confirm">{copy.summary.eraseConfirm}</label>
    </p>
    <button type="submit" class="danger">
      {copy.summary.erase}
    </button>
  </form>
);

export const HelpPage: FC<{ copy: PageCopy; state: ConversationState }> = ({ copy, state }) => (
  <Layout copy={copy} title={copy.chat.helpTitle}>
    <HelpSection title={copy.chat.helpTitle} messages={state.messages} level={1} />
    <section class="actions no-print" aria-label={copy.summary.download}>
      <p>
        <a class="button" href="/samenvatting/download" download="gesprekscoach.json">
          {copy.summary.download}
        </a>
      </p>
      <EraseForm copy={copy} />
    </section>
  </Layout>
);

export const MessagePage: FC<{ copy: PageCopy; title: string; text: string }> = ({ copy, title, text }) => (
  <Layout copy={copy} title={title}>
    <h1>{title}</h1>
    <p>{text}</p>
    <p>
      <a class="button" href={`/?lang=${copy.lang}`}>
        {copy.chat.startOver}
      </a>
    </p>
  </Layout>
);
