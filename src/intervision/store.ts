// The persistence port of intervision rounds: the round with its state, participants, contributions
// (the record, so stored; never logged) and ratings, plus the deadline and reminder timers that are
// written in the same batch as the state they belong to. db/intervision-repository.ts implements it.
import type { Locale } from "../locales.ts";
import type { MethodId } from "./methods.ts";
import type { Rating } from "./record.ts";
import type { PlannedTimer, RoundState } from "./round.ts";
import type { ContributionKind } from "./rules.ts";

export interface RoundSetup {
  teamId: string;
  channelId: string;
  method: MethodId;
  locale: Locale;
  facilitatorId: string;
  caseBringerId: string;
  phaseHours: number;
  anonymousQuestions: boolean;
}

export interface Round extends RoundSetup, RoundState {
  id: string;
  /** The ts of the parent message: the thread every phase runs in. Null until it is posted. */
  parentTs: string | null;
  /** The ts of the current phase's message in the thread. */
  phaseTs: string | null;
  /** The version whose change has been shown in Slack (see announce.ts). */
  announcedVersion: number;
  /** The claim key or timer id that made the current version, so a retry of it is recognised. */
  changeKey: string;
  /** The facilitator's agreed next steps, given when ending the round. */
  nextSteps: string | null;
  createdAt: number;
}

export interface Contribution {
  id: string;
  roundId: string;
  phase: number;
  userId: string;
  kind: ContributionKind;
  anonymous: boolean;
  text: string;
  /** The thread message (a reply's ts, or ours for a contribution made through a modal). */
  messageTs: string | null;
  createdAt: number;
}

export interface NewContribution extends Omit<Contribution, "id"> {
  /** What makes a re-delivery the same contribution: the reply's ts, or the modal's view id. */
  sourceKey: string;
}

export interface RatingRow {
  contributionId: string;
  rating: Rating;
}

export interface StateChange {
  state: RoundState;
  /** The claim key or timer id of what made this change. */
  changeKey: string;
  timers: PlannedTimer[];
  nextSteps?: string | null;
}

export interface IntervisionStore {
  /**
   * Creates the round, its participants and its first timers in one batch, unless the same start
   * (`startKey`, the modal's view id) created one already; then that round is returned.
   */
  create(
    setup: RoundSetup,
    participants: string[],
    start: { id: string; startKey: string; state: RoundState; timers: PlannedTimer[]; now: number },
  ): Promise<Round>;
  get(id: string): Promise<Round | undefined>;
  byThread(teamId: string, channelId: string, parentTs: string): Promise<Round | undefined>;
  participants(roundId: string): Promise<string[]>;
  /** Running rounds the user takes part in (as participant, case bringer or facilitator). */
  runningFor(teamId: string, userId: string, limit: number): Promise<Round[]>;
  /**
   * Saves a change only if the round is still at `fromVersion`, with its timers, in one batch.
   * False when another change came first.
   */
  change(roundId: string, fromVersion: number, change: StateChange, now: number): Promise<boolean>;
  /** Claims showing `version` in Slack for `leaseMs`; false when shown already or someone else is at it. */
  claimAnnouncement(roundId: string, version: number, now: number, leaseMs: number): Promise<boolean>;
  /** Remembers where things were posted while announcing (saved at once, so a retry does not repost). */
  setMessages(roundId: string, messages: { parentTs?: string; phaseTs?: string }): Promise<void>;
  finishAnnouncement(roundId: string, version: number): Promise<void>;
  releaseAnnouncement(roundId: string): Promise<void>;
  /** Forgets a round that never reached its channel (the app is not in it), with its timers. */
  discard(roundId: string): Promise<void>;

  /** Stores a contribution; `created` is false when the same source was stored before (that row is returned). */
  addContribution(contribution: NewContribution): Promise<{ contribution: Contribution; created: boolean }>;
  /** Remembers the thread message of a contribution made through a modal, once it is posted. */
  setContributionTs(id: string, messageTs: string): Promise<void>;
  contribution(id: string): Promise<Contribution | undefined>;
  contributions(roundId: string): Promise<Contribution[]>;
  /** Who contributed anything in this phase. */
  contributors(roundId: string, phase: number): Promise<string[]>;
  questionsBy(roundId: string, phase: number, userId: string): Promise<number>;
  /** Sets (or changes) the case bringer's rating of a question. */
  rate(roundId: string, contributionId: string, rating: Rating, now: number): Promise<void>;
  ratings(roundId: string): Promise<RatingRow[]>;
}
