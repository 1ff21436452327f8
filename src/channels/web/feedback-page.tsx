/** @jsxImportSource hono/jsx */
// The end of a practice session on the web: remarks, the counts against the MITI thresholds, and a
// timeline of the phases turn by turn; and the result page of the phase quiz.
import type { FC } from "hono/jsx";
import type { z } from "zod";
import type { practiceSummarySchema } from "../../coaching/feedback-schema.ts";
import type { QuizSummary } from "../../summary/quiz.ts";
import type { PageCopy } from "./copy.ts";
import { Layout } from "./layout.tsx";

type PracticeSummary = z.infer<typeof practiceSummarySchema>;

export const FeedbackPage: FC<{ copy: PageCopy; summary: PracticeSummary }> = ({ copy, summary }) => {
  const f = copy.feedback;
  const { counts, reflectionToQuestion: rq, openQuestions: oq } = summary;
  const threshold = (met: boolean) => (met ? f.met : f.notMet);
  return (
    <Layout copy={copy} title={f.title}>
      <h1>{f.title}</h1>
      {summary.remarks.length > 0 ? (
        <section aria-labelledby="f-remarks">
          <h2 id="f-remarks">{f.remarks}</h2>
          <ul class="remarks">
            {summary.remarks.map((r) => (
              <li class={`remark ${r.kind}`}>
                {r.kind === "strength" ? (
                  <strong>{f.strength}: </strong>
                ) : r.kind === "tip" ? (
                  <strong>{f.tip}: </strong>
                ) : null}
                {r.text}
                {r.example ? <q class="example">{r.example}</q> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="f-counts">
        <h2 id="f-counts">{f.counts}</h2>
        <dl class="counts">
          <dt>{f.openQuestions}</dt>
          <dd>{counts.openQuestions}</dd>
          <dt>{f.closedQuestions}</dt>
          <dd>{counts.closedQuestions}</dd>
          <dt>{f.reflections}</dt>
          <dd>{counts.reflections}</dd>
          <dt>{f.advice}</dt>
          <dd>{counts.advice}</dd>
          <dt>{f.information}</dt>
          <dd>{counts.information}</dd>
          <dt>{f.ratio}</dt>
          <dd>
            {rq.ratio === null ? "–" : rq.ratio.toFixed(2)} (≥ {rq.threshold}: {threshold(rq.met)})
          </dd>
          <dt>{f.openShare}</dt>
          <dd>
            {oq.percent === null ? "–" : `${Math.round(oq.percent)}%`} (≥ {oq.threshold}%: {threshold(oq.met)}
            )
          </dd>
        </dl>
      </section>
      {summary.timeline.length > 0 ? (
        <section aria-labelledby="f-timeline">
          <h2 id="f-timeline">{f.timeline}</h2>
          <div class="table-scroll">
            <table class="timeline">
              <thead>
                <tr>
                  <th scope="col">{f.turn}</th>
                  <th scope="col">{f.phase}</th>
                  <th scope="col">{f.stance}</th>
                  <th scope="col">{f.behaviour}</th>
                  <th scope="col">{f.shift}</th>
                </tr>
              </thead>
              <tbody>
                {summary.timeline.map((t) => (
                  <tr class={`stance-${t.stance}`}>
                    <th scope="row">{t.turn}</th>
                    <td>{t.phase}</td>
                    <td>{t.stance}</td>
                    <td>{f.behaviours[t.behaviour]}</td>
                    <td>{t.shift === null ? "" : t.shift === "named" ? f.named : f.unnamed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </Layout>
  );
};

export const QuizPage: FC<{ copy: PageCopy; summary: QuizSummary }> = ({ copy, summary }) => {
  const f = copy.feedback;
  return (
    <Layout copy={copy} title={copy.phases.uitslag ?? ""}>
      <h1>{copy.phases.uitslag}</h1>
      <p class="score">{f.quizScore(summary.correct, summary.total)}</p>
      <ol class="quiz-items">
        {summary.items.map((item) => (
          <li class={item.correct ? "correct" : "wrong"}>
            <p>
              <q>{item.professional}</q>
            </p>
            <p>
              {f.yourAnswer}: {item.chosen ?? "–"}. {f.expected}: {item.expected}.
            </p>
            <p>{item.explanation}</p>
          </li>
        ))}
      </ol>
    </Layout>
  );
};
