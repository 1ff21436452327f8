// Starting a round: /intervisie opens the start modal at once (Slack's trigger lasts 3 seconds), then
// checks that the app is in the channel and fills in the people in it (no bots, no apps); its
// submission keeps only people as participants, creates the round with its first timers and posts the
// parent message. The starter is the facilitator. A repeated submission of the same modal finds the
// same round. Nothing fails silently: whoever started it hears what to do.

import { startState, timersFor } from "../../../intervision/round.ts";
import { roundPlanOf } from "../../../intervision/store.ts";
import { isTimeZone } from "../../../intervision/working-hours.ts";
import { type Locale, localeOr } from "../../../locales.ts";
import { describeError } from "../logging.ts";
import type { Changer } from "./changes.ts";
import { copyFor, type IntervisionKit, type IntervisionUser } from "./kit.ts";
import { threadNote } from "./messages.ts";
import type { IntervisionApi } from "./slack-api.ts";
import { cannotStartModal, loadingModal, MIN_PARTICIPANTS, type StartChoice, startModal } from "./views.ts";

/** How long the submission may spend asking Slack who is a person: the modal waits for the answer. */
const CHECK_BUDGET_MS = 1000;

/**
 * Channels with more members than this start with an empty list: an intervision group is far
 * smaller, and asking users.info about each of hundreds of members would run into Slack's rate limit
 * and leave random people out of the list.
 */
export const MAX_PREFILL_MEMBERS = 40;

/** `/intervisie en` runs the round in English; anything that names no language, in Dutch. */
export function localeOfCommand(text: string): Locale {
  return localeOr(text.trim().toLowerCase());
}

/** The start modal's choice once only people are left in it, with their time zones. */
export interface CheckedStart {
  choice: StartChoice;
  timeZones: string[];
  /** People Slack did not answer about in time: checked again once the modal has closed. */
  unknown: string[];
}

