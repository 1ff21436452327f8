/** @jsxImportSource hono/jsx */
// The summary page: the layered goals, first step and question for the visit, the spinnenweb,
// print, download and erase. A crisis ending shows its help instead, in the same calm layout.
import type { FC } from "hono/jsx";
import type { ConversationState } from "../../engine/types.ts";
import { summaryLabels } from "../../summary/labels.ts";
import { summarySections } from "../../summary/render.ts";
import type { Summary } from "../../summary/schema.ts";
import type { PageCopy } from "./copy.ts";
import { HelpSection, Layout, Lines } from "./layout.tsx";
import { Spinnenweb } from "./spinnenweb.tsx";

export const SummaryPage: FC<{ copy: PageCopy; summary: Summary; done: boolean }> = ({
  copy,
  summary,
  done,
}) => {
  const sections = summarySections(summary, copy.lang).filter((s) => s.id !== "spinnenweb");
  const graded = summary.spinnenweb.filter((d) => d.grade !== null || d.talk);
  const description = copy.summary.webDescription(
    summary.spinnenweb.map(
      (d) =>
        `${d.label} ${d.grade === null ? "–" : d.grade}${d.talk ? ` (${summaryLabels[copy.lang].talk})` : ""}`,
    ),
  );
  return (
    <Layout copy={copy} title={copy.summary.title} script>
      <h1>{copy.summary.title}</h1>
      {done ? null : <p class="note">{copy.summary.notFinished}</p>}
      {sections.map((section) => (
        <section class="summary-section" aria-labelledby={`s-${section.id}`}>
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
      {graded.length > 0 ? (
        <section class="summary-section web" aria-labelledby="s-web">
          <h2 id="s-web">{copy.summary.webTitle}</h2>
          <Spinnenweb web={summary.spinnenweb} title={copy.summary.webTitle} description={description} />
        </section>
      ) : null}
      <DataActions copy={copy} done={done} />
    </Layout>
  );
};

const DataActions: FC<{ copy: PageCopy; done: boolean }> = ({ copy, done }) => (
  <section class="actions no-print" aria-label={copy.summary.download}>
    <p>
      <button type="button" class="print-button" data-print hidden>
        {copy.summary.print}
      </button>{" "}
      <a class="button" href="/samenvatting/download" download="gesprekscoach.json">
        {copy.summary.download}
      </a>
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
