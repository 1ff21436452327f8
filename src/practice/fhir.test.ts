// The FHIR bundle of a reflection, checked by a real FHIR R4 validator (the `fhir` package) and for
// what a practice relies on: no identifying data, the patient's own words, the goal layers and dates.
import { Fhir } from "fhir";
import { describe, expect, it } from "vitest";
import type { Summary } from "../summary/schema.ts";
import { type FhirBundle, type FhirResource, SPINNENWEB_QUESTIONNAIRE, summaryBundle } from "./fhir.ts";

const fhir = new Fhir();
// Wednesday 6 January 2027, 10:00 UTC.
const AT = Date.UTC(2027, 0, 6, 10);

const full: Summary = {
  flow: "reflectie",
  locale: "nl",
  region: "NL",
  complete: true,
  matters: {
    happy: "wandelen met de hond",
    more: "tijd met mijn kleinkinderen",
    past: null,
    present: "de moestuin",
    future: "weer fietsen naar de markt",
    addition: null,
  },
  health: { experience: "wisselend", grade: 6 },
  wants: {
    notNow: false,
    theme: "bewegen",
    wish: "elke dag een half uur lopen",
    importance: 8,
    importanceWhy: "dan slaap ik beter",
    confidence: 5,
    confidenceWhy: "mijn knie speelt op",
  },
  firstStep: {
    notNow: false,
    what: "een rondje om de vijver",
    when: "morgen na het ontbijt",
    who: "mijn buurvrouw",
  },
  visit: {
    mainQuestion: "Kan ik met mijn knie veilig meer lopen?",
    helpWith: "een beweegprogramma",
    otherTopics: "slaap",
    complaint: null,
    threeQuestions: true,
    socialHelp: false,
  },
  spinnenweb: [
    { dimension: "lichaam", label: "Lichaam", grade: 5, talk: true },
    { dimension: "mentaal", label: "Mentaal welbevinden", grade: 7, talk: false },
    { dimension: "zingeving", label: "Zingeving", grade: 8, talk: false },
    { dimension: "kwaliteit", label: "Kwaliteit van leven", grade: 6, talk: false },
    { dimension: "meedoen", label: "Meedoen", grade: null, talk: false },
    { dimension: "dagelijks", label: "Dagelijks functioneren", grade: 6, talk: true },
  ],
};