export function createStart(kit: IntervisionKit, changer: Changer) {
  const { store, log, now } = kit.deps;

  /** Says something to the person who typed /intervisie: privately in the channel, or in their DM. */
  async function tell(api: IntervisionApi, who: IntervisionUser, channel: string, text: string) {
    try {
      await api.ephemeral(channel, who.userId, text);
    } catch {
      await kit.bestEffort("start note", () => kit.dm(api, who.teamId, who.userId, threadNote(text)));
    }
  }

  async function command(
    api: IntervisionApi,
    who: IntervisionUser,
    channel: string,
    text: string,
    triggerId: string,
  ) {
    const locale = localeOfCommand(text);
    const copy = copyFor(locale);
    let viewId: string;
    try {
      // First, before anything slow: the trigger expires three seconds after the command.
      viewId = (await api.openView(triggerId, loadingModal(copy, "{}"))).id;
    } catch (error) {
      log.warn("intervision modal did not open", describeError(error));
      await tell(api, who, channel, copy.modalFailed);
      return;
    }
    const facts = await api.channel(channel);
    if (facts === "not_found" || !facts.isMember || facts.isArchived) {
      const why = facts !== "not_found" && facts.isArchived ? copy.archived : copy.notInChannel;
      await kit.bestEffort("cannot start modal", () => api.updateView(viewId, cannotStartModal(copy, why)));
      return;
    }
    // Without the members the list starts empty, still editable.
    const members = await api.members(channel).catch((error: unknown) => {
      log.warn("intervision members unavailable", describeError(error));
      return [];
    });
    const crowded = members.length > MAX_PREFILL_MEMBERS;
    const { people } = crowded ? { people: [] } : await kit.people.find(api, who.teamId, members);
    const metadata = JSON.stringify({ c: channel, l: locale, p: facts.isPrivate });
    const view = startModal(
      copy,
      locale,
      metadata,
      people.map((p) => p.id),
      facts.isPrivate,
      crowded,
    );
    try {
      await api.updateView(viewId, view);
    } catch (error) {
      log.warn("intervision modal not filled in", describeError(error));
      await tell(api, who, channel, copy.modalFailed);
    }
  }

  /**
   * Before the modal closes: keeps only people among the participants, and says so inline when too
   * few are left or the case bringer is not a person. Who Slack does not answer about in time counts
   * for now and is checked again after.
   */
  async function check(
    api: IntervisionApi,
    who: IntervisionUser,
    choice: StartChoice,
    locale: Locale,
  ): Promise<{ ok: true; start: CheckedStart } | { ok: false; errors: Record<string, string> }> {
    const copy = copyFor(locale);
    const found = await kit.people.find(
      api,
      who.teamId,
      [who.userId, ...choice.participants],
      CHECK_BUDGET_MS,
    );
    const notPeople = new Set(found.notPeople);
    if (choice.caseBringerId && notPeople.has(choice.caseBringerId))
      return { ok: false, errors: { case_bringer: copy.caseBringerNotPerson } };
    const participants = choice.participants.filter((id) => !notPeople.has(id));
    if (participants.length < MIN_PARTICIPANTS) return { ok: false, errors: { participants: copy.tooFew } };
    // The facilitator's zone first: it decides when the others share no working hours.
    const zones = [who.userId, ...participants].flatMap((id) => {
      const tz = found.people.find((p) => p.id === id)?.tz;
      return tz && isTimeZone(tz) ? [tz] : [];
    });
    return {
      ok: true,
      start: {
        choice: { ...choice, participants },
        timeZones: [...new Set(zones)],
        unknown: found.unknown.filter((id) => participants.includes(id)),
      },
    };
  }

  async function submitted(
    api: IntervisionApi,
    who: IntervisionUser,
    form: {
      channel: string;
      locale: Locale;
      channelPrivate: boolean | null;
      start: CheckedStart;
      viewId: string;
    },
  ) {
    const copy = copyFor(form.locale);
    let { choice, timeZones } = form.start;
    if (form.start.unknown.length > 0) {
      // Asked again without the modal's hurry; whoever is still unknown is left out rather than risked.
      const again = await kit.people.find(api, who.teamId, form.start.unknown);
      const known = new Map(again.people.map((p) => [p.id, p]));
      const dropped = new Set(form.start.unknown.filter((id) => !known.has(id)));
      choice = { ...choice, participants: choice.participants.filter((id) => !dropped.has(id)) };
      timeZones = [
        ...new Set([...timeZones, ...again.people.flatMap((p) => (p.tz && isTimeZone(p.tz) ? [p.tz] : []))]),
      ];
      if (choice.participants.length < MIN_PARTICIPANTS || dropped.has(choice.caseBringerId)) {
        log.info("intervision not started", { reason: "too few people" });
        await tell(api, who, form.channel, copy.notStartedTooFew);
        return;
      }
    }
    const at = now();
    const setup = {
      teamId: who.teamId,
      channelId: form.channel,
      method: choice.method,
      locale: form.locale,
      facilitatorId: who.userId,
      caseBringerId: choice.caseBringerId,
      phaseHours: choice.phaseHours,
      anonymousQuestions: choice.anonymousQuestions,
      moderated: choice.moderated,
      caseCollection: choice.caseCollection,
      workHours: choice.workHours,
      timeZones,
      channelPrivate: form.channelPrivate,
    };
    const plan = roundPlanOf(setup);
    const state = startState(plan, at);
    const round = await store.create(setup, choice.participants, {
      id: crypto.randomUUID(),
      startKey: `view:${form.viewId}`,
      state,
      timers: timersFor(state, plan, at),
      now: at,
    });
    log.info("intervision started", {
      round: round.id,
      method: round.method,
      participants: choice.participants.length,
      phaseHours: round.phaseHours,
      caseCollection: round.caseCollection,
      workHours: round.workHours,
    });
    const delivery = await changer.deliver(api, round, "event");
    if (delivery === "retrying") await tell(api, who, form.channel, copy.startRetrying);
  }

  return { command, check, submitted };
}
