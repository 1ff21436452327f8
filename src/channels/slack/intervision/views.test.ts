// The intervision modals and buttons read back with zod: start answers or inline errors, texts, and
// the values our buttons carry (anything else is not understood).
import { describe, expect, it } from "vitest";
import { intervisionCopy } from "./copy.ts";
import { readIntervisionAction } from "./ids.ts";
import { localeOfCommand } from "./start.ts";
import { readStart, readText, startModal } from "./views.ts";

const copy = intervisionCopy.nl;
const values = (over: Record<string, unknown> = {}) => ({
  method: { method: { selected_option: { value: "roddel" } } },
  cases: { choice: { selected_option: { value: "fixed" } } },
  work_hours: { choice: { selected_option: { value: "office" } } },
  case_bringer: { user: { selected_user: "U1" } },
  participants: { users: { selected_users: ["U2", "U3"] } },
  duration: { hours: { selected_option: { value: "48" } } },
  anonymous: { choice: { selected_option: { value: "yes" } } },
  ...over,
});

describe("readStart", () => {
  it("reads the choices and always counts the case bringer in", () => {
    expect(readStart(values(), copy)).toEqual({
      ok: true,
      choice: {
        method: "roddel",
        caseBringerId: "U1",
        participants: ["U1", "U2", "U3"],
        phaseHours: 48,
        anonymousQuestions: true,
        moderated: false,
        caseCollection: false,
        workHours: "office",
      },
    });
  });

  it("has the facilitator approve anonymous questions when asked, and keeps to working hours by default", () => {
    const read = readStart(
      values({ anonymous: { choice: { selected_option: { value: "reviewed" } } }, work_hours: {} }),
      copy,
    );
    expect(read.ok && read.choice).toMatchObject({
      anonymousQuestions: true,
      moderated: true,
      workHours: "office",
    });
    const always = readStart(
      values({ work_hours: { choice: { selected_option: { value: "always" } } } }),
      copy,
    );
    expect(always.ok && always.choice.workHours).toBe("always");
  });

  it("chooses the case together first as the method does: the incident method by default", () => {
    const incident = readStart(
      values({
        method: { method: { selected_option: { value: "incident" } } },
        cases: { choice: { selected_option: { value: "method" } } },
        case_bringer: { user: { selected_user: null } },
        participants: { users: { selected_users: ["U1", "U2", "U3"] } },
      }),
      copy,
    );
    expect(incident.ok && incident.choice).toMatchObject({ caseCollection: true, caseBringerId: "" });
    const roddel = readStart(
      values({ cases: { choice: { selected_option: { value: "method" } } }, case_bringer: { user: {} } }),
      copy,
    );
    expect(roddel).toMatchObject({ ok: false, errors: { case_bringer: copy.caseBringerNeeded } });
    const collect = readStart(values({ cases: { choice: { selected_option: { value: "collect" } } } }), copy);
    // A case bringer picked anyway only takes part: whoever's case is chosen brings it.
    expect(collect.ok && collect.choice).toMatchObject({
      caseCollection: true,
      caseBringerId: "",
      participants: ["U1", "U2", "U3"],
    });
  });

  it("gives inline errors for too few participants or no case bringer", () => {
    expect(readStart(values({ participants: { users: { selected_users: ["U1"] } } }), copy)).toEqual({
      ok: false,
      errors: { participants: copy.tooFew },
    });
    const none = readStart(values({ case_bringer: { user: { selected_user: null } } }), copy);
    expect(none.ok).toBe(false);
  });

  it("falls back to the default length for a length it does not offer", () => {
    const read = readStart(values({ duration: { hours: { selected_option: { value: "5" } } } }), copy);
    expect(read.ok && read.choice.phaseHours).toBe(24);
  });

  it("reads a text field, trimmed, and nothing when it is missing", () => {
    expect(readText({ text: { text: { value: "  vraag  " } } }, "text")).toBe("vraag");
    expect(readText({}, "next_steps")).toBe("");
  });
});

describe("startModal", () => {
  it("offers the four methods and the channel's members as participants", () => {
    const view = startModal(copy, "nl", "{}", ["U1", "U2"], true);
    expect(view.callback_id).toBe("gc_iv_start");
    expect(JSON.stringify(view)).toContain('"initial_users":["U1","U2"]');
    expect(JSON.stringify(view)).toContain(copy.visibilityPrivate);
    expect(JSON.stringify(startModal(copy, "nl", "{}", [], false))).toContain("openbaar kanaal");
    for (const name of ["Incidentmethode", "Roddelmethode", "Vijfstappenmethode", "Balint-light"])
      expect(JSON.stringify(view)).toContain(name);
    expect(view.title.text.length).toBeLessThanOrEqual(24);
  });
});

describe("readIntervisionAction", () => {
  it("reads controls, contribute buttons and ratings", () => {
    expect(readIntervisionAction({ action_id: "gc_iv_next", value: '{"r":"R1","v":3}' })).toEqual({
      kind: "next",
      roundId: "R1",
      version: 3,
    });
    expect(readIntervisionAction({ action_id: "gc_iv_ask", value: '{"r":"R1","p":1}' })).toEqual({
      kind: "ask",
      roundId: "R1",
      phase: 1,
    });
    expect(readIntervisionAction({ action_id: "gc_iv_rate:warm", value: '{"c":"C1","k":"warm"}' })).toEqual({
      kind: "rate",
      contributionId: "C1",
      rating: "warm",
    });
  });

  it("understands nothing else", () => {
    expect(readIntervisionAction({ action_id: "gc_iv_next", value: '{"r":"R1"}' })).toBeUndefined();
    expect(
      readIntervisionAction({ action_id: "gc_iv_rate", value: '{"c":"C1","k":"heet"}' }),
    ).toBeUndefined();
    expect(readIntervisionAction({ action_id: "gc_start", value: "{}" })).toBeUndefined();
    expect(readIntervisionAction({ action_id: "gc_iv_end", value: "not json" })).toBeUndefined();
  });
});

describe("localeOfCommand", () => {
  it("runs the round in English for /intervisie en, and in Dutch otherwise", () => {
    expect(localeOfCommand(" EN ")).toBe("en");
    expect(localeOfCommand("")).toBe("nl");
    expect(localeOfCommand("incident")).toBe("nl");
  });
});
