// The persistence port of intervision rounds: the round with its state, participants, contributions
// (the record, so stored; never logged), ratings, votes for proposed cases and once-only notes, plus
// the deadline and reminder timers that are written in the same batch as the state they belong to.
// db/intervision-repository.ts implements it.
import type { Locale } from "../locales.ts";
import type { MethodId, PhasePlan } from "./methods.ts";
import type { Rating } from "./record.ts";
import type { PlannedTimer, RoundPlan, RoundState } from "./round.ts";
import type { ContributionKind } from "./rules.ts";

/** office: deadlines and reminders in the participants' working hours; always: at any hour. */
export const WORK_HOURS = ["office", "always"] as const;
export type WorkHours = (typeof WORK_HOURS)[number];

export interface RoundSetup {
  teamId: string;
  channelId: string;
  method: MethodId;
  locale: Locale;
  facilitatorId: string;
  caseBringerId: string;
  phaseHours: number;
  anonymousQuestions: boolean;
  /** Anonymous questions wait for the facilitator's approval before they are posted. */
  moderated: boolean;
  /** The round starts by collecting cases; the case bringer is whoever's case is chosen. */
  caseCollection: boolean;
  workHours: WorkHours;
  /** The participants' Slack time zones, the facilitator's first. */
  timeZones: string[];
  /** Whether the channel is private; null when Slack did not say. */
  channelPrivate: boolean | null;
}

export interface Round extends RoundSetup, RoundState {
  id: string;
  /** The ts of the parent message: the thread every phase runs in. Null until it is posted. */
  parentTs: string | null;
  /** The ts of the current phase's message in the thread. */
  phaseTs: string | null;
  /** Slack's permalink of the parent message, for the DMs that point to the thread. */
  parentLink: string | null;
  /** Where the record begins in the thread, and its permalink (App Home links to it). */
  recordTs: string | null;
  recordLink: string | null;
  /** The ts of each record message posted so far, in order: a retry goes on after the last one. */
  recordParts: string[];
  /** Why the round is blocked: the Slack error that refused its channel, or "uninstalled". */
  blockedReason: string | null;
  /** The version whose change has been shown in Slack (see announce.ts). */
  announcedVersion: number;
  /** The claim key or timer id that made the current version, so a retry of it is recognised. */
  changeKey: string;
  /** The facilitator's agreed next steps, given when ending the round. */
  nextSteps: string | null;
  createdAt: number;
}

export const phasePlanOf = (round: Pick<Round, "method" | "caseCollection">): PhasePlan => ({
  method: round.method,
  caseCollection: round.caseCollection,
});

export const roundPlanOf = (
  round: Pick<Round, "method" | "caseCollection" | "phaseHours" | "workHours" | "timeZones">,
): RoundPlan => ({
  ...phasePlanOf(round),
  phaseHours: round.phaseHours,
  workZones: round.workHours === "office" ? round.timeZones : null,
});

export interface Contribution {
  id: string;
  roundId: string;
  phase: number;
  userId: string;
  kind: ContributionKind;
  anonymous: boolean;
  text: string;
  hasFile: boolean;
  /** "pending" while an anonymous question waits for the facilitator's approval. */
  review: "pending" | null;
  /** The thread message (a reply's ts, or ours for a contribution made through a modal). */
  messageTs: string | null;
  /** The case bringer's rating DM about a question, and the facilitator's review DM. */
  ratingChannel: string | null;
  ratingTs: string | null;
  reviewChannel: string | null;
  reviewTs: string | null;
  createdAt: number;
  editedAt: number | null;
}

export interface NewContribution
  extends Omit<
    Contribution,
    "id" | "hasFile" | "review" | "ratingChannel" | "ratingTs" | "reviewChannel" | "reviewTs" | "editedAt"
  > {
  /** What makes a re-delivery the same contribution: the reply's ts, or the modal's view id. */
  sourceKey: string;
  hasFile?: boolean;
  review?: "pending" | null;
}

/** A contribution with where it was made, for a person's own data export. */
export interface OwnContribution extends Contribution {
  channelId: string;
  method: MethodId;
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
  /** The case chosen in a case collection makes its proposer the case bringer. */
  caseBringerId?: string;
  blockedReason?: string;
}

