/** @jsxImportSource hono/jsx */
// The page for care providers in training: a practice conversation with a simulated patient, or the
// phase quiz. Kept off the patients' landing page, which links here discreetly.
import type { FC } from "hono/jsx";
import { flowIds } from "../../flow-ids.ts";
import type { PageCopy } from "./copy.ts";
import { Layout } from "./layout.tsx";

export const PracticePage: FC<{ copy: PageCopy }> = ({ copy }) => {
  const l = copy.landing;
  return (
    <Layout copy={copy} title={l.practiceTitle} languageLink>
      <h1>{l.practiceTitle}</h1>
      <p>{l.practiceText}</p>
      <form method="post" action="/chat/start" class="inline">
        <input type="hidden" name="flow" value={flowIds.practice} />
        <input type="hidden" name="lang" value={copy.lang} />
        <button type="submit" class="primary">
          {l.startPractice}
        </button>
      </form>
      <form method="post" action="/chat/start" class="inline">
        <input type="hidden" name="flow" value={flowIds.quiz} />
        <input type="hidden" name="lang" value={copy.lang} />
        <button type="submit">{l.startQuiz}</button>
      </form>
    </Layout>
  );
};
