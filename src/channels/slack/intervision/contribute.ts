// Contributions: a reply in the round's thread (edited and deleted as Slack says; a file's text kept,
// the file never), or the contribute modal (an anonymous question is posted by the app without a
// name). Each is stored once, in the phase it was written in, and only from the round's own people;
// then come the kind private notes of the phase rules and, for a question, the case bringer's rating DM.
import { identifierKinds } from "../../../intervision/identifiers.ts";
import { phaseAt } from "../../../intervision/methods.ts";
import { phaseWrittenIn, writtenAfterClose } from "../../../intervision/round.ts";
import { type ContributionKind, kindOf, notesFor } from "../../../intervision/rules.ts";
import { type Contribution, phasePlanOf, type Round } from "../../../intervision/store.ts";
import { defaultLocale } from "../../../locales.ts";
import { plainFromSlack } from "../text.ts";
import type { Announcer } from "./announce.ts";
import { kindList } from "./copy.ts";
import { copyFor, type IntervisionKit, type IntervisionUser } from "./kit.ts";
import { contributionMessage, phaseName, ratingMessage } from "./messages.ts";
import type { IntervisionApi } from "./slack-api.ts";
import { isSlackError } from "./slack-errors.ts";
import { contributeModal, MAX_CONTRIBUTION } from "./views.ts";

export interface ThreadReply {
  channel: string;
  userId: string;
  text: string;
  ts: string;
  threadTs: string;
  /** The reply came with a file (Slack's file_share): its text is kept, the file is not. */
  hasFile: boolean;
}

/** A Slack ts ("1700000000.000100") as milliseconds: when the message was written. */
export const tsToMs = (ts: string) => Math.floor(Number(ts) * 1000);