export interface RoundMessages {
  parentTs?: string;
  phaseTs?: string;
  parentLink?: string;
  recordTs?: string;
  recordLink?: string;
  recordParts?: string[];
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
  /** Records that the participant agreed to the confidentiality; false when not a participant. */
  confirm(roundId: string, userId: string, now: number): Promise<boolean>;
  /** The participants who agreed to the confidentiality. */
  confirmed(roundId: string): Promise<string[]>;
  /** Running rounds the user takes part in (as participant, case bringer or facilitator). */
  runningFor(teamId: string, userId: string, limit: number): Promise<Round[]>;
  /** Ended rounds the user took part in, newest first. */
  endedFor(teamId: string, userId: string, limit: number): Promise<Round[]>;
  /** The latest round that ended in this channel before `before`, if any. */
  previousInChannel(teamId: string, channelId: string, before: number): Promise<Round | undefined>;
  /**
   * Saves a change only if the round is still at `fromVersion`, with its timers, in one batch.
   * False when another change came first.
   */
  change(roundId: string, fromVersion: number, change: StateChange, now: number): Promise<boolean>;
  /** Claims showing `version` in Slack for `leaseMs`; false when shown already or someone else is at it. */
  claimAnnouncement(roundId: string, version: number, now: number, leaseMs: number): Promise<boolean>;
  /** Remembers where things were posted while announcing (saved at once, so a retry does not repost). */
  setMessages(roundId: string, messages: RoundMessages): Promise<void>;
  finishAnnouncement(roundId: string, version: number): Promise<void>;
  releaseAnnouncement(roundId: string): Promise<void>;
  /** A timer that tries showing `version` again soon (an announcement Slack refused for a moment). */
  retryAnnouncement(roundId: string, version: number, dueAt: number): Promise<void>;
  /** Forgets a round that never reached its channel (the app is not in it), with its timers. */
  discard(roundId: string): Promise<void>;
  /**
   * The app was uninstalled or its token revoked: every running round of the team is blocked and its
   * timers go, with one audit line (a count, no content). Returns how many rounds were stopped.
   */
  stopTeam(teamId: string, reason: "uninstall" | "revoke", now: number): Promise<number>;

  /** Stores a contribution; `created` is false when the same source was stored before (that row is returned). */
  addContribution(contribution: NewContribution): Promise<{ contribution: Contribution; created: boolean }>;
  /** Remembers the thread message of a contribution made through a modal, once it is posted. */
  setContributionTs(id: string, messageTs: string): Promise<void>;
  /** Remembers the DM that asks to rate (or to approve) a contribution, so it can be deleted with it. */
  setContributionDm(id: string, dm: "rating" | "review", channel: string, ts: string): Promise<void>;
  /** The approved anonymous question is no longer pending; false when it was not (a second press). */
  approve(id: string): Promise<boolean>;
  /** Replaces the text of an edited reply (the record uses the latest). */
  editContribution(id: string, text: string, hasFile: boolean, now: number): Promise<void>;
  /**
   * Removes a contribution with its rating and votes; with `audit`, writes an audit line (the round
   * id, never content) in the same batch. Returns what was removed.
   */
  removeContribution(
    id: string,
    audit?: { at: number; reason: "facilitator" | "rejected" },
  ): Promise<Contribution | undefined>;
  contribution(id: string): Promise<Contribution | undefined>;
  /** The contribution made by the thread message `messageTs` of the round, if any. */
  contributionByTs(roundId: string, messageTs: string): Promise<Contribution | undefined>;
  contributions(roundId: string): Promise<Contribution[]>;
  /** Everything this user contributed, in every round, with where it was made. */
  contributionsBy(teamId: string, userId: string): Promise<OwnContribution[]>;
  /** Who contributed anything in this phase. */
  contributors(roundId: string, phase: number): Promise<string[]>;
  questionsBy(roundId: string, phase: number, userId: string): Promise<number>;
  /** Sets (or changes) the case bringer's rating of a question. */
  rate(roundId: string, contributionId: string, rating: Rating, now: number): Promise<void>;
  ratings(roundId: string): Promise<RatingRow[]>;
  /** Sets (or moves) the user's one vote for a proposed case. */
  vote(roundId: string, userId: string, contributionId: string, now: number): Promise<void>;
  votes(roundId: string): Promise<{ contributionId: string; count: number }[]>;
  /** True the first time this note goes to this user in this round; false after. */
  noticeOnce(roundId: string, userId: string, kind: string, now: number): Promise<boolean>;
}
