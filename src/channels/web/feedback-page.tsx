/** @jsxImportSource hono/jsx */
// The end of a practice session on the web: remarks, the counts against the MITI thresholds, a timeline
// of each turn's words with its parts' labels and the phase, and the patient's hidden profile with what
// the trainee found out; and the result page of the phase quiz.
import type { FC } from "hono/jsx";
import type { z } from "zod";
import type { practiceSummarySchema } from "../../coaching/feedback-schema.ts";
import { NOTE_MAX } from "../../coaching/label-note.ts";
import type { LabelNote } from "../../coaching/practice-session.ts";
import type { QuizSummary } from "../../summary/quiz.ts";
import { neutraliseBidi } from "../bidi.ts";
import type { PageCopy } from "./copy.ts";
import { Layout } from "./layout.tsx";

type PracticeSummary = z.infer<typeof practiceSummarySchema>;

/** A note that was refused, shown at its label with the words the trainee typed, so nothing is lost. */
export interface NoteRefusal {
  turn: number | null;
  part: number | null;
  text: string;
  message: string;
}

export const FeedbackPage: FC<{
  copy: PageCopy;
  summary: PracticeSummary;
  notes?: LabelNote[];
  refusal?: NoteRefusal;
}> = ({ copy, summary, notes = [], refusal }) => {
  const f = copy.feedback;
  const noteAt = (turn: number, part: number) => notes.find((n) => n.turn === turn && n.part === part);
  const refusedAt = (turn: number, part: number) =>
    refusal && refusal.turn === turn && refusal.part === part ? refusal : undefined;
  const placed = refusal ? summary.timeline.some((t) => t.parts.some((_, i) => refusedAt(t.turn, i))) : true;
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
                {r.example ? <q class="example">{neutraliseBidi(r.example)}</q> : null}
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
          <dt>{f.adviceWithoutPermission}</dt>
          <dd>{counts.adviceWithoutPermission}</dd>
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
          {refusal && !placed ? (
            <p class="error" role="alert">
              {refusal.message}
            </p>
          ) : null}
          <div class="table-scroll">
            <table class="timeline">
              <thead>
                <tr>
                  <th scope="col">{f.turn}</th>
                  <th scope="col">{f.phase}</th>
                  <th scope="col">{f.words}</th>
                  <th scope="col">{f.stance}</th>
                  <th scope="col">{f.shift}</th>
                </tr>
              </thead>
              <tbody>
                {summary.timeline.map((t) => (
                  <tr class={`stance-${t.stance}`}>
                    <th scope="row">{t.turn}</th>
                    <td>{f.phases[t.phase]}</td>
                    <td>
                      <ul class="parts">
                        {t.parts.map((p, i) => {
                          const note = noteAt(t.turn, i);
                          const refused = refusedAt(t.turn, i);
                          return (
                            <li id={`label-${t.turn}-${i}`}>
                              {neutraliseBidi(p.text)} <span class="part-label">({f.parts[p.kind]})</span>
                              {note ? (
                                <p class="label-note">
                                  <strong>{f.meantOtherwise}:</strong> {neutraliseBidi(note.text)}
                                </p>
                              ) : null}
                              {summary.complete ? (
                                <details open={refused !== undefined}>
                                  <summary>{f.meantOtherwise}</summary>
                                  {refused ? (
                                    <p class="error" role="alert">
                                      {refused.message}
                                    </p>
                                  ) : null}
                                  <form method="post" action="/samenvatting/label">
                                    <input type="hidden" name="turn" value={String(t.turn)} />
                                    <input type="hidden" name="part" value={String(i)} />
                                    <label>
                                      {f.noteField}{" "}
                                      <input
                                        type="text"
                                        name="text"
                                        maxlength={NOTE_MAX}
                                        required
                                        value={refused?.text ?? note?.text ?? ""}
                                      />
                                    </label>{" "}
                                    <button type="submit">{f.noteSave}</button>
                                  </form>
                                </details>
                              ) : null}
                            </li>
                          );
                        })}
                      </ul>
                    </td>
                    <td>{t.stance}</td>
                    <td>{t.shift === null ? "" : t.shift === "named" ? f.named : f.unnamed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {summary.profile ? (
        <section aria-labelledby="f-profile">
          <h2 id="f-profile">{f.profile}</h2>
          <p>{summary.profile.reveal}</p>
          {summary.profile.found.length > 0 ? (
            <>
              <h3>{f.found}</h3>
              <ul>
                {summary.profile.found.map((item) => (
                  <li>{item}</li>
                ))}
              </ul>
            </>
          ) : null}
          {summary.profile.protocol ? (
            <>
              <h3>{f.protocol}</h3>
              <p>
                {f.protocolDone}: {summary.profile.protocol.done.join(", ") || "–"}. {f.protocolOpen}:{" "}
                {summary.profile.protocol.missed.join(", ") || "–"}.
              </p>
            </>
          ) : null}
          {summary.profile.missed.length > 0 ? (
            <>
              <h3>{f.missed}</h3>
              <ul>
                {summary.profile.missed.map((item) => (
                  <li>{item}</li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
      {summary.complete ? (
        <p>
          {f.takeAlong}{" "}
          <a href="/samenvatting/oefengesprek.md" download>
            {f.markdown}
          </a>{" "}
          ·{" "}
          <a href="/samenvatting/oefengesprek.pdf" download>
            {f.pdf}
          </a>
        </p>
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
