// Lets the work of one Slack event end the receiver's wait for it early: a turn that is about to wait
// for the language model says so, the receiver acks at once, and the turn finishes after the ack.
import { z } from "zod";

export interface EarlyAck {
  /** Called by the work, at most once counts: ack now, do not wait for me. */
  now: () => void;
  /** Settles when `now` was called. */
  asked: Promise<"early">;
}

export function earlyAck(): EarlyAck {
  let now = () => {};
  const asked = new Promise<"early">((resolve) => {
    now = () => resolve("early");
  });
  return { now, asked };
}

/** How a listener reads the signal from Bolt's context, where the receiver put it. */
export const ackNowSchema = z.custom<() => void>((value) => typeof value === "function");