export function createContributions(kit: IntervisionKit, announcer: Pick<Announcer, "refreshRecord">) {
  const { store, log, now } = kit.deps;

  /** After the end, the record in the thread follows what changed in it. */
  const recordChanged = (api: IntervisionApi, round: Round) =>
    round.status === "ended"
      ? kit.bestEffort("refresh record", () => announcer.refreshRecord(api, round))
      : Promise.resolve();

  /** Why this round takes no contribution for `phase` now (a modal's), as the note to give. */
  function refusal(round: Round, phase?: number): string | undefined {
    const copy = copyFor(round.locale);
    if (round.status !== "running") return copy.roundEnded;
    if (phase !== undefined && phase !== round.phase) return copy.phaseOver;
    if (!round.phaseOpen) return copy.phaseClosedNote;
    return undefined;
  }

  /** The round's own people: its participants and its facilitator. */
  async function takesPart(round: Round, userId: string) {
    return userId === round.facilitatorId || (await store.participants(round.id)).includes(userId);
  }

  /** The case bringer's DM about a question, remembered so it can be deleted with it. */
  async function askToRate(api: IntervisionApi, round: Round, contribution: Contribution) {
    if (!round.caseBringerId) return;
    const copy = copyFor(round.locale);
    await kit.bestEffort("rating message", async () => {
      const posted = await kit.dm(
        api,
        round.teamId,
        round.caseBringerId,
        ratingMessage(round, contribution, copy, null),
      );
      await store.setContributionDm(contribution.id, "rating", posted.channel, posted.ts);
    });
  }

  /** The notes of the phase rules and the rating message, once a new contribution is stored. */
  async function followUp(api: IntervisionApi, round: Round, contribution: Contribution, author: string) {
    const copy = copyFor(round.locale);
    const phase = phaseAt(phasePlanOf(round), contribution.phase);
    const questionsBefore =
      contribution.kind === "question"
        ? (await store.questionsBy(round.id, contribution.phase, author)) - 1
        : 0;
    const notes = notesFor({
      phase,
      kind: contribution.kind,
      text: contribution.text,
      locale: round.locale,
      questionsBefore,
    });
    for (const note of notes) {
      const text =
        note.type === "identifiers"
          ? copy.identifiers(kindList(copy, note.kinds))
          : note.type === "advice_in_question_phase"
            ? copy.adviceNote
            : note.type === "case_bringer_listens"
              ? copy.listensNote
              : copy.questionLimit(note.max);
      await kit.note(api, round, author, text);
    }
    if (contribution.hasFile) await kit.note(api, round, author, copy.fileNotKept);
    // Kinds and counts only: the text is the record, never a log line.
    if (notes.length > 0)
      log.info("intervision notes", {
        round: round.id,
        phase: contribution.phase,
        notes: notes.map((n) => n.type).join(","),
      });
    if (contribution.kind === "question" && phase.rules.ratesQuestions)
      await askToRate(api, round, contribution);
    // Stored either way; the agreement is asked for once.
    const participants = await store.participants(round.id);
    if (participants.includes(author) && !(await store.confirmed(round.id)).includes(author))
      if (await store.noticeOnce(round.id, author, "confirm", now()))
        await kit.note(api, round, author, copy.confirmFirst);
  }

  async function save(
    round: Round,
    fields: {
      phase: number;
      userId: string;
      text: string;
      kind: ContributionKind;
      anonymous: boolean;
      sourceKey: string;
      messageTs: string | null;
      hasFile?: boolean;
      review?: "pending" | null;
      createdAt: number;
    },
  ) {
    return store.addContribution({ roundId: round.id, ...fields });
  }

  /** A reply in a thread: a contribution when the thread is a round's and its author takes part. */
  async function reply(api: IntervisionApi, teamId: string, message: ThreadReply) {
    const round = await store.byThread(teamId, message.channel, message.threadTs);
    if (!round || round.status === "blocked") return;
    const text = plainFromSlack(message.text).slice(0, 40_000);
    if (text.length === 0 && !message.hasFile) return;
    const copy = copyFor(round.locale);
    if (!(await takesPart(round, message.userId))) {
      if (await store.noticeOnce(round.id, message.userId, "outsider", now()))
        await kit.note(api, round, message.userId, copy.notParticipant);
      return;
    }
    // Filed by when it was written, not when Slack delivered it: a late retry stays in its phase.
    const writtenAt = tsToMs(message.ts);
    if (round.status === "ended" && round.endedAt !== null && writtenAt >= round.endedAt)
      return kit.note(api, round, message.userId, copy.roundEnded);
    const phase = phaseWrittenIn(round, writtenAt);
    if (round.status === "running" && phase === round.phase && writtenAfterClose(round, writtenAt))
      return kit.note(api, round, message.userId, copy.phaseClosedNote);
    const kind = kindOf(phaseAt(phasePlanOf(round), phase), message.userId === round.caseBringerId);
    // The reply's ts is the same in every re-delivery: stored once whatever Slack sends again.
    const stored = await save(round, {
      phase,
      userId: message.userId,
      text,
      kind,
      anonymous: false,
      sourceKey: `ts:${message.ts}`,
      messageTs: message.ts,
      hasFile: message.hasFile,
      createdAt: writtenAt,
    });
    if (!stored.created) return;
    log.info("intervision contribution", {
      round: round.id,
      phase,
      kind,
      via: "thread",
      late: phase !== round.phase,
      file: message.hasFile,
    });
    await followUp(api, round, stored.contribution, message.userId);
    if (round.status === "ended") await kit.note(api, round, message.userId, copy.afterRecord);
  }

  /** The author edited a reply: the record takes the new text, and it is screened again. */
  async function edited(api: IntervisionApi, teamId: string, message: ThreadReply) {
    const round = await store.byThread(teamId, message.channel, message.threadTs);
    if (!round) return;
    const contribution = await store.contributionByTs(round.id, message.ts);
    if (!contribution || contribution.userId !== message.userId) return;
    const text = plainFromSlack(message.text).slice(0, 40_000);
    // Slack also reports unfurls and other changes that leave the text as it was.
    if (text === contribution.text && message.hasFile === contribution.hasFile) return;
    await store.editContribution(contribution.id, text, message.hasFile || contribution.hasFile, now());
    log.info("intervision contribution edited", { round: round.id, phase: contribution.phase });
    await recordChanged(api, round);
    const copy = copyFor(round.locale);
    const kinds = identifierKinds(text);
    if (kinds.length > 0) await kit.note(api, round, message.userId, copy.identifiers(kindList(copy, kinds)));
    // The case bringer's DM quotes the question: it shows the new text too.
    const { ratingChannel, ratingTs } = contribution;
    if (ratingChannel && ratingTs) {
      const ratings = await store.ratings(round.id);
      const chosen = ratings.find((r) => r.contributionId === contribution.id)?.rating ?? null;
      await kit.bestEffort("refresh rating message", () =>
        api.update(ratingChannel, ratingTs, ratingMessage(round, { ...contribution, text }, copy, chosen)),
      );
    }
  }

  /** Removes a contribution with its rating DM (which quotes it). */
  async function forget(api: IntervisionApi, contribution: Contribution) {
    const { ratingChannel, ratingTs, reviewChannel, reviewTs } = contribution;
    for (const [channel, ts] of [
      [ratingChannel, ratingTs],
      [reviewChannel, reviewTs],
    ])
      if (channel && ts) await kit.bestEffort("delete DM about contribution", () => api.delete(channel, ts));
  }

  /** A reply was deleted in Slack: it leaves the record. */
  async function deleted(
    api: IntervisionApi,
    teamId: string,
    message: { channel: string; deletedTs: string; threadTs: string },
  ) {
    const round = await store.byThread(teamId, message.channel, message.threadTs);
    if (!round) return;
    const contribution = await store.contributionByTs(round.id, message.deletedTs);
    if (!contribution) return;
    const removed = await store.removeContribution(contribution.id);
    if (removed) await forget(api, removed);
    log.info("intervision contribution deleted", { round: round.id, phase: contribution.phase });
    if (removed) await recordChanged(api, round);
  }

  /** The write, ask or propose button of a phase message: opens the contribute modal for that phase. */
  async function open(
    api: IntervisionApi,
    who: IntervisionUser,
    pressed: { kind: "write" | "ask" | "propose"; roundId: string; phase: number },
    triggerId: string,
  ) {
    const round = await store.get(pressed.roundId);
    if (!round || round.teamId !== who.teamId) return;
    const copy = copyFor(round.locale);
    const refused = refusal(round, pressed.phase);
    if (refused) return kit.note(api, round, who.userId, refused);
    if (!(await takesPart(round, who.userId))) return kit.note(api, round, who.userId, copy.notParticipant);
    const anonymous = pressed.kind === "ask" && round.anonymousQuestions;
    const proposal = pressed.kind === "propose";
    const metadata = JSON.stringify({
      r: round.id,
      p: round.phase,
      a: anonymous,
      ...(proposal ? { k: "proposal" } : {}),
    });
    const modal = contributeModal(
      copy,
      metadata,
      proposal ? "proposal" : anonymous ? "anonymous" : "contribution",
      phaseName(round, round.phase),
    );
    await kit.openModal(api, round, who.userId, triggerId, modal);
  }

  /**
   * Checks a modal's text before it is accepted: the inline error, or undefined. Identifiers are
   * refused here, before anything reaches the channel; so is a contribution for a phase that is over
   * (the author still has the text in the modal to keep).
   */
  async function check(roundId: string, text: string, phase?: number): Promise<string | undefined> {
    const round = await store.get(roundId);
    const copy = copyFor(round?.locale ?? defaultLocale);
    if (round && phase !== undefined) {
      const refused = refusal(round, phase);
      if (refused) return refused;
    }
    if (text.length > MAX_CONTRIBUTION) return copy.tooLong(MAX_CONTRIBUTION);
    const kinds = identifierKinds(text);
    if (kinds.length > 0) return copy.identifiersInline(kindList(copy, kinds));
    return undefined;
  }

  /** Posts a modal's contribution in the thread once; false (with a note) when Slack would not take it. */
  async function post(api: IntervisionApi, round: Round, contribution: Contribution, author: string) {
    if (contribution.messageTs !== null || !round.parentTs) return true;
    const copy = copyFor(round.locale);
    try {
      const posted = await api.post(
        round.channelId,
        contributionMessage(contribution.text, author, contribution.anonymous, copy),
        round.parentTs,
      );
      await store.setContributionTs(contribution.id, posted.ts);
      return true;
    } catch (error) {
      if (!isSlackError(error)) throw error;
      await kit.note(api, round, author, copy.postFailed);
      return false;
    }
  }

  /** The contribute modal was submitted (and checked): store it once, post it in the thread. */
  async function submitted(
    api: IntervisionApi,
    who: IntervisionUser,
    form: { roundId: string; phase: number; anonymous: boolean; text: string; viewId: string },
  ): Promise<{ pending: Contribution } | undefined> {
    const round = await store.get(form.roundId);
    if (!round || round.teamId !== who.teamId || !round.parentTs || form.text.length === 0) return undefined;
    const refused = refusal(round, form.phase);
    if (refused) {
      await kit.note(api, round, who.userId, refused);
      return undefined;
    }
    const phase = phaseAt(phasePlanOf(round), round.phase);
    const anonymous = form.anonymous && round.anonymousQuestions && phase.rules.questionsOnly;
    const kind = anonymous ? "question" : kindOf(phase, who.userId === round.caseBringerId);
    const review = anonymous && round.moderated ? "pending" : null;
    const stored = await save(round, {
      phase: round.phase,
      userId: who.userId,
      text: form.text,
      kind,
      anonymous,
      sourceKey: `view:${form.viewId}`,
      messageTs: null,
      review,
      createdAt: now(),
    });
    // Waits for the facilitator (moderation.ts); posted only once approved.
    if (review === "pending") return stored.created ? { pending: stored.contribution } : undefined;
    // Posted already by an earlier attempt of this submission.
    if (stored.contribution.messageTs !== null) return undefined;
    if (!(await post(api, round, stored.contribution, who.userId))) return undefined;
    // Whichever attempt posted it gives the notes: an attempt that failed before posting gave none.
    log.info("intervision contribution", { round: round.id, phase: round.phase, kind, via: "modal" });
    await followUp(api, round, stored.contribution, who.userId);
    return undefined;
  }

  /** A participant agrees to the round's confidentiality; the round when that changed its count. */
  async function agree(
    api: IntervisionApi,
    who: IntervisionUser,
    roundId: string,
    channel: string | undefined,
  ): Promise<Round | undefined> {
    const round = await store.get(roundId);
    if (!round || round.teamId !== who.teamId) return undefined;
    const copy = copyFor(round.locale);
    const place = channel ? { channel, threadTs: round.parentTs ?? undefined } : undefined;
    if (!(await store.confirm(round.id, who.userId, now()))) {
      await kit.note(api, round, who.userId, copy.onlyParticipantsConfirm, place);
      return undefined;
    }
    log.info("intervision confidentiality confirmed", { round: round.id });
    await kit.note(api, round, who.userId, copy.confirmedNote, place);
    return round;
  }

  return {
    reply,
    edited,
    deleted,
    open,
    check,
    submitted,
    agree,
    post,
    followUp,
    askToRate,
    forget,
    recordChanged,
    takesPart,
  };
}

export type Contributions = ReturnType<typeof createContributions>;
