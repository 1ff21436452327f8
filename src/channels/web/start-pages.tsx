/** @jsxImportSource hono/jsx */
// Pages around starting: the question "continue or start anew" when a conversation is still open
// (so none is lost without saying so), the page after declining, and the resume code box.
import type { FC } from "hono/jsx";
import type { Message } from "../../engine/types.ts";
import type { PageCopy } from "./copy.ts";
import { Layout, Lines } from "./layout.tsx";

export const ResumeCode: FC<{ title: string; text: string; code: string }> = ({ title, text, code }) => (
  <aside class="resume no-print" aria-labelledby="resume-title">
    <h2 id="resume-title">{title}</h2>
    <p>{text}</p>
    <p class="code">{code}</p>
  </aside>
);

export const OpenConversationPage: FC<{
  copy: PageCopy;
  flow: string;
  resumeCode: string;
}> = ({ copy, flow, resumeCode }) => {
  const o = copy.landing.open;
  return (
    <Layout copy={copy} title={o.title}>
      <h1>{o.title}</h1>
      <p>{o.text}</p>
      <p>
        <a class="button primary" href="/chat" autofocus>
          {o.keep}
        </a>
      </p>
      <form method="post" action="/chat/start" class="start">
        <input type="hidden" name="flow" value={flow} />
        <input type="hidden" name="lang" value={copy.lang} />
        <input type="hidden" name="again" value="yes" />
        <p>{o.codeText}</p>
        <p class="code">{resumeCode}</p>
        <button type="submit">{o.startNew}</button>
      </form>
    </Layout>
  );
};

/** After declining: the flow's own words (which say nothing was kept, as is true then). */
export const StoppedPage: FC<{ copy: PageCopy; messages: Message[] }> = ({ copy, messages }) => (
  <Layout copy={copy} title={copy.chat.stoppedTitle}>
    <h1>{copy.chat.stoppedTitle}</h1>
    {messages.map((m) => (
      <p>
        <Lines text={m.text} />
      </p>
    ))}
    <p>
      <a class="button" href={`/?lang=${copy.lang}`}>
        {copy.chat.startOver}
      </a>
    </p>
  </Layout>
);
