// Contributions: a reply in the round's thread, or the contribute modal (an anonymous question is
// posted by the app without a name). Each is stored once with its phase; then come the kind private
// notes of the phase rules and, for a question, the case bringer's rating message.
import { identifierKinds } from "../../../intervision/identifiers.ts";
import { phaseOf } from "../../../intervision/methods.ts";
import { type ContributionKind, kindOf, notesFor } from "../../../intervision/rules.ts";
import type { Contribution, Round } from "../../../intervision/store.ts";
import { defaultLocale } from "../../../locales.ts";
import { plainFromSlack } from "../text.ts";
import { kindList } from "./copy.ts";
import { copyFor, type IntervisionKit, type IntervisionUser } from "./kit.ts";
import { contributionMessage, phaseName, ratingMessage } from "./messages.ts";
import type { IntervisionApi } from "./slack-api.ts";
import { contributeModal, MAX_CONTRIBUTION } from "./views.ts";

export interface ThreadReply {
  channel: string;
  userId: string;
  text: string;
  ts: string;
  threadTs: string;
}

export function createContributions(kit: IntervisionKit) {
  const { store, log, now } = kit.deps;

  /** Why this round takes no contribution now, as the note to give; undefined when it does. */
  function refusal(round: Round, phase?: number): string | undefined {
    const copy = copyFor(round.locale);
    if (round.status === "ended") return copy.roundEnded;
    if (phase !== undefined && phase !== round.phase) return copy.phaseOver;
    if (!round.phaseOpen) return copy.phaseClosedNote;
    return undefined;
  }

  /** The notes of the phase rules and the rating message, once a new contribution is stored. */
  async function followUp(api: IntervisionApi, round: Round, contribution: Contribution, author: string) {
    const copy = copyFor(round.locale);
    const phase = phaseOf(round.method, contribution.phase);
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
    // Kinds and counts only: the text is the record, never a log line.
    if (notes.length > 0)
      log.info("intervision notes", {
        round: round.id,
        phase: contribution.phase,
        notes: notes.map((n) => n.type).join(","),
      });
    if (contribution.kind === "question" && phase.rules.ratesQuestions)
      await kit.bestEffort("rating message", () =>
        api.post(round.caseBringerId, ratingMessage(round, contribution, copy, null)),
      );
  }

  async function save(
    round: Round,
    userId: string,
    text: string,
    kind: ContributionKind,
    anonymous: boolean,
    sourceKey: string,
    messageTs: string | null,
  ) {
    return store.addContribution({
      roundId: round.id,
      phase: round.phase,
      userId,
      kind,
      anonymous,
      text,
      messageTs,
      sourceKey,
      createdAt: now(),
    });
  }

  /** A reply in a thread: a contribution when the thread is a round's. */
  async function reply(api: IntervisionApi, teamId: string, message: ThreadReply) {
    const round = await store.byThread(teamId, message.channel, message.threadTs);
    if (!round) return;
    const text = plainFromSlack(message.text).slice(0, 40_000);
    if (text.length === 0) return;
    const refused = refusal(round);
    if (refused) return kit.note(api, round, message.userId, refused);
    const kind = kindOf(phaseOf(round.method, round.phase), message.userId === round.caseBringerId);
    // The reply's ts is the same in every re-delivery: stored once whatever Slack sends again.
    const stored = await save(round, message.userId, text, kind, false, `ts:${message.ts}`, message.ts);
    if (!stored.created) return;
    log.info("intervision contribution", { round: round.id, phase: round.phase, kind, via: "thread" });
    await followUp(api, round, stored.contribution, message.userId);
  }

  /** The write or ask button of a phase message: opens the contribute modal for that phase. */
  async function open(
    api: IntervisionApi,
    who: IntervisionUser,
    pressed: { kind: "write" | "ask"; roundId: string; phase: number },
    triggerId: string,
  ) {
    const round = await store.get(pressed.roundId);
    if (!round || round.teamId !== who.teamId) return;
    const refused = refusal(round, pressed.phase);
    if (refused) return kit.note(api, round, who.userId, refused);
    const anonymous = pressed.kind === "ask" && round.anonymousQuestions;
    const metadata = JSON.stringify({ r: round.id, p: round.phase, a: anonymous });
    await api.openView(
      triggerId,
      contributeModal(copyFor(round.locale), metadata, anonymous, phaseName(round, round.phase)),
    );
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

  /** The contribute modal was submitted (and checked): store it once, post it in the thread. */
  async function submitted(
    api: IntervisionApi,
    who: IntervisionUser,
    form: { roundId: string; phase: number; anonymous: boolean; text: string; viewId: string },
  ) {
    const round = await store.get(form.roundId);
    if (!round || round.teamId !== who.teamId || !round.parentTs || form.text.length === 0) return;
    const refused = refusal(round, form.phase);
    if (refused) return kit.note(api, round, who.userId, refused);
    const copy = copyFor(round.locale);
    const phase = phaseOf(round.method, round.phase);
    const anonymous = form.anonymous && round.anonymousQuestions && phase.rules.questionsOnly;
    const kind = anonymous ? "question" : kindOf(phase, who.userId === round.caseBringerId);
    const stored = await save(round, who.userId, form.text, kind, anonymous, `view:${form.viewId}`, null);
    // Posted already by an earlier attempt of this submission.
    if (stored.contribution.messageTs !== null) return;
    const posted = await api.post(
      round.channelId,
      contributionMessage(form.text, who.userId, anonymous, copy),
      round.parentTs,
    );
    await store.setContributionTs(stored.contribution.id, posted.ts);
    // Whichever attempt posted it gives the notes: an attempt that failed before posting gave none.
    log.info("intervision contribution", { round: round.id, phase: round.phase, kind, via: "modal" });
    await followUp(api, round, stored.contribution, who.userId);
  }

  return { reply, open, check, submitted };
}
