/** @jsxImportSource hono/jsx */
// One shared summary as staff read and print it: the same sections and spinnenweb as the patient's
// page, worded about the patient, with the FHIR download beside it.
import type { FC } from "hono/jsx";
import type { PageCopy } from "../../channels/web/copy.ts";
import { Spinnenweb } from "../../channels/web/spinnenweb.tsx";
import { listedSections, SummarySections, webDescription } from "../../channels/web/summary-page.tsx";
import type { Summary } from "../../summary/schema.ts";
import { readableDay } from "../sharing.ts";
import type { StaffCopy } from "./copy.ts";
import { StaffLayout } from "./pages.tsx";

export const SharedSummaryPage: FC<{
  copy: PageCopy;
  words: StaffCopy;
  summary: Summary;
  shareId: string;
  sharedAt: number;
}> = ({ copy, words, summary, shareId, sharedAt }) => {
  const description = webDescription(copy, summary);
  return (
    <StaffLayout copy={copy} title={words.sharedTitle} script>
      <p class="no-print">
        <a href="/praktijk">{words.back}</a> · <a href={`/praktijk/gedeeld/${shareId}/pdf`}>{words.pdf}</a> ·{" "}
        <a href={`/praktijk/gedeeld/${shareId}/fhir`}>{words.fhir}</a>{" "}
        <button type="button" data-print hidden>
          {copy.summary.print}
        </button>
      </p>
      <h1>{words.sharedTitle}</h1>
      <p class="hint">{words.sharedOn(readableDay(sharedAt, copy.lang))}</p>
      <SummarySections sections={listedSections(summary, copy.lang)} />
      <section class="summary-section web" aria-labelledby="s-web">
        <h2 id="s-web">{words.webTitle}</h2>
        <Spinnenweb web={summary.spinnenweb} title={words.webTitle} description={description} />
      </section>
    </StaffLayout>
  );
};