function counter(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`;
}

const ofType = (bundle: FhirBundle, type: string): FhirResource[] =>
  bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === type);

function expectValid(bundle: FhirBundle): void {
  const result = fhir.validate(bundle, { errorOnUnexpected: true });
  const problems = result.messages.filter((m) => m.severity === "error" || m.severity === "fatal");
  expect(problems).toEqual([]);
  expect(result.valid).toBe(true);
}

describe("FHIR R4 bundle of a reflection", () => {
  it("validates as R4 and is a collection of uuid-addressed resources", () => {
    const bundle = summaryBundle(full, {
      ids: counter(),
      at: AT,
      pdf: { url: "https://coach.test/x.pdf", title: "Samenvatting" },
    });
    expectValid(bundle);
    expect(bundle.type).toBe("collection");
    expect(bundle.timestamp).toBe("2027-01-06T10:00:00.000Z");
    for (const entry of bundle.entry) expect(entry.fullUrl).toBe(`urn:uuid:${entry.resource.id}`);
    expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual([
      "Patient",
      "Goal",
      "Goal",
      "Goal",
      "Questionnaire",
      "QuestionnaireResponse",
      "Communication",
      "DocumentReference",
    ]);
  });

  it("has an anonymous patient who expressed every goal, in their own words", () => {
    const bundle = summaryBundle(full, { ids: counter(), at: AT });
    const [patient] = ofType(bundle, "Patient");
    expect(Object.keys(patient ?? {}).sort()).toEqual(["id", "resourceType"]);
    const patientRef = { reference: `urn:uuid:${patient?.id}` };
    const goals = ofType(bundle, "Goal");
    for (const goal of goals) {
      expect(goal.lifecycleStatus).toBe("proposed");
      expect(goal.expressedBy).toEqual(patientRef);
      expect(goal.subject).toEqual(patientRef);
    }
    const [life, want, step] = goals;
    expect(life?.description).toEqual({
      text: "Ik word blij van: wandelen met de hond\nHier wil ik meer van: tijd met mijn kleinkinderen\nWat nu belangrijk is en mijn leven kwaliteit geeft: de moestuin\nWat later belangrijk mag zijn: weer fietsen naar de markt",
    });
    expect(want?.description).toEqual({ text: "elke dag een half uur lopen" });
    expect(want?.note).toEqual(
      expect.arrayContaining([
        { text: "Hoe belangrijk (0-10): 8 (dan slaap ik beter)" },
        { text: "Vertrouwen dat het lukt (0-10): 5 (mijn knie speelt op)" },
        { text: "Hoort bij: Wat voor mij belangrijk is" },
      ]),
    );
    expect(step?.description).toEqual({ text: "een rondje om de vijver" });
    expect(step?.target).toEqual([{ dueDate: "2027-01-07" }]);
    expect(step?.note).toEqual(
      expect.arrayContaining([
        { text: "Wanneer: morgen na het ontbijt" },
        { text: "Hoort bij: elke dag een half uur lopen" },
      ]),
    );
  });

  it("carries the spinnenweb as a response to the questionnaire in the same bundle", () => {
    const bundle = summaryBundle(full, { ids: counter(), at: AT });
    const [questionnaire] = ofType(bundle, "Questionnaire");
    const [response] = ofType(bundle, "QuestionnaireResponse");
    expect(questionnaire?.url).toBe(SPINNENWEB_QUESTIONNAIRE);
    expect(response?.questionnaire).toBe(`${SPINNENWEB_QUESTIONNAIRE}|1`);
    expect(response?.status).toBe("completed");
    const items = (response?.item ?? []) as Array<{
      linkId: string;
      item: Array<{ linkId: string; answer?: unknown[] }>;
    }>;
    expect(items.map((i) => i.linkId)).toEqual([
      "lichaam",
      "mentaal",
      "zingeving",
      "kwaliteit",
      "meedoen",
      "dagelijks",
    ]);
    expect(items[0]?.item).toEqual([
      { linkId: "lichaam.grade", answer: [{ valueInteger: 5 }] },
      { linkId: "lichaam.talk", answer: [{ valueBoolean: true }] },
    ]);
    // No grade given: the question is there, unanswered.
    expect(items[4]?.item[0]).toEqual({ linkId: "meedoen.grade" });
    const defined = ((questionnaire?.item ?? []) as Array<{ item: Array<{ linkId: string }> }>).flatMap((g) =>
      g.item.map((i) => i.linkId),
    );
    expect(defined).toEqual(items.flatMap((g) => g.item.map((i) => i.linkId)));
  });

  it("puts the main question for the visit and the other topics in a Communication", () => {
    const bundle = summaryBundle(full, { ids: counter(), at: AT });
    const [communication] = ofType(bundle, "Communication");
    expect(communication?.topic).toEqual({ text: "Kan ik met mijn knie veilig meer lopen?" });
    expect(communication?.payload).toEqual([
      { contentString: "Mijn belangrijkste vraag: Kan ik met mijn knie veilig meer lopen?" },
      { contentString: "Hierbij wil ik hulp of informatie: een beweegprogramma" },
      { contentString: "Andere onderwerpen: slaap" },
      {
        contentString:
          "Bij een keuze over behandeling vraag ik: Wat zijn mijn mogelijkheden? Wat zijn de voor- en nadelen daarvan? Wat betekent dat voor mij?",
      },
    ]);
  });

  it("leaves out the layers the patient did not fill in, and still validates", () => {
    const sparse: Summary = {
      ...full,
      locale: "en",
      complete: false,
      matters: { happy: null, more: null, past: null, present: null, future: null, addition: null },
      wants: { ...full.wants, notNow: true },
      firstStep: { notNow: false, what: "call my sister", when: "some day", who: null },
      visit: {
        mainQuestion: null,
        helpWith: null,
        otherTopics: null,
        complaint: null,
        threeQuestions: false,
        socialHelp: false,
      },
    };
    const bundle = summaryBundle(sparse, { ids: counter(), at: AT });
    expectValid(bundle);
    const goals = ofType(bundle, "Goal");
    expect(goals.map((g) => g.description)).toEqual([{ text: "call my sister" }]);
    expect(goals[0]?.target).toBeUndefined();
    expect(ofType(bundle, "Communication")).toEqual([]);
    expect(ofType(bundle, "DocumentReference")).toEqual([]);
    expect(ofType(bundle, "QuestionnaireResponse")[0]?.status).toBe("in-progress");
  });

  it("is refused by the validator when a goal's status is not a FHIR code (the check is real)", () => {
    const bundle = summaryBundle(full, { ids: counter(), at: AT });
    const goal = ofType(bundle, "Goal")[0];
    if (goal) goal.lifecycleStatus = "wished";
    expect(fhir.validate(bundle).valid).toBe(false);
  });
});
